import { useMemo } from 'react';
import { networkLinks, pairAgreements } from '../../agreements/selectors';
import { pairPlaceLabels } from '../../agreements/place-label';
import type { MapData } from '../../state/data-store';
import { useStrings } from '../../i18n/use-strings';
import { pairSelection, useViewStore } from '../../state/view-store';
import { useMapStatus } from '../../state/map-status-store';
import { bookOf, useVisibleAgreements } from './use-agreement-data';

const SHOWN = 15;

/** In network mode with nothing selected: the busiest links as a list, the way to a pair without a mouse. */
export function NetworkPanel({ data }: { data: MapData }) {
  const t = useStrings();
  const lang = useViewStore((s) => s.lang);
  const select = useViewStore((s) => s.select);
  const noMap = useMapStatus((s) => s.unavailable);
  const index = useVisibleAgreements(data);
  const links = useMemo(() => networkLinks(index).slice(0, SHOWN), [index]);
  const book = bookOf(data);
  return (
    <section className="panel" data-testid="network-panel" aria-labelledby="network-title">
      <h2 id="network-title">{t.networkLinks}</h2>
      <p className="muted">{noMap ? t.networkHintNoMap : t.networkHint}</p>
      <p className="muted" data-testid="network-rank-note">
        {t.networkRankNote}
      </p>
      <ol className="network-list">
        {links.map((l) => (
          <li key={`${l.a}|${l.b}`}>
            {/* A row inside the item, so the list keeps its numbers. */}
            <span className="titled-row">
              <button type="button" className="link" data-pair={`${l.a}|${l.b}`} onClick={() => select(pairSelection(l.a, l.b), 'panel')}>
                {t.pairTitle(...pairPlaceLabels(index, [l.a, l.b], pairAgreements(index, l.a, l.b), book, lang, t))}
              </button>
              <span className="count-badge">{t.agreementCount(l.count)}</span>
            </span>
          </li>
        ))}
      </ol>
    </section>
  );
}
