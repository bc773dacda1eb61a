import { useMemo } from 'react';
import type { Agreement } from '../../data/agreement-schema';
import { dateLabel } from './date-label';
import { titleDetails } from '../../agreements/title-detail';
import { useStrings } from '../../i18n/use-strings';
import { fold } from '../../search/normalise';
import { searchAgreements } from '../../search/agreement-search';
import { useDataStore } from '../../state/data-store';
import { useViewStore } from '../../state/view-store';

const SHOWN = 10;

/** The search's agreement hits (title, party, pinyin, quote), at most ten, in the order shown. */
export function useAgreementHits(query: string): Agreement[] {
  const data = useDataStore((s) => s.data);
  return useMemo(() => {
    if (!data) return [];
    const pinyin = (code: string) => {
      const d = data.districts.byCode.get(code);
      return d ? fold(d.pinyin) : undefined;
    };
    return searchAgreements(data.agreements.list, query, pinyin).slice(0, SHOWN);
  }, [data, query]);
}

/**
 * The agreement hits beside districts and projects: options of the search's one listbox, so that
 * ↑/↓ reach them in the order shown (`option` gives each its id and highlight).
 */
export function AgreementResults({ hits, option, onPick }: { hits: readonly Agreement[]; option(i: number): object; onPick(id: string): void }) {
  const t = useStrings();
  const lang = useViewStore((s) => s.lang);
  const agreements = useDataStore((s) => s.data?.agreements);
  // Alike English titles told apart by the item's own name (or the sentence), as in the table.
  const details = titleDetails(hits, lang);
  if (hits.length === 0 || !agreements) return null;
  return (
    <>
      <h3>{t.searchAgreements}</h3>
      <ul className="district-list projects" data-testid="agreement-results" role="presentation">
        {hits.map((a, i) => (
          <li key={a.id} role="presentation">
            <button type="button" role="option" {...option(i)} data-id={a.id} onClick={() => onPick(a.id)}>
              <span className="name">
                {lang === 'zh' ? a.title_zh : a.title_en}
                {details.get(a.id) && (
                  <span className="item-name" lang="zh">
                    {details.get(a.id)}
                  </span>
                )}
              </span>
              <span className={a.date ? 'meta date' : 'meta'}>{dateLabel(a, agreements, t)}</span>
            </button>
          </li>
        ))}
      </ul>
    </>
  );
}
