import type { Partner } from '../../agreements/selectors';
import { newAreaOfParty, partyName, type NewArea } from '../../agreements/new-areas';
import { placeName, type PlaceBook } from '../../agreements/places';
import { useStrings } from '../../i18n/use-strings';
import { useViewStore } from '../../state/view-store';
import { PlaceButton } from './PlaceButton';
import { NewAreaButton } from '../new-area/NewAreaButton';

/**
 * One partner with its counts: signed directly, and through a new area (named in the interface
 * language). `of`: the new area whose own panel lists it, where every agreement was signed by that
 * area (one count), and a partner that is another new area is named by it, a link to its panel,
 * with the district it is drawn at: 两江新区（渝北区）.
 */
export function PartnerChip({ partner: p, book, of }: { partner: Partner; book: PlaceBook; of?: NewArea }) {
  const t = useStrings();
  const lang = useViewStore((s) => s.lang);
  const areas = p.viaAreas.map((name) => partyName({ name, level: 'new-area' }, lang)).join(lang === 'zh' ? '、' : ', ');
  const all = of !== undefined;
  const others = of ? [...new Set(p.viaAreas.map((name) => newAreaOfParty({ name, level: 'new-area' })))].filter((a): a is NewArea => a !== undefined && a !== of) : [];
  const select = useViewStore((s) => s.select);
  const place = <PlaceButton place={p.place} book={book} fallback={p.place.code} />;
  // In brackets after a new area, the district alone (PlaceButton leaves room for a level tag).
  const district =
    p.place.level === 'district' ? (
      <button type="button" className="link" onClick={() => select({ type: 'district', code: p.place.code }, 'panel')}>
        {placeName(book.info(p.place), p.place.code, lang)}
      </button>
    ) : (
      place
    );
  return (
    <li data-key={p.key} className={others.length ? 'by-area' : undefined}>
      {others.length === 0 ? (
        place
      ) : (
        <>
          {others.map((a, i) => (
            <span key={a.id}>
              {i > 0 && (lang === 'zh' ? '、' : ', ')}
              <NewAreaButton area={a} />
            </span>
          ))}
          {lang === 'zh' ? '（' : ' ('}
          {district}
          {lang === 'zh' ? '）' : ')'}
        </>
      )}{' '}
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
