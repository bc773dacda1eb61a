import { useMemo } from 'react';
import type { PlaceKey } from '../../data/agreements';
import { pairAgreements } from '../../agreements/selectors';
import { pairPlaceLabels } from '../../agreements/place-label';
import type { MapData } from '../../state/data-store';
import { useStrings } from '../../i18n/use-strings';
import { useViewStore } from '../../state/view-store';
import { PanelHeader } from '../PanelHeader';
import { AgreementCard } from './AgreementCard';
import { bookOf, useVisibleAgreements } from './use-agreement-data';

/** The agreements between two places: what a link of the network stands for. */
export function PairPanel({ data, pair }: { data: MapData; pair: readonly [PlaceKey, PlaceKey] }) {
  const t = useStrings();
  const lang = useViewStore((s) => s.lang);
  const select = useViewStore((s) => s.select);
  const book = bookOf(data);
  const index = useVisibleAgreements(data);
  const list = useMemo(() => pairAgreements(index, pair[0], pair[1]), [index, pair]);
  const [a, b] = pairPlaceLabels(index, pair, list, book, lang, t);
  return (
    <section className="panel" data-testid="pair-panel" data-pair={pair.join('|')} aria-labelledby="pair-title">
      <PanelHeader titleId="pair-title" title={t.pairTitle(a, b)} subtitle={t.pairCount(list.length)} onClose={() => select({ type: 'none' }, 'panel')} />
      {list.map((ag) => (
        <AgreementCard key={ag.id} agreement={ag} index={index} book={book} current={null} />
      ))}
    </section>
  );
}
