import { useMemo } from 'react';
import { activeFilters, filtersToLoosen, undatedByReportIn, without, type ActiveFilter } from '../../filters/agreement-filter';
import { useStrings } from '../../i18n/use-strings';
import type { MapData } from '../../state/data-store';
import { useViewStore } from '../../state/view-store';
import { DEFAULT_FILTERS, DOMAINS, KINDS, PARTNER_PROVINCES, type PartnerProvince } from '../../state/view-types';
import { YearInput } from './YearInput';
import { useVisibleAgreements } from '../agreements/use-agreement-data';
import { chipKey, chipLabel } from './chip-label';

const CONFIDENCES = [0.5, 0.7, 0.8, 0.9] as const;
const toggled = <T,>(list: readonly T[], x: T): T[] => (list.includes(x) ? list.filter((y) => y !== x) : [...list, x]);

/**
 * The agreement filters: the controls (folded), the active filters as removable chips, the count
 * of what passes, and when nothing passes, which filters to loosen. Every change goes to the view
 * store, so the link, the map and every panel follow.
 */
export function FilterBar({ data }: { data: MapData }) {
  const t = useStrings();
  const filters = useViewStore((s) => s.filters);
  const asOf = useViewStore((s) => s.asOf);
  const setFilters = useViewStore((s) => s.setFilters);
  const setAsOf = useViewStore((s) => s.setAsOf);
  const visible = useVisibleAgreements(data);
  const total = data.agreements.list.length;
  const active = activeFilters(filters, asOf);
  const panel = useViewStore((s) => s.panel);
  // In the plain map nothing is drawn for the agreements until a place is picked: the filter's result is seen in the other modes.
  const plainUnpicked = useViewStore((s) => s.mapMode === 'plain' && s.selection.type === 'none');
  const setMapMode = useViewStore((s) => s.setMapMode);
  const setPanel = useViewStore((s) => s.setPanel);
  const undated = useMemo(() => undatedByReportIn(data.agreements, filters, asOf), [data.agreements, filters, asOf]);
  // Emptying both year boxes ends the range, and with it the switch that belongs to it.
  const setYears = (years: [number, number] | null) => setFilters(years ? { years } : { years: null, undatedByReport: false });
  const remove = (a: ActiveFilter) => {
    const next = without(filters, asOf, a);
    setFilters(next.filters);
    if (next.asOf !== asOf) setAsOf(next.asOf);
  };
  return (
    <section className="panel filter-bar" data-testid="filters" aria-labelledby="filters-title">
      <details className="filter-controls">
        <summary>
          <h2 id="filters-title">{t.filters}</h2>
        </summary>
        <fieldset>
          <legend>{t.filterFields}</legend>
          {DOMAINS.map((d) => (
            <label key={d}>
              <input type="checkbox" data-domain={d} checked={filters.domains.includes(d)} onChange={() => setFilters({ domains: toggled(filters.domains, d).sort() })} />
              {t.domains[d]}
            </label>
          ))}
        </fieldset>
        <fieldset>
          <legend>{t.filterKinds}</legend>
          {KINDS.map((k) => (
            <label key={k}>
              <input type="checkbox" data-kind={k} checked={filters.kinds.includes(k)} onChange={() => setFilters({ kinds: toggled(filters.kinds, k).sort() })} />
              {t.kinds[k]}
            </label>
          ))}
        </fieldset>
        <fieldset className="filter-years">
          <legend>{t.filterYears}</legend>
          <label>
            {t.filterYearFrom}{' '}
            <YearInput years={filters.years} bound="from" testId="filter-year-from" placeholder={t.filterAny} onChange={setYears} />
          </label>
          <label>
            {t.filterYearTo}{' '}
            <YearInput years={filters.years} bound="to" testId="filter-year-to" placeholder={t.filterAny} onChange={setYears} />
          </label>
          <label className="filter-undated-switch">
            <input
              type="checkbox"
              data-testid="filter-undated-switch"
              checked={filters.undatedByReport}
              disabled={!filters.years}
              onChange={(e) => setFilters({ undatedByReport: e.target.checked })}
            />
            {t.filterUndatedSwitch}
          </label>
        </fieldset>
        <label className="filter-select">
          {t.filterPartner}{' '}
          <select data-testid="filter-partner" value={filters.partnerProvince ?? ''} onChange={(e) => setFilters({ partnerProvince: (e.target.value || null) as PartnerProvince | null })}>
            <option value="">{t.filterAny}</option>
            {PARTNER_PROVINCES.map((p) => (
              <option key={p} value={p}>
                {t.filterPartners[p]}
              </option>
            ))}
          </select>
        </label>
        <label className="filter-select">
          {t.filterConfidence}{' '}
          <select data-testid="filter-confidence" value={filters.minConfidence ?? ''} onChange={(e) => setFilters({ minConfidence: e.target.value ? Number(e.target.value) : null })}>
            <option value="">{t.filterAny}</option>
            {CONFIDENCES.map((c) => (
              <option key={c} value={c}>
                ≥ {c}
              </option>
            ))}
          </select>
        </label>
      </details>
      <p className="filter-count" data-testid="filter-count" role="status">
        {t.filterCount(visible.list.length, total)}
      </p>
      {active.length > 0 && plainUnpicked && visible.list.length > 0 && (
        <p className="filter-plain" data-testid="filter-plain">
          {t.filterPlainMap}{' '}
          <button type="button" className="link" data-testid="filter-show-network" onClick={() => setMapMode('network')}>
            {t.filterShowNetwork}
          </button>
        </p>
      )}
      {filters.years && (filters.undatedByReport || undated > 0) && (
        <p className="filter-undated" data-testid="filter-undated" data-included={filters.undatedByReport} data-count={undated}>
          {filters.undatedByReport ? t.filterUndatedIncluded(undated) : t.filterUndatedLeftOut(undated)}{' '}
          <button type="button" className="link" data-testid="filter-undated-toggle" onClick={() => setFilters({ undatedByReport: !filters.undatedByReport })}>
            {filters.undatedByReport ? t.filterUndatedExclude : t.filterUndatedInclude}
          </button>
        </p>
      )}
      {active.length > 0 && (
        <ul className="chips filter-chips">
          {active.map((a) => (
            <li key={chipKey(a)}>
              <button type="button" data-testid="filter-chip" data-chip={chipKey(a)} aria-label={t.filterRemove(chipLabel(a, t))} onClick={() => remove(a)}>
                {chipLabel(a, t)} ×
              </button>
            </li>
          ))}
          <li>
            <button
              type="button"
              className="link"
              onClick={() => {
                setFilters(DEFAULT_FILTERS);
                setAsOf(null);
              }}
            >
              {t.filterClear}
            </button>
          </li>
        </ul>
      )}
      <button type="button" className="link" data-testid="panel-switch" onClick={() => setPanel(panel === 'table' ? 'list' : 'table')}>
        {panel === 'table' ? t.showList : t.showTable}
      </button>
    </section>
  );
}

