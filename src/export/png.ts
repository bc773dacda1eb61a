import type { Map as MlMap } from 'maplibre-gl';
import { metresPerPixel, scaleBar } from './scale-bar';

export interface PngInfo {
  title: string;
  /** What is shown: date, as-of year, active filters. */
  subtitle: string;
  sources: string;
  legend: { label: string; colour: string; dash: number[] | null }[];
}

/**
 * The current map view as a PNG with a title, a legend, the date, the data sources, a north arrow
 * and a scale bar (the map is north-up: rotation is switched off). A WebGL canvas keeps no image
 * after a frame is shown, so the map is drawn once synchronously (`redraw`) and copied at once,
 * as the print snapshot does; the rest is drawn on a 2D canvas around it.
 */
export function mapPng(map: MlMap, info: PngInfo): Promise<Blob> {
  map.redraw();
  const src = map.getCanvas();
  const r = src.width / Math.max(1, src.clientWidth);
  const head = Math.round(56 * r);
  const foot = Math.round(44 * r);
  const out = document.createElement('canvas');
  out.width = src.width;
  out.height = src.height + head + foot;
  const g = out.getContext('2d')!;
  g.fillStyle = '#ffffff';
  g.fillRect(0, 0, out.width, out.height);
  g.drawImage(src, 0, head);
  const font = (px: number, bold = false) => `${bold ? 'bold ' : ''}${Math.round(px * r)}px "Noto Sans CJK SC", "Microsoft YaHei", sans-serif`;
  g.fillStyle = '#222';
  g.textBaseline = 'top';
  g.font = font(20, true);
  g.fillText(info.title, 12 * r, 8 * r);
  g.font = font(13);
  g.fillStyle = '#555';
  g.fillText(info.subtitle, 12 * r, 34 * r, out.width - 24 * r);

  // Legend, top right over the map.
  const rowH = 18 * r;
  const boxW = 170 * r;
  const boxX = out.width - boxW - 10 * r;
  const boxY = head + 10 * r;
  g.fillStyle = 'rgba(255,255,255,0.92)';
  g.fillRect(boxX, boxY, boxW, info.legend.length * rowH + 10 * r);
  g.font = font(12);
  info.legend.forEach((e, i) => {
    const y = boxY + 5 * r + i * rowH + rowH / 2;
    g.strokeStyle = e.colour;
    g.lineWidth = 3 * r;
    g.setLineDash(e.dash ? e.dash.map((d) => d * 3 * r) : []);
    g.beginPath();
    g.moveTo(boxX + 8 * r, y);
    g.lineTo(boxX + 36 * r, y);
    g.stroke();
    g.setLineDash([]);
    g.fillStyle = '#222';
    g.textBaseline = 'middle';
    g.fillText(e.label, boxX + 44 * r, y, boxW - 50 * r);
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
  const by = head + src.height - 16 * r;
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
  g.fillText(info.sources, 12 * r, head + src.height + 8 * r, out.width - 24 * r);
  return new Promise((resolve, reject) => out.toBlob((b) => (b ? resolve(b) : reject(new Error('toBlob returned nothing'))), 'image/png'));
}
