import { describe, expect, it } from 'vitest';
import fixture from '../../e2e/fixtures/local-article.txt?raw';
import { extractAgreements } from './agreements';
import { CHUNK_CHARS, extractWithProgress } from './chunked';
import { testGazetteer } from './test-gazetteer';

describe('extractWithProgress', () => {
  it('reads an article of ordinary length whole, exactly as the CLI does', () => {
    const steps: number[] = [];
    const article = { file: 'local-0123456789ab', text: fixture, date: '2024-04-18' };
    expect(extractWithProgress(article, testGazetteer(), (done) => steps.push(done))).toEqual(extractAgreements(article, testGazetteer()));
    expect(steps).toEqual([0, fixture.length]);
  });

  it('reads a long text in pieces, reporting each, with spans into the whole text and ids unique', () => {
    const text = Array.from({ length: Math.ceil((3 * CHUNK_CHARS) / fixture.length) }, () => fixture).join('\n\n');
    const steps: number[] = [];
    const found = extractWithProgress({ file: 'local-0123456789ab', text, date: '2024-04-18' }, testGazetteer(), (done) => steps.push(done));
    expect(steps.length).toBeGreaterThan(3);
    expect(steps).toEqual([...steps].sort((a, b) => a - b));
    expect(steps.at(-1)).toBe(text.length);
    expect(found.length).toBeGreaterThan(3);
    for (const a of found) expect(text.slice(a.span.start, a.span.end)).toBe(a.quote);
    expect(new Set(found.map((a) => a.id)).size).toBe(found.length);
  });
});
