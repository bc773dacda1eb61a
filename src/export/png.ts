import type { Map as MlMap } from 'maplibre-gl';
import type { Bounds } from '../map/camera';
import { PNG_MAP_SIZE } from './png-frame';
import type { LegendGroup, LegendSymbol } from './png-caption';
import { metresPerPixel, scaleBar } from './scale-bar';
import { LEGEND_SIZES, legendLayout } from './png-legend';
import { wrapText } from './wrap-text';

export interface PngInfo {
  title: string;
  /** What the map draws: the mode's content, the selection named, or that no agreement is drawn. */
  drawn: string;
  /** Date, count, active filters. */
  subtitle: string;
  /** How the counts were made (the count map), each wrapped to the image's width. */
  notes: readonly string[];
  sources: string;
  legend: readonly LegendGroup[];
}

/** Pixels per CSS pixel of the image: sharp enough for a printed report whatever the screen. */
export const PNG_PIXEL_RATIO = 2;

/** Height of a line of the sources (CSS pixels). */
const SOURCE_LINE = 14;
const FONT = '"Noto Sans CJK SC", "Microsoft YaHei", sans-serif';

interface TextBlock {
  text: string;
  px: number;
  bold: boolean;
  colour: string;
  /** Height of each of its lines (CSS pixels). */
  lineH: number;
}

/** The image's header, top to bottom: title, what is drawn, date, count and filters, then the notes on counting. */
const headerBlocks = (info: PngInfo): TextBlock[] => [
  { text: info.title, px: 20, bold: true, colour: '#222', lineH: 26 },
  ...(info.drawn ? [{ text: info.drawn, px: 13, bold: false, colour: '#1a3c6e', lineH: 20 }] : []),
  { text: info.subtitle, px: 13, bold: false, colour: '#555', lineH: 20 },
  ...info.notes.map((text) => ({ text, px: 12, bold: false, colour: '#555', lineH: 17 })),
];

function circle(g: CanvasRenderingContext2D, x: number, y: number, radius: number, fill: string, stroke: string, width: number) {
  g.fillStyle = fill;
  g.strokeStyle = stroke;
  g.lineWidth = width;
  g.beginPath();
  g.arc(x, y, radius, 0, 2 * Math.PI);
  g.fill();
  g.stroke();
}

/** Draws one legend symbol in a box of w × h (device pixels) at x, y (its left and middle). */
function drawSymbol(g: CanvasRenderingContext2D, s: LegendSymbol, x: number, y: number, w: number, r: number) {
  g.save();
  switch (s.kind) {
    case 'line':
      // The map's dashes are in line widths; a dash starting at 0 is a row of dots (round caps).
      g.globalAlpha = s.opacity;
      g.strokeStyle = s.colour;
      g.lineWidth = 3 * r;
      g.lineCap = s.dash && s.dash[0] === 0 ? 'round' : 'butt';
      g.setLineDash(s.dash ? s.dash.map((d) => d * 3 * r) : []);
      g.beginPath();
      g.moveTo(x + 2 * r, y);
      g.lineTo(x + w - 2 * r, y);
      g.stroke();
      break;
    case 'point':
      // A hub: filled, white edge.
      g.globalAlpha = s.opacity;
      circle(g, x + w / 2, y, 5.5 * r, s.colour, '#fff', 1.5 * r);
      break;
    case 'ring':
      // A station, or a prefecture's or province's anchor: white, coloured edge.
      circle(g, x + w / 2, y, 5 * r, '#fff', s.colour, 2 * r);
      break;
    case 'fill':
      g.fillStyle = s.colour;
      g.strokeStyle = '#888';
      g.lineWidth = 1 * r;
      g.fillRect(x + 2 * r, y - 6 * r, w - 4 * r, 12 * r);
      g.strokeRect(x + 2 * r, y - 6 * r, w - 4 * r, 12 * r);
      break;
    case 'arc': {
      // Widths side by side (thin to wide) say that width counts agreements.
      g.strokeStyle = s.colour;
      g.lineCap = 'round';
      const step = (w - 4 * r) / s.widths.length;
      s.widths.forEach((lw, i) => {
        g.lineWidth = lw * r;
        g.beginPath();
        g.moveTo(x + 2 * r + i * step + 1 * r, y + 4 * r);
        g.quadraticCurveTo(x + 2 * r + (i + 0.5) * step, y - 6 * r, x + 2 * r + (i + 1) * step - 1 * r, y + 4 * r);
        g.stroke();
      });
      break;
    }
  }
  g.restore();
}