/**
 * Over the map when no agreement passes: never a blank map without a word. It names the filters
 * whose removal alone would bring agreements back, each a button that removes it.
 */
export function FilterEmpty({ data }: { data: MapData }) {
  const t = useStrings();
  const filters = useViewStore((s) => s.filters);
  const asOf = useViewStore((s) => s.asOf);
  const setFilters = useViewStore((s) => s.setFilters);
  const setAsOf = useViewStore((s) => s.setAsOf);
  const visible = useVisibleAgreements(data);
  const total = data.agreements.list.length;
  const loosen = useMemo(
    () => (visible.list.length === 0 && total > 0 ? filtersToLoosen(data.agreements, filters, asOf) : []),
    [visible, total, data.agreements, filters, asOf],
  );
  if (loosen.length === 0) return null;
  return (
    <div className="filter-empty" data-testid="filter-empty" role="alert">
      <p>{t.filterEmpty}</p>
      <p>
        {t.filterLoosen('')}
        {loosen.map((a) => (
          <button
            key={chipKey(a)}
            type="button"
            className="link"
            data-chip={chipKey(a)}
            onClick={() => {
              const next = without(filters, asOf, a);
              setFilters(next.filters);
              if (next.asOf !== asOf) setAsOf(next.asOf);
            }}
          >
            {chipLabel(a, t)}
          </button>
        ))}
      </p>
    </div>
  );
}
