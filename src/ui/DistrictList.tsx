import { useDeferredValue, useMemo, useRef, useState } from 'react';
import type { DistrictIndex } from '../data/districts';
import { useStrings } from '../i18n/use-strings';
import { searchDistricts } from '../search/district-search';
import { searchTransport } from '../search/transport-search';
import type { TransportIndex } from '../data/transport';
import { useViewStore } from '../state/view-store';
import { districtLabel } from './DistrictName';
import { AgreementResults } from './agreements/AgreementResults';

/** All 221 districts, searchable: the way in without a map, and a quick way in with one. */
export function DistrictList({ index, transport }: { index: DistrictIndex; transport: TransportIndex }) {
  const t = useStrings();
  const lang = useViewStore((s) => s.lang);
  const select = useViewStore((s) => s.select);
  const [query, setQuery] = useState('');
  const section = useRef<HTMLElement>(null);
  const deferred = useDeferredValue(query);
  const hits = useMemo(() => searchDistricts(index.list, deferred), [index, deferred]);
  const projects = useMemo(() => searchTransport(transport.features, deferred).slice(0, 12), [transport, deferred]);

  return (
    <section ref={section} className="panel list-panel" aria-labelledby="list-title">
      <h2 id="list-title">{t.districtList}</h2>
      <input
        type="search"
        data-testid="search-input"
        className="search"
        placeholder={t.searchPlaceholder}
        aria-label={t.searchLabel}
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          // With a tall panel open above, the results would start below the window's edge.
          section.current?.scrollIntoView({ block: 'start' });
        }}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && hits[0]) select({ type: 'district', code: hits[0].district.code }, 'panel');
        }}
      />
      {projects.length > 0 && (
        <>
          <h3>{t.projects}</h3>
          <ul className="district-list projects" data-testid="project-results">
            {projects.map((f) => (
              <li key={f.properties.id}>
                <button type="button" data-id={f.properties.id} onClick={() => select({ type: 'feature', id: f.properties.id }, 'panel')}>
                  <span className="name">{lang === 'zh' || !f.properties.name_en ? f.properties.name_zh : f.properties.name_en}</span>
                  <span className="meta">{t.modes[f.properties.mode]}</span>
                </button>
              </li>
            ))}
          </ul>
          <h3>{t.districtList}</h3>
        </>
      )}
      <AgreementResults query={deferred} />
      <p className="count" aria-live="polite">
        {hits.length === 0 ? t.noMatch : t.countShown(hits.length, index.list.length)}
      </p>
      <ul className="district-list">
        {hits.map(({ district: d }) => (
          <li key={d.code}>
            <button type="button" data-code={d.code} onClick={() => select({ type: 'district', code: d.code }, 'panel')}>
              <span className="name">{districtLabel(d, lang)}</span>
              <span className="meta">
                {lang === 'zh' ? d.pinyin : d.name} · {d.provinceCode === '500000' ? t.provinceName['500000'] : d.prefecture}
              </span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