/** Resolves when the map has drawn everything it is loading (or after `ms`, to never hang an export). */
const idle = (map: MlMap, ms: number) =>
  new Promise<void>((resolve) => {
    const done = () => {
      clearTimeout(timer);
      map.off('idle', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    map.on('idle', done);
  });

/**
 * Runs `copy` with the map drawn at `size` (CSS pixels) and framed to `bounds`: its box is moved off
 * the page at that size, a still of the screen's map holding its place meanwhile, and put back
 * with its camera afterwards.
 */
async function inFrame<T>(map: MlMap, size: { width: number; height: number }, bounds: Bounds, padding: { top: number; right: number; bottom: number; left: number }, copy: () => T): Promise<T> {
  const box = map.getContainer();
  const camera = { center: map.getCenter(), zoom: map.getZoom(), bearing: map.getBearing(), pitch: map.getPitch() };
  map.redraw();
  const still = document.createElement('img');
  still.src = map.getCanvas().toDataURL('image/png');
  still.alt = '';
  still.style.cssText = `flex: none; width: ${box.clientWidth}px; height: ${box.clientHeight}px;`;
  const css = box.style.cssText;
  box.before(still);
  box.style.cssText = `position: fixed; left: ${-size.width - 100}px; top: 0; width: ${size.width}px; height: ${size.height}px; flex: none;`;
  try {
    map.resize();
    map.fitBounds(bounds, { padding, animate: false });
    await idle(map, 15_000);
    return copy();
  } finally {
    box.style.cssText = css;
    still.remove();
    map.resize();
    map.jumpTo(camera);
  }
}

/**
 * The map as a PNG at `PNG_PIXEL_RATIO`, with a title, what is drawn, a legend of every symbol
 * drawn, the date and filters, the data sources, a north arrow and a scale bar (the map is north-up:
 * rotation is switched off). With `frame`, the map is drawn at the image's own size
 * (`PNG_MAP_SIZE`) framed to those bounds, clear of the legend, arrow and scale bar; without, as on
 * screen. A WebGL canvas keeps no image after a frame is shown, so the map is drawn once
 * synchronously (`redraw`) at the export's pixel ratio and copied at once, as the print snapshot
 * does; the screen's ratio is put back straight after.
 */
export async function mapPng(map: MlMap, info: PngInfo, frame: Bounds | null = null): Promise<Blob> {
  const before = map.getPixelRatio();
  const r = Math.max(PNG_PIXEL_RATIO, before);
  const screen = map.getCanvas();
  const size = frame ? PNG_MAP_SIZE : { width: screen.clientWidth, height: screen.clientHeight };
  const out = document.createElement('canvas');
  const g = out.getContext('2d')!;
  const font = (px: number, bold = false) => `${bold ? 'bold ' : ''}${Math.round(px * r)}px ${FONT}`;
  // Every line of text wrapped to the image's width: a canvas squeezes an over-long line instead.
  const wrap = (text: string, px: number, bold = false) => {
    g.font = font(px, bold);
    return wrapText(text, (size.width - 24) * r, (x) => g.measureText(x).width);
  };
  const header: { line: string; y: number; block: TextBlock }[] = [];
  let y = 8;
  for (const block of headerBlocks(info)) {
    for (const line of wrap(block.text, block.px, block.bold)) {
      header.push({ line, y, block });
      y += block.lineH;
    }
  }
  const head = Math.round((y + 2) * r);
  const sources = wrap(info.sources, 11);
  const legend = legendLayout(
    info.legend,
    (text, bold) => {
      g.font = font(12, bold);
      return g.measureText(text).width / r;
    },
    size,
  );
  const below = legend?.place === 'below' ? Math.round((legend.height + 8) * r) : 0;
  const foot = Math.round((18 + sources.length * SOURCE_LINE) * r);
  const mapW = Math.round(size.width * r);
  const mapH = Math.round(size.height * r);
  out.width = mapW;
  out.height = mapH + head + below + foot;
  // Drawn and copied in one go at the export's ratio; the scale is read from the camera drawn.
  const copy = () => {
    try {
      if (r !== before) map.setPixelRatio(r);
      map.redraw();
      g.fillStyle = '#ffffff';
      g.fillRect(0, 0, out.width, out.height);
      g.drawImage(map.getCanvas(), 0, head, mapW, mapH);
      return scaleBar(metresPerPixel(map.getCenter().lat, map.getZoom()), 120);
    } finally {
      if (r !== before) map.setPixelRatio(before);
    }
  };
  // Clear of the north arrow (top left), the scale bar (bottom left) and a legend over the map (top right).
  const padding = { top: 56, left: 40, bottom: 36, right: legend?.place === 'over' ? legend.width + 24 : 24 };
  const bar = frame ? await inFrame(map, size, frame, padding, copy) : copy();
  g.textBaseline = 'top';
  for (const { line, y, block } of header) {
    g.font = font(block.px, block.bold);
    g.fillStyle = block.colour;
    g.fillText(line, 12 * r, y * r);
  }

  // Legend: over the map at its top right, or below the map when it would hide much of it (a phone's map).
  let legendBottom = head + mapH;
  if (legend) {
    const boxX = legend.place === 'over' ? out.width - (legend.width + 10) * r : 12 * r;
    const boxY = legend.place === 'over' ? head + 10 * r : head + mapH + 8 * r;
    if (legend.place === 'over') {
      g.fillStyle = 'rgba(255,255,255,0.92)';
      g.fillRect(boxX, boxY, legend.width * r, legend.height * r);
    } else legendBottom = boxY + legend.height * r;
    g.textBaseline = 'middle';
    for (const item of legend.items) {
      const x = boxX + item.x * r;
      // The symbol and the first line share the row's middle; further lines follow below.
      const y = boxY + (item.y + LEGEND_SIZES.row / 2) * r;
      g.font = font(12, item.title);
      g.fillStyle = '#222';
      if (item.entry) drawSymbol(g, item.entry.symbol, x + LEGEND_SIZES.pad * r, y, LEGEND_SIZES.symbol * r, r);
      const textX = x + (item.title ? LEGEND_SIZES.pad : LEGEND_SIZES.labelX) * r;
      item.lines.forEach((line, i) => g.fillText(line, textX, y + i * LEGEND_SIZES.line * r));
    }
  }

  // North arrow, top left over the map.
  const nx = 28 * r;
  const ny = head + 16 * r;
  g.fillStyle = '#222';
  g.beginPath();
  g.moveTo(nx, ny);
  g.lineTo(nx - 8 * r, ny + 22 * r);
  g.lineTo(nx + 8 * r, ny + 22 * r);
  g.closePath();
  g.fill();
  g.font = font(13, true);
  g.textBaseline = 'top';
  g.textAlign = 'center';
  g.fillText('N', nx, ny + 24 * r);
  g.textAlign = 'left';

  // Scale bar, bottom left over the map.
  const bx = 12 * r;
  const by = head + mapH - 16 * r;
  g.fillStyle = 'rgba(255,255,255,0.85)';
  g.fillRect(bx - 4 * r, by - 18 * r, bar.px * r + 8 * r, 24 * r);
  g.strokeStyle = '#222';
  g.lineWidth = 2 * r;
  g.beginPath();
  g.moveTo(bx, by - 6 * r);
  g.lineTo(bx, by);
  g.lineTo(bx + bar.px * r, by);
  g.lineTo(bx + bar.px * r, by - 6 * r);
  g.stroke();
  g.fillStyle = '#222';
  g.font = font(11);
  g.textBaseline = 'bottom';
  g.fillText(bar.label, bx + 4 * r, by - 5 * r);

  g.font = font(11);
  g.fillStyle = '#555';
  g.textBaseline = 'top';
  sources.forEach((line, i) => g.fillText(line, 12 * r, legendBottom + (8 + i * SOURCE_LINE) * r));
  return new Promise((resolve, reject) => out.toBlob((b) => (b ? resolve(b) : reject(new Error('toBlob returned nothing'))), 'image/png'));
}
