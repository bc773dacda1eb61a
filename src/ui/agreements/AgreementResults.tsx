import { useMemo } from 'react';
import { dateLabel } from './date-label';
import { useStrings } from '../../i18n/use-strings';
import { fold } from '../../search/normalise';
import { searchAgreements } from '../../search/agreement-search';
import { useDataStore } from '../../state/data-store';
import { useViewStore } from '../../state/view-store';

const SHOWN = 10;

/** The search's agreement hits (title, party, pinyin, quote) beside districts and projects. */
export function AgreementResults({ query, onPicked }: { query: string; onPicked?: () => void }) {
  const t = useStrings();
  const lang = useViewStore((s) => s.lang);
  const select = useViewStore((s) => s.select);
  const data = useDataStore((s) => s.data);
  const hits = useMemo(() => {
    if (!data) return [];
    const pinyin = (code: string) => {
      const d = data.districts.byCode.get(code);
      return d ? fold(d.pinyin) : undefined;
    };
    return searchAgreements(data.agreements.list, query, pinyin).slice(0, SHOWN);
  }, [data, query]);
  if (hits.length === 0) return null;
  return (
    <>
      <h3>{t.searchAgreements}</h3>
      <ul className="district-list projects" data-testid="agreement-results">
        {hits.map((a) => (
          <li key={a.id}>
            <button type="button" data-id={a.id} onClick={() => {
                select({ type: 'agreement', id: a.id }, 'panel');
                onPicked?.();
              }}>
              <span className="name">{lang === 'zh' ? a.title_zh : a.title_en}</span>
              <span className="meta">{dateLabel(a, data!.agreements, t)}</span>
            </button>
          </li>
        ))}
      </ul>
    </>
  );
}
