import { describe, expect, it } from 'vitest';
import { en, zh } from '../i18n/strings';
import { THEME } from '../map/theme';
import { pngCaption, type CaptionInput } from './png-caption';

const empty = { arcs: { type: 'FeatureCollection' as const, features: [] }, partners: new Map(), places: new Set<string>(), network: false, classes: null };
const base: CaptionInput = {
  mapMode: 'plain',
  modes: ['hsr', 'port', 'station'],
  statuses: ['open', 'planned'],
  overlay: empty,
  classes: [],
  selection: null,
  network: { drawn: 0, total: 0, wide: false },
  countBasis: 'own',
  newAreas: [],
  floor: 0,
  shown: 2,
  total: 97,
  chips: ['文化旅游'],
  date: '2026-12-07',
};
const arc = { type: 'Feature' as const, properties: { id: 'x', a: 'd:1', b: 'd:2', count: 1, width: 2, kind: 'network' as const, wide: false }, geometry: { type: 'LineString' as const, coordinates: [] } };

describe('the map image caption and legend', () => {
  it('says when plain mode draws no agreement, and counts what passes the filters', () => {
    const c = pngCaption(base, zh);
    expect(c.title).toBe('成渝合作地图 · 普通');
    expect(c.drawn).toBe(zh.pngNotDrawn);
    expect(c.subtitle).toBe('2026-12-07 · 筛选出 2 / 97 项合作 · 文化旅游');
    expect(pngCaption(base, en).drawn).toBe(en.pngNotDrawn);
  });

  it('draws each kind as the map does (lines, filled points, station rings) and the planned status as dots', () => {
    const [modes, statuses] = pngCaption(base, zh).legend;
    expect(modes!.entries.map((e) => [e.label, e.symbol.kind])).toEqual([
      ['高速铁路', 'line'],
      ['港口', 'point'],
      ['车站', 'ring'],
    ]);
    expect(statuses!.entries.map((e) => e.label)).toEqual(['已建成', '规划']);
    expect(statuses!.entries[1]!.symbol).toMatchObject({ kind: 'line', dash: THEME.statusLine.planned.dash });
  });

  it('names the network, the selected pair and explains arcs by width; a district selection, its partners', () => {
    const net = pngCaption({ ...base, mapMode: 'network', overlay: { ...empty, network: true, places: new Set(['p:511400']) }, network: { drawn: 300, total: 320, wide: true }, selection: '渝北区 — 双流区（10 项合作）' }, zh);
    expect(net.title).toBe('成渝合作地图 · 合作网络');
    expect(net.drawn).toBe('画出合作最多的 300 对伙伴（共 320 对） · 已选：渝北区 — 双流区（10 项合作）');
    expect(net.legend.at(-1)!.entries.map((e) => e.label)).toEqual([zh.pngArcNetwork, zh.pngArcWide, zh.pngArcSelected, zh.pngRing]);
    const districtsOnly = pngCaption({ ...base, mapMode: 'network', overlay: { ...empty, network: true }, network: { drawn: 3, total: 3, wide: false } }, zh);
    expect(districtsOnly.legend.at(-1)!.entries.map((e) => e.label)).toEqual([zh.pngArcNetwork]);
    const district = pngCaption({ ...base, overlay: { ...empty, arcs: { type: 'FeatureCollection', features: [arc] }, partners: new Map([['511402', 'area' as const]]) }, selection: zh.pngSelectedDistrict('大足区', 1) }, zh);
    expect(district.drawn).toBe('已选：大足区及其 1 个合作伙伴');
    expect(district.legend.at(-1)!.entries.map((e) => e.label)).toEqual([zh.pngArc, zh.pngPartnerArea]);
    const toArea = pngCaption({ ...base, overlay: { ...empty, arcs: { type: 'FeatureCollection', features: [arc, { ...arc, properties: { ...arc.properties, wide: true } }] } } }, zh);
    expect(toArea.legend.at(-1)!.entries.map((e) => [e.label, e.symbol])).toEqual([
      [zh.pngArc, { kind: 'arc', colour: THEME.agreements.arc, widths: [2.5] }],
      [zh.pngArcWide, { kind: 'arc', colour: THEME.agreements.arcWide, widths: [2.5] }],
    ]);
  });

  it('gives the count mode its classes and basis', () => {
    const c = pngCaption({ ...base, mapMode: 'choropleth', overlay: { ...empty, classes: new Map() }, classes: [{ index: 0, min: 0, max: 0 }, { index: 1, min: 1, max: 1 }, { index: 2, min: 2, max: 3 }] }, en);
    expect(c.drawn).toBe(`Agreements per district (counting: ${en.countBasisOwn})`);
    expect(c.legend.at(-1)!.entries.map((e) => e.symbol)).toEqual([0, 1, 2].map((i) => ({ kind: 'fill', colour: THEME.agreements.classes[i] })));
  });

  it('says how the count map counted, as its box on screen does: a new area at its main district, named, and the floor', () => {
    const choropleth = { ...base, mapMode: 'choropleth' as const, overlay: { ...empty, classes: new Map() } };
    const areas = [{ area: '两江新区', main: '渝北区' }, { area: '天府新区', main: '双流区' }];
    expect(pngCaption({ ...choropleth, newAreas: areas }, zh).notes).toEqual(['新区的合作只计入其主区县：两江新区计入渝北区，天府新区计入双流区。']);
    expect(pngCaption({ ...choropleth, newAreas: [{ area: '天府新区', main: 'Shuangliu District' }], countBasis: 'all', floor: 3 }, en).notes).toEqual([
      'A new area counts at its main district only: 天府新区 at Shuangliu District.',
      en.classFloor(3),
    ]);
    // With no new area among the counted agreements the rule still stands, as on screen.
    expect(pngCaption(choropleth, zh).notes).toEqual([zh.countNewArea]);
    expect(pngCaption(choropleth, en).notes).toEqual([en.countNewArea]);
    // Other modes count nothing per district.
    expect(pngCaption({ ...base, newAreas: areas }, zh).notes).toEqual([]);
  });
});
