import type { Accuracy, Status } from '../data/transport-schema';

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
  halo: 'rgba(255,255,255,0.9)',
  mode: {
    hsr: '#c8102e',
    rail: '#6a3d9a',
    expressway: '#e07b00',
    waterway: '#1f78b4',
    corridor: '#00897b',
    port: '#1f78b4',
    'dry-port': '#8d6e63',
    airport: '#37474f',
    'logistics-hub': '#00897b',
    station: '#c8102e',
  } as Record<string, string>,
  transportSelected: '#ffd400',
  /** Agreements: partners, arcs, prefecture/province anchors and the choropleth's classes (0, 1, 2–3, 4–7, 8–15, 16+). */
  agreements: {
    partner: '#8fc1e3',
    partnerArea: '#d3e6f3',
    arc: '#0a3d8f',
    arcNetwork: '#283593',
    arcSelected: '#ffb000',
    wideRing: '#1a5fb4',
    classes: ['#f3f1ec', '#fee8c8', '#fdcc8a', '#fc8d59', '#e34a33', '#b30000'],
  },
  /**
   * How a line of each status looks: the map's dash (in line widths, none for solid) and opacity,
   * and the legend swatch's CSS border style drawing the same pattern.
   */
  statusLine: {
    open: { dash: null, opacity: 1, css: 'solid' },
    'partially-open': { dash: null, opacity: 1, css: 'solid' },
    'under-construction': { dash: [2, 1.2], opacity: 1, css: 'dashed' },
    planned: { dash: [0.4, 1.4], opacity: 0.6, css: 'dotted' },
  } as Record<Status, { dash: number[] | null; opacity: number; css: 'solid' | 'dashed' | 'dotted' }>,
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
} as const;

export type Theme = typeof THEME;
