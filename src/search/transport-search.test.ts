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

  it('finds a line by its English name typed with a plain hyphen or a space for its dash', () => {
    expect(ids('Chengdu-Chongqing Central')[0]).toBe('chengyu-zhongxian-hsr');
    expect(ids('chengdu chongqing central')[0]).toBe('chengyu-zhongxian-hsr');
  });

  it('finds a station by its English name (China Railway’s pinyin form) and by the English form with the direction in English', () => {
    expect(ids('Chongqingbei')).toContain('station:500112:重庆北');
    expect(ids('chongqing north')).toContain('station:500112:重庆北');
    expect(ids('Chengdu East')).toContain('station:510108:成都东');
  });

  it('puts lines and hubs before stations with the same name', () => {
    const r = ids('重庆');
    expect(r.findIndex((id) => id.startsWith('station:'))).toBeGreaterThan(r.indexOf('jiangbei-airport'));
  });

  it('finds a project by the pinyin of its name, whole or in part, with or without spaces, and by its initials from the start', () => {
    expect(ids('zhongxian')).toContain('chengyu-zhongxian-hsr');
    expect(ids('Cheng Yu Zhong Xian')[0]).toBe('chengyu-zhongxian-hsr');
    expect(ids('cyzx')).toEqual(['chengyu-zhongxian-hsr']);
    expect(ids('guoyuangang')).toContain('guoyuan-port');
    // 厦 of 厦门 (xia), not of 大厦 (sha).
    expect(ids('yuxia').length).toBeGreaterThan(0);
    expect(ids('yusha')).toEqual([]);
    // Initials only from the start of the name, not anywhere in it.
    expect(ids('yzxg')).toEqual([]);
  });

  it('returns nothing for an empty query', () => {
    expect(ids('  ')).toEqual([]);
  });
});
