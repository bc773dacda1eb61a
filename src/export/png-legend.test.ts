import { describe, expect, it } from 'vitest';
import { MODES, STATUSES } from '../data/transport-schema';
import { en, zh } from '../i18n/strings';
import { pngCaption, type CaptionInput } from './png-caption';
import { LEGEND_SIZES as S, legendLayout, type LegendLayout } from './png-legend';

// A CJK character 12 px wide at the legend's 12 px, other characters about half; a bold title a little wider.
const measure = (text: string, bold: boolean) => [...text].reduce((w, c) => w + (/[\u3000-\u9fff\uff00-\uffef]/u.test(c) ? 12 : 6.6), 0) * (bold ? 1.05 : 1);

const empty = { arcs: { type: 'FeatureCollection' as const, features: [] }, partners: new Map(), places: new Set<string>(), network: false, classes: null };
const input: CaptionInput = {
  mapMode: 'network',
  modes: MODES,
  statuses: STATUSES,
  overlay: { ...empty, network: true, places: new Set(['p:511400']) },
  classes: [],
  selection: null,
  network: { drawn: 5, total: 5, wide: true },
  countBasis: 'own',
  newAreas: [],
  floor: 0,
  shown: 21,
  total: 98,
  chips: [],
  date: '2026-12-07',
};
const count: CaptionInput = { ...input, mapMode: 'choropleth', overlay: { ...empty, classes: new Map() }, classes: [0, 1, 2, 3, 4, 5].map((i) => ({ index: i, min: i, max: i })) };
const legends = [zh, en].flatMap((t) => [input, count].map((i) => pngCaption(i, t).legend));

/** Every row within its column and the box, no label wider than the room beside its symbol, no group title alone at a column's foot. */
function expectLegible(l: LegendLayout, width: number) {
  expect(l.width).toBeLessThanOrEqual(width + 0.01);
  for (const it of l.items) {
    expect(it.x).toBeGreaterThanOrEqual(0);
    expect(it.x + l.columnWidth).toBeLessThanOrEqual(l.width + 0.01);
    const room = l.columnWidth - (it.title ? 2 * S.pad : S.labelX + S.pad);
    for (const line of it.lines) expect(measure(line, it.title)).toBeLessThanOrEqual(room);
  }
  const byColumn = new Map<number, LegendLayout['items'][number][]>();
  for (const it of l.items) byColumn.set(it.x, [...(byColumn.get(it.x) ?? []), it]);
  expect(byColumn.size).toBe(l.columns);
  for (const col of byColumn.values()) expect(col.at(-1)!.title).toBe(false);
}

describe("the map image's legend layout", () => {
  it('on a phone (a 390 px map) goes below the map in columns that fit the image, every label whole', () => {
    for (const groups of legends) {
      const l = legendLayout(groups, measure, { width: 390, height: 469 })!;
      expect(l.place).toBe('below');
      expect(l.columns).toBe(2);
      expectLegible(l, 390 - 2 * S.margin);
      // Balanced: two columns take well under the one column's height.
      const rows = l.items.reduce((h, it) => h + it.h, 0);
      expect(l.height).toBeLessThan(rows * 0.7);
    }
  });

  it('on a desk (a 1,100 px map) stays a box at the map’s top right, as on screen, in one column', () => {
    for (const groups of legends) {
      const l = legendLayout(groups, measure, { width: 1100, height: 860 })!;
      expect(l.place).toBe('over');
      expect(l.columns).toBe(1);
      expect(l.width).toBeLessThanOrEqual(S.maxColumn);
      expect(l.height).toBeLessThanOrEqual(860 - S.overReserve);
      expectLegible(l, 1100 * S.overShare);
    }
  });

  it('beside the table (a 656 px map, where the screen folds its legend) goes below the map in three columns', () => {
    for (const groups of legends) {
      const l = legendLayout(groups, measure, { width: 656, height: 860 })!;
      expect(l.place).toBe('below');
      expect(l.columns).toBe(3);
      expectLegible(l, 656 - 2 * S.margin);
    }
    // Even a legend small enough to sit over it: the screen shows this map whole.
    const small = legendLayout([{ title: 'Status', entries: pngCaption(input, en).legend[1]!.entries.slice(0, 1) }], measure, { width: 390, height: 469 })!;
    expect(small.place).toBe('below');
  });

  it('over a wide, low map takes more columns, each no taller than the map allows', () => {
    const l = legendLayout(legends[1]!, measure, { width: 1400, height: 300 })!;
    expect(l.place).toBe('over');
    expect(l.columns).toBeGreaterThan(1);
    expect(l.height).toBeLessThanOrEqual(300 - S.overReserve);
    expectLegible(l, 1400 * S.overShare);
  });

  it('wraps a long label onto more lines instead of squeezing it', () => {
    const l = legendLayout(pngCaption(input, en).legend, measure, { width: 390, height: 469 })!;
    const wide = l.items.find((it) => it.entry?.label === en.pngArcWide)!;
    expect(wide.lines.length).toBeGreaterThan(1);
    expect(wide.lines.join(' ')).toBe(en.pngArcWide);
    expect(wide.h).toBe(S.row + (wide.lines.length - 1) * S.line);
  });

  it('draws nothing when nothing is shown', () => {
    expect(legendLayout([], measure, { width: 390, height: 469 })).toBeNull();
  });
});
