import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { articlesFile } from './agreement-schema';

const SEEDS = join(import.meta.dirname, '../../seeds');

// The five articles exactly as given in ../shared/seeds/: same names, same bytes.
const SHA256: Record<string, string> = {
  '000_805a3a0c2883bed2.txt': '9f12a8511d3a3e613c7f46e3469350a2a251f3a8db115bdadadfa6de3b5c2c7a',
  '001_b627d5fa173f0785.txt': '333d23537148ef0e9cb7a628f44ad69aaa85575e56db67c18dbef9174f3eabf2',
  '002_effacc59dcb62e4e.txt': '1d71de26d886559453bfe11346b6b65caa9b2a694c503a3f7c5c9bac7913fd5f',
  '003_570e254de6a8603d.txt': '808e5cfa5dd9677f9c71fe4f20603f376eb6341f57450a41fc2c381210d9225d',
  '004_6d1e4ecb7b91dc5a.txt': '42898100855924c331aa3aa50d4716df38bb685b279d21836e21894f48219885',
};

describe('seeds/', () => {
  it('holds the five seed articles byte for byte', () => {
    const files = readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).sort();
    expect(files).toEqual(Object.keys(SHA256));
    for (const f of files) expect(createHash('sha256').update(readFileSync(join(SEEDS, f))).digest('hex'), f).toBe(SHA256[f]);
  });

  it('has metadata for every article: title as printed, 重庆日报, a date and its reasoning', () => {
    const meta = articlesFile.parse(JSON.parse(readFileSync(join(SEEDS, 'articles.json'), 'utf8')));
    expect(meta.articles.map((a) => a.file).sort()).toEqual(Object.keys(SHA256));
    for (const a of meta.articles) {
      expect(a.newspaper).toBe('重庆日报');
      expect(a.date_reasoning.length).toBeGreaterThan(40);
      // The title is printed in the article (spaces and line breaks aside).
      const text = readFileSync(join(SEEDS, a.file), 'utf8').replace(/\s+/gu, '');
      for (const part of a.title.split(/\s+/u).filter((p) => p.length >= 4)) expect(text, `${a.file}: ${part}`).toContain(part);
    }
  });

  it('marks a file that is a whole newspaper page, with headlines of its other stories as printed in it', () => {
    const meta = articlesFile.parse(JSON.parse(readFileSync(join(SEEDS, 'articles.json'), 'utf8')));
    const pages = meta.articles.filter((a) => a.other_stories).map((a) => a.file);
    expect(pages).toEqual(['000_805a3a0c2883bed2.txt', '002_effacc59dcb62e4e.txt']);
    for (const a of meta.articles) {
      const lines = readFileSync(join(SEEDS, a.file), 'utf8').split('\n').map((l) => l.replace(/^#+\s*/u, '').trim());
      for (const h of a.other_stories ?? []) expect(lines, `${a.file}: ${h}`).toContain(h);
    }
  });
});
