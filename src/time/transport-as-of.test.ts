import { describe, expect, it } from 'vitest';
import { statusAsOf, transportAsOf } from './transport-as-of';

const line = (status: 'open' | 'under-construction' | 'planned' | 'partially-open', dates: { start?: string; open?: string; open_planned?: string }) => ({ status, dates });

describe('statusAsOf', () => {
  it('is today\'s status when no year is chosen', () => {
    expect(statusAsOf(line('open', { start: '2016', open: '2020-12' }), null)).toEqual({ status: 'open', basis: 'today' });
  });

  it('shows a line opened in 2023 as under construction after its start, absent before it, open from 2023', () => {
    const l = line('open', { start: '2019-06', open: '2023-12-26' });
    expect(statusAsOf(l, 2018).status).toBe('absent');
    expect(statusAsOf(l, 2019).status).toBe('under-construction');
    expect(statusAsOf(l, 2021)).toEqual({ status: 'under-construction', basis: 'dates' });
    expect(statusAsOf(l, 2023).status).toBe('open');
    expect(statusAsOf(l, 2035).status).toBe('open');
  });

  it('shows a line whose start is unknown as planned before it opened, never absent', () => {
    const l = line('open', { open: '2023' });
    expect(statusAsOf(l, 2015)).toEqual({ status: 'planned', basis: 'dates' });
    expect(statusAsOf(l, 2022).status).toBe('planned');
    expect(statusAsOf(l, 2024).status).toBe('open');
  });

  it('keeps a partly open line partly open once its open date is past', () => {
    expect(statusAsOf(line('partially-open', { start: '2016', open: '2020' }), 2025).status).toBe('partially-open');
  });

  it('shows a line under construction as absent before its start and under construction after, whatever its planned opening', () => {
    const l = line('under-construction', { start: '2020', open_planned: '2025' });
    expect(statusAsOf(l, 2019).status).toBe('absent');
    expect(statusAsOf(l, 2020).status).toBe('under-construction');
    expect(statusAsOf(l, 2030).status).toBe('under-construction');
  });

  it('leaves a feature without dates unchanged, and says its dates are unknown', () => {
    for (const y of [2015, 2021, 2035]) expect(statusAsOf(line('open', {}), y)).toEqual({ status: 'open', basis: 'unknown' });
    expect(statusAsOf(line('planned', {}), 2015)).toEqual({ status: 'planned', basis: 'unknown' });
  });

  it('leaves a planned line with only a planned opening planned: a plan is not a fact', () => {
    expect(statusAsOf(line('planned', { open_planned: '2030' }), 2035).status).toBe('planned');
    expect(statusAsOf(line('planned', { open_planned: '2030' }), 2016).status).toBe('planned');
  });
});

describe('transportAsOf', () => {
  const f = (id: string, mode: 'hsr' | 'station', dates: { start?: string; open?: string }, line_ids?: string[]) => ({
    properties: { id, mode, status: 'open' as const, dates, line_ids },
  });
  it('hides a station while every line it serves is absent, and keeps one that a present line serves', () => {
    const features = [f('new', 'hsr', { start: '2021', open: '2025' }), f('old', 'hsr', { open: '2010' }), f('s1', 'station', {}, ['new']), f('s2', 'station', {}, ['new', 'old'])];
    const in2019 = transportAsOf(features, 2019);
    expect(in2019.get('new')!.status).toBe('absent');
    expect(in2019.get('s1')!.status).toBe('absent');
    expect(in2019.get('s2')!.status).toBe('open');
    expect(transportAsOf(features, 2022).get('s1')!.status).toBe('open');
  });
});
