import type { Partner } from '../../agreements/selectors';
import { partyName } from '../../agreements/new-areas';
import type { PlaceBook } from '../../agreements/places';
import { useStrings } from '../../i18n/use-strings';
import { useViewStore } from '../../state/view-store';
import { PlaceButton } from './PlaceButton';

/**
 * One partner with its counts: signed directly, and through a new area (named in the interface
 * language). `all`: one count of every agreement, for a new area's own panel, where each was signed
 * by the area itself.
 */
export function PartnerChip({ partner: p, book, all = false }: { partner: Partner; book: PlaceBook; all?: boolean }) {
  const t = useStrings();
  const lang = useViewStore((s) => s.lang);
  const areas = p.viaAreas.map((name) => partyName({ name, level: 'new-area' }, lang)).join(lang === 'zh' ? '、' : ', ');
  return (
    <li data-key={p.key}>
      <PlaceButton place={p.place} book={book} fallback={p.place.code} />{' '}
      {all && <span className="count-badge">{t.agreementCount(p.agreements.length)}</span>}
      {!all && p.direct.length > 0 && <span className="count-badge">{t.agreementCount(p.direct.length)}</span>}
      {!all && p.via.length > 0 && (
        <span className="count-badge via" data-via={p.via.length} title={t.partnerViaTitle(areas, p.via.length)}>
          {t.partnerViaCount(p.via.length)}
        </span>
      )}
    </li>
  );
}
