/**
 * Agreements at 10× and 100× the extracted set, for the bench: the real agreements copied with new
 * ids whose district parties are moved to other real district codes (deterministically), so every
 * district has its share.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../e2e/driver';

interface Party {
  name: string;
  code: string | null;
  level: string;
  codes?: string[];
}
interface Agreement {
  id: string;
  parties: Party[];
  [k: string]: unknown;
}

/** A small deterministic generator (mulberry32), so every run benches the same data. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function syntheticAgreements(scale: number): string {
  const real = (JSON.parse(readFileSync(join(ROOT, 'geodata/agreements.json'), 'utf8')) as { agreements: Agreement[] }).agreements;
  const codes = (JSON.parse(readFileSync(join(ROOT, 'geodata/districts.geojson'), 'utf8')) as { features: { properties: { code: string } }[] }).features.map((f) => f.properties.code);
  const next = random(13);
  const pick = () => codes[Math.floor(next() * codes.length)]!;
  const out: Agreement[] = [...real];
  for (let i = 1; i < scale; i++)
    for (const a of real)
      out.push({
        ...a,
        id: `${a.id}-x${i}`,
        parties: a.parties.map((p) => {
          if (p.level === 'county') return { ...p, code: pick() };
          if (p.level === 'new-area') {
            const c = [pick(), pick()];
            return { ...p, code: c[0]!, codes: c };
          }
          return p;
        }),
      });
  return JSON.stringify({ agreements: out });
}
