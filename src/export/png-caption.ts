import type { AgreementOverlay } from '../map/agreement-overlay';
import { countBasisLabel } from '../i18n/count-basis-label';
import { agreementLegend, type LegendEntry } from '../map/agreement-legend';
import { THEME } from '../map/theme';
import type { Mode, Status } from '../data/transport-schema';
import type { Strings } from '../i18n/strings';
import type { MapMode } from '../state/view-vocab';

export type { LegendEntry, LegendSymbol } from '../map/agreement-legend';

export interface LegendGroup {
  title: string;
  entries: LegendEntry[];
}

/** Kinds drawn as points (style.ts): hubs as filled circles, stations as white rings. */
const POINTS: readonly Mode[] = ['port', 'dry-port', 'airport', 'logistics-hub', 'station'];
const GREY = '#444';

/** What the exported image's header says and its legend shows, for what the map draws now. */
export interface CaptionInput {
  mapMode: MapMode;
  /** Kinds and statuses that have features and are not switched off in the legend, in legend order. */
  modes: readonly Mode[];
  statuses: readonly Status[];
  overlay: Pick<AgreementOverlay, 'arcs' | 'partners' | 'places' | 'network' | 'classes'>;
  /** The choropleth's classes with a district in them (or a higher class with one), as the mode box shows them. */
  classes: readonly { index: number; min: number; max: number | null }[];
  /** The selection in words, already named (see `selectionLine`), or null. */
  selection: string | null;
  /** Network links drawn and in all. */
  /** `wide`: a drawn network arc has a prefecture or province at an end. */
  network: { drawn: number; total: number; wide: boolean };
  countBasis: 'own' | 'all';
  /** The count map's new areas of several districts among the shown agreements, each with the main district it counts at (named). */
  newAreas: readonly { area: string; main: string }[];
  /** The count every district has (its prefecture's and province's agreements), above which the classes step up; 0 for none. */
  floor: number;
  shown: number;
  total: number;
  /** The active filters as chips name them. */
  chips: readonly string[];
  date: string;
}

type Words = Pick<
  Strings,
  | 'appTitle' | 'mapModes' | 'modes' | 'statuses' | 'mode' | 'status' | 'pngCount' | 'classRange' | 'countBasisOwn' | 'countBasisAll'
  | 'pngAgreements' | 'pngArc' | 'pngArcNetwork' | 'pngArcSelected' | 'pngArcWide' | 'pngPartner' | 'pngPartnerArea' | 'pngRing' | 'pngNotDrawn'
  | 'pngNetwork' | 'pngChoropleth' | 'pngSelected' | 'pngNewAreas' | 'classFloor'
>;

/**
 * The image's title (the atlas and the map mode), a line saying what is drawn (the mode's content,
 * the selection named, or that plain mode draws no agreements) and the subtitle (date, count,
 * filters); and a legend of every symbol drawn: each visible transport kind and status, then the
 * agreements' arcs, partner tints, rings and classes that the overlay holds now. The count map
 * adds the notes its box on screen gives on how the counts were made (`notes`): a new area at its
 * main district, naming those counted, and the count every district has.
 */
export function pngCaption(input: CaptionInput, t: Words): { title: string; drawn: string; subtitle: string; notes: string[]; legend: LegendGroup[] } {
  const ov = input.overlay;
  const arcs = ov.arcs.features.length > 0;
  const drawnParts: string[] = [];
  if (input.mapMode === 'network' && ov.network) drawnParts.push(t.pngNetwork(input.network.drawn, input.network.total));
  if (input.mapMode === 'choropleth') drawnParts.push(t.pngChoropleth(countBasisLabel(input.countBasis, t)));
  if (input.selection) drawnParts.push(t.pngSelected(input.selection));
  // Plain mode draws agreements only for a selection: a count of filtered agreements above a map without them would mislead.
  if (input.mapMode === 'plain' && !arcs && ov.partners.size === 0) drawnParts.push(t.pngNotDrawn);

  const notes = input.mapMode === 'choropleth' ? [t.pngNewAreas(input.newAreas), ...(input.floor > 0 ? [t.classFloor(input.floor)] : [])] : [];

  const legend: LegendGroup[] = [];
  if (input.modes.length)
    legend.push({
      title: t.mode,
      entries: input.modes.map((m) => ({
        label: t.modes[m]!,
        symbol: m === 'station' ? { kind: 'ring', colour: THEME.mode[m] } : POINTS.includes(m) ? { kind: 'point', colour: THEME.mode[m], opacity: 0.9 } : { kind: 'line', colour: THEME.mode[m], dash: null, opacity: 1 },
      })),
    });
  if (input.statuses.length)
    legend.push({
      title: t.status,
      entries: input.statuses.map((s) => ({ label: t.statuses[s]!, symbol: { kind: 'line', colour: GREY, dash: THEME.statusLine[s].dash, opacity: THEME.statusLine[s].opacity } })),
    });

  const ag = agreementLegend({ mapMode: input.mapMode, overlay: ov, classes: input.classes, selected: input.selection !== null, networkWide: input.network.wide }, t);
  if (ag.length) legend.push({ title: t.pngAgreements, entries: ag });

  return {
    title: `${t.appTitle} · ${t.mapModes[input.mapMode]}`,
    drawn: drawnParts.join(' · '),
    subtitle: [input.date, t.pngCount(input.shown, input.total), ...input.chips].join(' · '),
    notes,
    legend,
  };
}
