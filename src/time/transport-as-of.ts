import type { Status, TransportProps } from '../data/transport-schema';

/** A transport feature as of a year: the status it had then, or absent (not yet started). */
export type StatusAsOf = Status | 'absent';

export interface AsOf {
  status: StatusAsOf;
  /**
   * 'dates': worked out from the feature's dates; 'unknown': it has no date to go by, so it is
   * drawn as the data says today (its panel says so); 'today': no year is chosen, or the year is
   * past every date it has.
   */
  basis: 'dates' | 'unknown' | 'today';
}

const yearOf = (d: string | undefined): number | null => (d ? Number(d.slice(0, 4)) : null);

/**
 * The status a feature had by the end of `year`, from its dates. Opened by then: as today. Not yet
 * open: under construction once started, planned when its start is unknown. Before a known start:
 * absent. Without any date: unchanged. Future years never promote a line: a planned opening is a
 * plan, not a fact, so after its last date a feature keeps today's status.
 */
export function statusAsOf(p: Pick<TransportProps, 'status' | 'dates'>, year: number | null): AsOf {
  if (year === null) return { status: p.status, basis: 'today' };
  const start = yearOf(p.dates.start);
  const open = yearOf(p.dates.open);
  if (start === null && open === null) return { status: p.status, basis: p.dates.open_planned ? 'today' : 'unknown' };
  if (start !== null && year < start) return { status: 'absent', basis: 'dates' };
  if (open !== null) {
    if (year >= open) return { status: p.status, basis: 'today' };
    return { status: start !== null ? 'under-construction' : 'planned', basis: 'dates' };
  }
  // Started, not open: under construction from its start on.
  return { status: p.status === 'planned' ? 'under-construction' : p.status, basis: 'today' };
}

type Feature = { properties: Pick<TransportProps, 'id' | 'mode' | 'status' | 'dates' | 'line_ids'> };

/**
 * Every feature's status as of a year, by id. A station has no dates of its own: it is absent
 * while every line it serves is absent, and otherwise as today.
 */
export function transportAsOf(features: readonly Feature[], year: number | null): Map<string, AsOf> {
  const out = new Map<string, AsOf>();
  for (const f of features) if (f.properties.mode !== 'station') out.set(f.properties.id, statusAsOf(f.properties, year));
  for (const f of features) {
    if (f.properties.mode !== 'station') continue;
    const lines = (f.properties.line_ids ?? []).map((id) => out.get(id)).filter((x): x is AsOf => x !== undefined);
    const absent = lines.length > 0 && lines.every((l) => l.status === 'absent');
    out.set(f.properties.id, absent ? { status: 'absent', basis: 'dates' } : statusAsOf(f.properties, year));
  }
  return out;
}
