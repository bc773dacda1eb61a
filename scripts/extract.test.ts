import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildAgreements } from './extract';

describe('npm run extract', () => {
  it('reproduces the committed geodata/agreements.json exactly', () => {
    const committed = readFileSync(join(import.meta.dirname, '../geodata/agreements.json'), 'utf8');
    expect(buildAgreements()).toBe(committed);
  });

  it('quotes are the text at their spans, in the article they name', () => {
    const { agreements } = JSON.parse(readFileSync(join(import.meta.dirname, '../geodata/agreements.json'), 'utf8')) as {
      agreements: { article: string; span: { start: number; end: number }; quote: string }[];
    };
    expect(agreements.length).toBeGreaterThan(0);
    for (const a of agreements) {
      const text = readFileSync(join(import.meta.dirname, '../seeds', a.article), 'utf8');
      expect(text.slice(a.span.start, a.span.end)).toBe(a.quote);
    }
  });
});
