import { useDeferredValue, useMemo, useRef, useState } from 'react';
import type { DistrictIndex } from '../data/districts';
import { useStrings } from '../i18n/use-strings';
import { searchDistricts } from '../search/district-search';
import { prefectureNames } from '../search/prefecture-names';
import { useDataStore } from '../state/data-store';
import { searchTransport } from '../search/transport-search';
import { districtsLead } from '../search/result-order';
import type { TransportIndex } from '../data/transport';
import { useViewStore, type Selection } from '../state/view-store';
import { districtLabel, parentName } from './DistrictName';
import type { PlaceBook } from '../agreements/places';
import { SEARCH_ID } from './use-escape';
import { AgreementResults, useAgreementHits } from './agreements/AgreementResults';
import { revealPanel } from './show-panel';
import { NEW_AREAS } from '../agreements/new-areas';
import { searchNewAreas } from '../search/new-area-search';
import { NewAreaResults } from './new-area/NewAreaResults';

const optionId = (i: number) => `search-option-${i}`;

/**
 * All 221 districts, searchable: the way in without a map, and a quick way in with one. The
 * search box is a combobox: the results (new areas named by the query first, then districts and
 * projects, districts first when one is named, see districtsLead; agreements after both) are one
 * list in the order shown. Nothing is highlighted
 * until ↓ or ↑, which then move through that order; Enter takes the highlighted result, or the first
 * one shown. The result buttons are out of the Tab order, so Tab goes from the search box on to the
 * map instead of through 221 names.
 */
export function DistrictList({ index, transport, book }: { index: DistrictIndex; transport: TransportIndex; book: PlaceBook }) {
  const t = useStrings();
  const lang = useViewStore((s) => s.lang);
  const select = useViewStore((s) => s.select);
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const [navigated, setNavigated] = useState(false);
  const section = useRef<HTMLElement>(null);
  const deferred = useDeferredValue(query);
  const adminLabels = useDataStore((s) => s.data?.adminLabels ?? null);
  const prefectures = useMemo(() => prefectureNames(adminLabels), [adminLabels]);
  const hits = useMemo(() => searchDistricts(index.list, deferred, prefectures), [index, deferred, prefectures]);
  const projects = useMemo(() => searchTransport(transport.features, deferred).slice(0, 12), [transport, deferred]);
  const areas = useMemo(() => searchNewAreas(NEW_AREAS, deferred), [deferred]);
  const agreements = useAgreementHits(deferred);
  const districtsFirst = districtsLead(hits);
  const results: Selection[] = useMemo(() => {
    const n = areas.map((x): Selection => ({ type: 'new-area', id: x.id }));
    const p = projects.map((f): Selection => ({ type: 'feature', id: f.properties.id }));
    const d = hits.map(({ district }): Selection => ({ type: 'district', code: district.code }));
    const a = agreements.map((x): Selection => ({ type: 'agreement', id: x.id }));
    return [...n, ...(districtsFirst ? [...d, ...p] : [...p, ...d]), ...a];
  }, [areas, projects, hits, agreements, districtsFirst]);
  const projectOffset = areas.length + (districtsFirst ? hits.length : 0);
  const districtOffset = areas.length + (districtsFirst ? 0 : projects.length);
  const agreementOffset = areas.length + hits.length + projects.length;
  // The highlight shows once an arrow key is pressed (and stays on the list as it changes).
  const highlighted = results.length === 0 || !navigated ? -1 : Math.min(active, results.length - 1);
  const pick = (s: Selection) => {
    select(s, 'panel');
    // Back in the box later, ↓ starts again from the top.
    setNavigated(false);
    // The focus would otherwise stay in a search box the pane now scrolls out of sight.
    revealPanel(section.current?.parentElement ?? null, true);
  };
  const option = (i: number) => ({
    id: optionId(i),
    tabIndex: -1,
    className: i === highlighted ? 'active' : undefined,
    'aria-selected': i === highlighted,
  });
  const projectGroup = projects.length > 0 && (
    <>
      <h3>{t.projects}</h3>
      <ul className="district-list projects" data-testid="project-results" role="presentation">
        {projects.map((f, i) => (
          <li key={f.properties.id} role="presentation">
            <button type="button" role="option" {...option(projectOffset + i)} data-id={f.properties.id} onClick={() => pick({ type: 'feature', id: f.properties.id })}>
              <span className="name">{lang === 'zh' || !f.properties.name_en ? f.properties.name_zh : f.properties.name_en}</span>
              <span className="meta">{t.modes[f.properties.mode]}</span>
            </button>
          </li>
        ))}
      </ul>
    </>
  );
  // A query that names a new area but no district is answered by the new area: an empty districts
  // heading or "no district matches" above it would read as "not found".
  const districtGroup = hits.length === 0 && areas.length > 0 ? null : (
    <>
      {(projects.length > 0 || areas.length > 0) && <h3>{t.districtList}</h3>}
      <p className="count" aria-live="polite">
        {hits.length > 0 ? t.countShown(hits.length, index.list.length) : results.length === 0 ? t.noResult : t.noMatch}
      </p>
      <ul className="district-list" data-testid="district-results" role="presentation">
        {hits.map(({ district: d }, i) => (
          <li key={d.code} role="presentation">
            <button type="button" role="option" {...option(districtOffset + i)} data-code={d.code} onClick={() => pick({ type: 'district', code: d.code })}>
              <span className="name">{districtLabel(d, lang)}</span>
              <span className="meta">
                {lang === 'zh' ? d.pinyin : d.name} · {parentName(d, lang, t.provinceName, book)}
              </span>
            </button>
          </li>
        ))}
      </ul>
    </>
  );

  return (
    <section ref={section} className="panel list-panel" aria-labelledby="list-title">
      <h2 id="list-title">{t.districtList}</h2>
      <input
        id={SEARCH_ID}
        type="search"
        role="combobox"
        aria-expanded={results.length > 0}
        aria-controls="search-results"
        aria-autocomplete="list"
        aria-activedescendant={highlighted >= 0 ? optionId(highlighted) : undefined}
        data-testid="search-input"
        className="search"
        placeholder={t.searchPlaceholder}
        aria-label={t.searchLabel}
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
          setNavigated(false);
          // With a tall panel open above, the results would start below the window's edge.
          section.current?.scrollIntoView({ block: 'start' });
        }}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
            e.preventDefault();
            const next = Math.max(0, Math.min(results.length - 1, (highlighted < 0 ? -1 : highlighted) + (e.key === 'ArrowDown' ? 1 : -1)));
            setActive(next);
            setNavigated(true);
            document.getElementById(optionId(next))?.scrollIntoView({ block: 'nearest' });
          } else if (e.key === 'Enter') {
            const chosen = results[highlighted < 0 ? 0 : highlighted];
            if (chosen) pick(chosen);
          }
        }}
      />
      <div id="search-results" role="listbox" aria-label={t.searchLabel}>
        <NewAreaResults hits={areas} book={book} option={option} onPick={(id) => pick({ type: 'new-area', id })} />
        {districtsFirst && districtGroup}
        {projectGroup}
        {!districtsFirst && districtGroup}
        <AgreementResults hits={agreements} option={(i) => option(agreementOffset + i)} onPick={(id) => pick({ type: 'agreement', id })} />
      </div>
    </section>
  );
}
