import { useMemo } from 'react';
import { networkLinks } from '../../agreements/selectors';
import { linkPlaceLabel } from '../../agreements/place-label';
import type { MapData } from '../../state/data-store';
import { useStrings } from '../../i18n/use-strings';
import { pairSelection, useViewStore } from '../../state/view-store';
import { bookOf, useVisibleAgreements } from './use-agreement-data';

const SHOWN = 15;

/** In network mode with nothing selected: the busiest links as a list, the way to a pair without a mouse. */
export function NetworkPanel({ data }: { data: MapData }) {
  const t = useStrings();
  const lang = useViewStore((s) => s.lang);
  const select = useViewStore((s) => s.select);
  const index = useVisibleAgreements(data);
  const links = useMemo(() => networkLinks(index).slice(0, SHOWN), [index]);
  const book = bookOf(data);
  const name = (key: string) => linkPlaceLabel(key, book, lang, t.placeWhole);
  return (
    <section className="panel" data-testid="network-panel" aria-labelledby="network-title">
      <h2 id="network-title">{t.networkLinks}</h2>
      <p className="muted">{t.networkHint}</p>
      <ol className="network-list">
        {links.map((l) => (
          <li key={`${l.a}|${l.b}`}>
            {/* A row inside the item, so the list keeps its numbers. */}
            <span className="titled-row">
              <button type="button" className="link" data-pair={`${l.a}|${l.b}`} onClick={() => select(pairSelection(l.a, l.b), 'panel')}>
                {t.pairTitle(name(l.a), name(l.b))}
              </button>
              <span className="count-badge">{t.agreementCount(l.count)}</span>
            </span>
          </li>
        ))}
      </ol>
    </section>
  );
}
