import { useDeferredValue, useMemo, useState } from 'react';
import type { Agreement } from '../../data/agreement-schema';
import type { Domain } from '../../data/agreement-vocab';
import { domainCounts, groupAgreements, undatedReportedYear, type GroupBy } from '../../agreements/selectors';
import { useAgreementViewStore } from '../../state/agreement-view-store';
import { useStrings } from '../../i18n/use-strings';
import type { Strings } from '../../i18n/strings';

/**
 * Cards drawn at first; the rest on request. A district with a hundred agreements (a hundred times
 * today's) would otherwise cost its panel several times the frame that shows it.
 */
const CARDS_SHOWN = 20;
/**
 * Of those, the first few are drawn with the panel and the rest in the frame after: with a hundred
 * times today's agreements, twenty cards in the click's own frame made the panel come a third of a
 * frame later than a district with three.
 */
const FIRST_CARDS = 6;

/** Agreement cards in groups by year or field (the district and new-area panels). */
export function GroupedCards({ list, by, reportedYear, t, render }: { list: readonly Agreement[]; by: GroupBy; reportedYear: ReadonlyMap<string, number>; t: Strings; render(a: Agreement): React.ReactNode }) {
  const [wanted, setLimit] = useState(CARDS_SHOWN);
  const limit = useDeferredValue(wanted, Math.min(wanted, FIRST_CARDS));
  const groups = groupAgreements(list.slice(0, limit), by, reportedYear);
  const title = (key: string) => {
    if (by !== 'year') return key === 'none' ? t.noField : t.domains[key as Domain];
    const reported = undatedReportedYear(key);
    return key === 'undated' ? t.undated : reported !== null ? t.undatedReported(reported) : key;
  };
  return (
    <>
      {groups.map((g) => (
        <div key={g.key} className="agreement-group" data-group={g.key}>
          <h5>
            {title(g.key)} <span className="muted">({g.agreements.length})</span>
          </h5>
          {g.agreements.map(render)}
        </div>
      ))}
      {list.length > limit && limit >= CARDS_SHOWN && (
        <button type="button" className="link" data-testid="more-cards" onClick={() => setLimit((l) => l + CARDS_SHOWN * 5)}>
          {t.moreCards(Math.min(CARDS_SHOWN * 5, list.length - limit), list.length)}
        </button>
      )}
    </>
  );
}

/** How many of the agreements name each field, most first. */
export function FieldCounts({ list }: { list: readonly Agreement[] }) {
  const t = useStrings();
  const counts = useMemo(() => domainCounts(list), [list]);
  if (counts.length === 0) return null;
  return (
    <>
      <h4 className="sub">{t.fieldCounts}</h4>
      <ul className="tags counts" data-testid="field-counts">
        {counts.map(([d, n]) => (
          <li key={d}>
            {t.domains[d]} {n}
          </li>
        ))}
      </ul>
    </>
  );
}

/** Cards by year or by field (kept for the session, for every panel). */
export function GroupBySwitch() {
  const t = useStrings();
  const groupBy = useAgreementViewStore((s) => s.groupBy);
  const setGroupBy = useAgreementViewStore((s) => s.setGroupBy);
  return (
    <fieldset className="group-by">
      <legend>{t.groupBy}</legend>
      {(['year', 'field'] as const).map((g) => (
        <label key={g}>
          <input type="radio" name="group-by" value={g} checked={groupBy === g} onChange={() => setGroupBy(g)} /> {g === 'year' ? t.groupByYear : t.groupByField}
        </label>
      ))}
    </fieldset>
  );
}
