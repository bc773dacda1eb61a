import type { Map as MlMap } from 'maplibre-gl';
import type { LegendGroup, LegendSymbol } from './png-caption';
import { metresPerPixel, scaleBar } from './scale-bar';
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

/** Height of a note's line (CSS pixels). */
const NOTE_LINE = 17;
const FONT = '"Noto Sans CJK SC", "Microsoft YaHei", sans-serif';

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

/**
 * The current map view as a PNG at `PNG_PIXEL_RATIO`, with a title, what is drawn, a legend of
 * every symbol drawn, the date and filters, the data sources, a north arrow and a scale bar (the
 * map is north-up: rotation is switched off). A WebGL canvas keeps no image after a frame is
 * shown, so the map is drawn once synchronously (`redraw`) at the export's pixel ratio and copied
 * at once, as the print snapshot does; the screen's ratio is put back straight after.
 */
export function mapPng(map: MlMap, info: PngInfo): Promise<Blob> {
  const before = map.getPixelRatio();
  const ratio = Math.max(PNG_PIXEL_RATIO, before);
  const out = document.createElement('canvas');
  let g: CanvasRenderingContext2D;
  let r: number;
  let head: number;
  let mapH: number;
  let noteLines: string[];
  const font = (px: number, bold = false) => `${bold ? 'bold ' : ''}${Math.round(px * r)}px ${FONT}`;
  try {
    if (ratio !== before) map.setPixelRatio(ratio);
    map.redraw();
    const src = map.getCanvas();
    r = src.width / Math.max(1, src.clientWidth);
    g = out.getContext('2d')!;
    g.font = font(12);
    noteLines = info.notes.flatMap((n) => wrapText(n, src.width - 24 * r, (x) => g.measureText(x).width));
    head = Math.round((info.drawn ? 76 : 56) * r + noteLines.length * NOTE_LINE * r);
    const foot = Math.round(44 * r);
    mapH = src.height;
    out.width = src.width;
    out.height = src.height + head + foot;
    g.fillStyle = '#ffffff';
    g.fillRect(0, 0, out.width, out.height);
    g.drawImage(src, 0, head);
  } finally {
    if (ratio !== before) map.setPixelRatio(before);
  }
  const textW = out.width - 24 * r;
  g.fillStyle = '#222';
  g.textBaseline = 'top';
  g.font = font(20, true);
  g.fillText(info.title, 12 * r, 8 * r, textW);
  g.font = font(13);
  if (info.drawn) {
    g.fillStyle = '#1a3c6e';
    g.fillText(info.drawn, 12 * r, 34 * r, textW);
  }
  g.fillStyle = '#555';
  g.fillText(info.subtitle, 12 * r, (info.drawn ? 54 : 34) * r, textW);
  g.font = font(12);
  noteLines.forEach((line, i) => g.fillText(line, 12 * r, ((info.drawn ? 74 : 54) + i * NOTE_LINE) * r, textW));

  // Legend, top right over the map: group titles and entries, in columns when one would be too tall.
  const rowH = 18 * r;
  const colW = 240 * r;
  const rows = info.legend.flatMap((grp) => [{ title: grp.title }, ...grp.entries.map((e) => ({ entry: e }))]);
  const perCol = Math.max(1, Math.floor((mapH - 60 * r) / rowH));
  const cols = Math.ceil(rows.length / perCol);
  const boxW = cols * colW;
  const boxH = Math.min(rows.length, perCol) * rowH + 10 * r;
  const boxX = out.width - boxW - 10 * r;
  const boxY = head + 10 * r;
  if (rows.length) {
    g.fillStyle = 'rgba(255,255,255,0.92)';
    g.fillRect(boxX, boxY, boxW, boxH);
  }
  g.textBaseline = 'middle';
  rows.forEach((row, i) => {
    const x = boxX + Math.floor(i / perCol) * colW;
    const y = boxY + 5 * r + (i % perCol) * rowH + rowH / 2;
    if ('title' in row) {
      g.font = font(12, true);
      g.fillStyle = '#222';
      g.fillText(row.title, x + 8 * r, y, colW - 16 * r);
      return;
    }
    drawSymbol(g, row.entry.symbol, x + 8 * r, y, 30 * r, r);
    g.font = font(12);
    g.fillStyle = '#222';
    g.fillText(row.entry.label, x + 44 * r, y, colW - 50 * r);
  });

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
  const c = map.getCenter();
  const bar = scaleBar(metresPerPixel(c.lat, map.getZoom()), 120);
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
  g.fillText(info.sources, 12 * r, head + mapH + 8 * r, textW);
  return new Promise((resolve, reject) => out.toBlob((b) => (b ? resolve(b) : reject(new Error('toBlob returned nothing'))), 'image/png'));
}
