import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { transportFile } from '../data/transport-schema';
import { searchTransport } from './transport-search';

const features = ['rail', 'network', 'hubs', 'stations'].flatMap(
  (f) => transportFile.parse(JSON.parse(readFileSync(join(import.meta.dirname, `../../geodata/transport/${f}.geojson`), 'utf8'))).features,
);
const ids = (q: string) => searchTransport(features, q).map((f) => f.properties.id);

describe('searchTransport', () => {
  it('finds projects by Chinese name, alias and English name', () => {
    expect(ids('成渝中线')[0]).toBe('chengyu-zhongxian-hsr');
    expect(ids('开梁高速')).toEqual(['kailiang-expressway']);
    expect(ids('Land–Sea Corridor')).toContain('corridor-central');
    expect(ids('tianfu international')).toContain('tianfu-airport');
  });

  it('puts lines and hubs before stations with the same name', () => {
    const r = ids('重庆');
    expect(r.findIndex((id) => id.startsWith('station:'))).toBeGreaterThan(r.indexOf('jiangbei-airport'));
  });

  it('returns nothing for an empty query', () => {
    expect(ids('  ')).toEqual([]);
  });
});
