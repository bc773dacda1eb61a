import type { LegendEntry, LegendGroup } from './png-caption';
import { LEGEND_FOLD_BELOW } from '../map/camera';
import { wrapText } from './wrap-text';

/** The legend's measures, in CSS pixels of the image (the PNG is drawn at `PNG_PIXEL_RATIO` of them). */
export const LEGEND_SIZES = {
  /** Inner margin of the box, left and right of a column's text. */
  pad: 8,
  /** Width of an entry's symbol, and where its label starts. */
  symbol: 30,
  labelX: 44,
  /** A one-line row, and each further line of a wrapped label. */
  row: 18,
  line: 15,
  /** Padding above and below the rows. */
  padY: 5,
  /** A column over the map is at most this wide (longer labels wrap). */
  maxColumn: 240,
  /** Below the map, columns are at least this wide. */
  minColumn: 170,
  /** The map's height the legend may not take over the map: its top margin and the scale bar's room. */
  overReserve: 60,
  /** Over the map the legend may cover at most this share of its width; beyond, it goes below the map. */
  overShare: 0.5,
  /** Left and right margin of the image's text. */
  margin: 12,
} as const;

export interface LegendItem {
  /** Top left of the row, relative to the legend box. */
  x: number;
  y: number;
  h: number;
  /** The label (or group title) broken to fit its column. */
  lines: readonly string[];
  /** A group's title; otherwise `entry` is the row's symbol and label. */
  title: boolean;
  entry?: LegendEntry;
}

export interface LegendLayout {
  /**
   * `over`: a box at the map's top right, as on screen. `below`: under the map across the image's
   * width, when a box over the map would hide much of it (a phone's narrow map) or not fit at all.
   */
  place: 'over' | 'below';
  width: number;
  height: number;
  columns: number;
  columnWidth: number;
  items: readonly LegendItem[];
}

interface Row {
  text: string;
  title: boolean;
  entry?: LegendEntry;
}

/** Rows split into columns no taller than `maxH`; a group title is never left alone at a column's foot. */
function pack(heights: readonly number[], titles: readonly boolean[], maxH: number): number[][] {
  const cols: number[][] = [[]];
  let used = 0;
  heights.forEach((h, i) => {
    const need = titles[i] && i + 1 < heights.length ? h + heights[i + 1]! : h;
    if (used > 0 && used + need > maxH) {
      cols.push([]);
      used = 0;
    }
    cols[cols.length - 1]!.push(i);
    used += h;
  });
  return cols;
}

/**
 * Where the image's legend goes and how its rows fall into columns, every label wrapped to its
 * column (`measure` gives a text's width in CSS pixels, bold for a title). Over the map, at its top
 * right as on screen, when the map is as wide as the screen shows its legend open over it
 * (`LEGEND_FOLD_BELOW`) and the legend fits in at most `overShare` of its width and its height;
 * otherwise — a phone's map, or one the table narrows, where the screen folds its legend — below
 * the map in as many columns as the image's width holds, balanced: the image shows the whole map,
 * as the screen does, and a legible legend.
 */
export function legendLayout(groups: readonly LegendGroup[], measure: (text: string, bold: boolean) => number, map: { width: number; height: number }): LegendLayout | null {
  const S = LEGEND_SIZES;
  const rows: Row[] = groups.flatMap((g) => [{ text: g.title, title: true }, ...g.entries.map((e) => ({ text: e.label, title: false, entry: e }))]);
  if (!rows.length) return null;
  const textWidth = (r: Row, colW: number) => colW - (r.title ? 2 * S.pad : S.labelX + S.pad);
  const linesOf = (r: Row, colW: number) => {
    const lines = wrapText(r.text, textWidth(r, colW), (s) => measure(s, r.title));
    return lines.length ? lines : [r.text];
  };
  const layout = (place: LegendLayout['place'], colW: number, maxCols: number, maxH: number | null): LegendLayout | null => {
    const lines = rows.map((r) => linesOf(r, colW));
    const heights = lines.map((l) => S.row + (l.length - 1) * S.line);
    const titles = rows.map((r) => r.title);
    let cols: number[][];
    if (maxH !== null) {
      const room = maxH - 2 * S.padY;
      cols = pack(heights, titles, room);
      if (Math.max(...heights) > room || cols.length > maxCols) return null;
    } else {
      // The shortest columns that hold every row in maxCols of them.
      const total = heights.reduce((a, b) => a + b, 0);
      let h = Math.max(Math.ceil(total / maxCols), ...heights);
      while ((cols = pack(heights, titles, h)).length > maxCols) h += 1;
    }
    const items: LegendItem[] = [];
    let height = 0;
    cols.forEach((col, c) => {
      let y = S.padY;
      for (const i of col) {
        items.push({ x: c * colW, y, h: heights[i]!, lines: lines[i]!, title: titles[i]!, ...(rows[i]!.entry ? { entry: rows[i]!.entry } : {}) });
        y += heights[i]!;
      }
      height = Math.max(height, y + S.padY);
    });
    return { place, width: place === 'over' ? cols.length * colW : maxCols * colW, height, columns: cols.length, columnWidth: colW, items };
  };

  const natural = Math.max(...rows.map((r) => measure(r.text, r.title) + (r.title ? 2 * S.pad : S.labelX + S.pad)));
  const overCol = Math.min(S.maxColumn, Math.ceil(natural));
  // As on screen: over a map narrower than LEGEND_FOLD_BELOW the legend would hide too much of it (there it folds).
  const overCols = map.width >= LEGEND_FOLD_BELOW ? Math.floor((map.width * S.overShare) / overCol) : 0;
  const over = overCols > 0 ? layout('over', overCol, overCols, map.height - S.overReserve) : null;
  if (over) return over;
  const across = map.width - 2 * S.margin;
  const columns = Math.max(1, Math.min(rows.length, Math.floor(across / S.minColumn)));
  return layout('below', across / columns, columns, null);
}
