import type { AgreementOverlay } from './agreement-overlay';
import { THEME } from './theme';
import type { Strings } from '../i18n/strings';
import type { MapMode } from '../state/view-vocab';

/** A legend symbol as the map draws it (the exported image paints it, the on-screen legend draws it in SVG). */
export type LegendSymbol =
  | { kind: 'line'; colour: string; dash: readonly number[] | null; opacity: number }
  | { kind: 'point'; colour: string; opacity: number }
  | { kind: 'ring'; colour: string }
  | { kind: 'fill'; colour: string }
  | { kind: 'arc'; colour: string; widths: readonly number[] };

export interface LegendEntry {
  label: string;
  symbol: LegendSymbol;
}

export interface AgreementLegendInput {
  mapMode: MapMode;
  overlay: Pick<AgreementOverlay, 'arcs' | 'partners' | 'places' | 'network' | 'classes'>;
  /** The choropleth's classes to list (the on-screen legend leaves them to the mode box, which lists them already). */
  classes: readonly { index: number; min: number; max: number | null }[];
  /** Something is selected (the pair's arc stands out in the network). */
  selected: boolean;
  /** A drawn network arc has a prefecture or province at an end. */
  networkWide: boolean;
}

type Words = Pick<Strings, 'classRange' | 'pngArc' | 'pngArcNetwork' | 'pngArcSelected' | 'pngArcWide' | 'pngPartner' | 'pngPartnerArea' | 'pngRing'>;

/**
 * The agreements' symbols the map draws now, one entry each, in the theme's colours: the network's
 * arcs (lighter where an end is a prefecture or province, drawn to its seat) and the selected pair,
 * the selection's arcs (the same two shades), the partner tints, the rings at a prefecture's or
 * province's seat, and the choropleth classes. The exported image's legend and the on-screen legend
 * both list these, so they say the same.
 */
export function agreementLegend(input: AgreementLegendInput, t: Words): LegendEntry[] {
  const ov = input.overlay;
  const A = THEME.agreements;
  const ag: LegendEntry[] = [];
  if (ov.network) ag.push({ label: t.pngArcNetwork, symbol: { kind: 'arc', colour: A.arcNetwork, widths: [1.5, 3, 5] } });
  if (ov.network && input.networkWide) ag.push({ label: t.pngArcWide, symbol: { kind: 'arc', colour: A.arcNetworkWide, widths: [1.5, 3, 5] } });
  if (ov.network && input.selected && input.mapMode === 'network') ag.push({ label: t.pngArcSelected, symbol: { kind: 'arc', colour: A.arcSelected, widths: [4] } });
  if (ov.arcs.features.length > 0) ag.push({ label: t.pngArc, symbol: { kind: 'arc', colour: A.arc, widths: [2.5] } });
  if (ov.arcs.features.some((f) => f.properties.wide)) ag.push({ label: t.pngArcWide, symbol: { kind: 'arc', colour: A.arcWide, widths: [2.5] } });
  if ([...ov.partners.values()].includes('district')) ag.push({ label: t.pngPartner, symbol: { kind: 'fill', colour: A.partner } });
  if ([...ov.partners.values()].includes('area')) ag.push({ label: t.pngPartnerArea, symbol: { kind: 'fill', colour: A.partnerArea } });
  if (ov.places.size > 0) ag.push({ label: t.pngRing, symbol: { kind: 'ring', colour: A.wideRing } });
  if (ov.classes) for (const c of input.classes) ag.push({ label: t.classRange(c.min, c.max), symbol: { kind: 'fill', colour: A.classes[c.index]! } });
  return ag;
}
