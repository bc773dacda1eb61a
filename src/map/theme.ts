import type { Accuracy, Mode, Status } from '../data/transport-schema';

/** All map colours and weights; the layer factories take structure from style.ts and looks from here. */
export const THEME = {
  font: ['sans-serif'],
  sea: '#cfe0ea',
  river: '#7fa9c9',
  land: '#efece4',
  landLine: '#b9b3a6',
  contextText: '#8a8478',
  province: { '500000': '#f6dfc6', '510000': '#dce9d2' } as Record<string, string>,
  hover: '#ffe9a8',
  selected: '#f4b860',
  selectedLine: '#b3541e',
  districtLine: '#9aa39a',
  prefectureLine: '#5f6b61',
  provinceLine: '#7a2e2e',
  outerLine: '#4a4a4a',
  text: '#2b2b2b',
  provinceText: '#7a2e2e',
  halo: 'rgba(255,255,255,0.9)',
  /**
   * Agreements: partners, arcs, prefecture/province anchors and the choropleth's classes (0, 1,
   * 2–3, 4–7, 8–15, 16+); partners and classes lie over the province colour at `opacity`, over
   * the hover colour at `hoverOpacity`.
   */
  agreements: {
    opacity: 0.9,
    hoverOpacity: 0.55,
    partner: '#8fc1e3',
    partnerArea: '#d3e6f3',
    arc: '#0a3d8f',
    arcNetwork: '#283593',
    /** Arcs with a prefecture or province at an end: lighter, as that end is an area's anchor, not a district. */
    arcWide: '#6d8fc9',
    arcNetworkWide: '#7986cb',
    arcSelected: '#ffb000',
    wideRing: '#1a5fb4',
    classes: ['#f3f1ec', '#fee8c8', '#fdcc8a', '#fc8d59', '#e34a33', '#b30000'],
  },
  /**
   * One colour per kind, from the Okabe–Ito and Paul Tol colour-blind-safe sets: every pair stays
   * apart (CIE ΔE ≥ 13) under simulated protanopia, deuteranopia and tritanopia, and the five line
   * kinds further apart (ΔE ≥ 16); theme.test.ts checks it. Points also differ from lines by shape.
   */
  mode: {
    hsr: '#d55e00',
    rail: '#882255',
    expressway: '#e69f00',
    waterway: '#0072b2',
    corridor: '#009e73',
    port: '#56b4e9',
    'dry-port': '#999933',
    airport: '#332288',
    'logistics-hub': '#cc79a7',
    station: '#000000',
  } as Record<Mode, string>,
  transportSelected: '#ffd400',
  /** A white edge under every transport line, so lines that cross or run together stay apart. */
  casing: '#ffffff',
  /**
   * Where lines run together (schematic lines share their anchors), the higher kinds are drawn on
   * top and expressways are shifted sideways by this many line widths, so both stay visible.
   */
  lineOrder: { corridor: 0, waterway: 1, expressway: 2, rail: 3, hsr: 4 } as Record<string, number>,
  expresswayOffset: 1,
  /**
   * How a line of each status looks, on the map and in the legend's swatch: its dash (in line
   * widths; null for solid, a zero-length dash with round caps for dots) and opacity. Partly open
   * is long dashes (mostly there), under construction short dashes, planned dots.
   */
  statusLine: {
    open: { dash: null, opacity: 1 },
    'partially-open': { dash: [4, 1.2], opacity: 1 },
    'under-construction': { dash: [1.5, 1.5], opacity: 1 },
    planned: { dash: [0, 2], opacity: 0.75 },
  } as Record<Status, { dash: number[] | null; opacity: number }>,
  /** Points of a planned project are drawn fainter, as planned lines are. */
  plannedPointOpacity: 0.45,
  /**
   * How far to trust a line's course, shown by its edge, never by its dash (the dash is the
   * status): a traced track is sharp and full, an approximate line soft and lighter, a schematic
   * one softer and lighter still. Blur is in screen pixels at zooms 5 and 10 (a thin line at
   * zoom 5 would vanish under the larger blur); the legend's trust key draws the same with CSS.
   */
  accuracyLine: {
    traced: { blur: [0, 0], opacity: 1, cssBlur: 0 },
    approximate: { blur: [0.6, 1.6], opacity: 0.8, cssBlur: 0.7 },
    schematic: { blur: [1.2, 3.2], opacity: 0.55, cssBlur: 1.4 },
  } as Record<Accuracy, { blur: [number, number]; opacity: number; cssBlur: number }>,
  /**
   * Close in, a line that is not traced would pass through a district's label as if it were a real
   * road (a schematic fan of them at 大足): from `fromZoom` it fades, over half a zoom level, into a
   * thin dotted link that says only "these places are connected". Traced lines keep full strength.
   */
  linkLine: { fromZoom: 8, fade: 0.5, width: 1.6, dash: [0, 2.2], opacity: 0.75, plannedOpacity: 0.45 },
} as const;

export type Theme = typeof THEME;
