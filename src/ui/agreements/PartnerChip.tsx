import type { Partner } from '../../agreements/selectors';
import { areaPartyName, newAreaOfParty, type NewArea } from '../../agreements/new-areas';
import { partOfName } from '../../agreements/area-name';
import { placeName, type PlaceBook } from '../../agreements/places';
import { useStrings } from '../../i18n/use-strings';
import { useViewStore } from '../../state/view-store';
import { BodyName } from './BodyName';
import { PlaceButton } from './PlaceButton';
import { NewAreaButton } from '../new-area/NewAreaButton';

/**
 * One partner with its counts: signed directly, and through a new area (经由两江新区, the new area on
 * this side named). The partner is named by who signed at its place, as a network pair is: a new area
 * as a link to its panel, or a body, with the district it is drawn at (四川天府新区（双流区）,
 * 果园港（江北区）); a part of a new area by that part alone (川渝高竹新区（邻水县部分）); the district
 * first where it also signed itself. `of`: the new area whose own panel lists it, where every
 * agreement was signed by that area (one count).
 */
export function PartnerChip({ partner: p, book, of }: { partner: Partner; book: PlaceBook; of?: NewArea }) {
  const t = useStrings();
  const lang = useViewStore((s) => s.lang);
  const select = useViewStore((s) => s.select);
  const all = of !== undefined;
  const bodies = p.bodies.filter((name) => !of || newAreaOfParty({ name, level: 'new-area' }) !== of);
  const selfAreas = p.selfAreas.map((name) => areaPartyName(name, lang, book)).join(t.nameSep);
  const areas = p.viaAreas.map((name) => areaPartyName(name, lang, book)).join(t.nameSep);
  const place = <PlaceButton place={p.place} book={book} fallback={p.place.code} />;
  const districtName = placeName(book.info(p.place), p.place.code, lang);
  // In brackets after a new area or body, the district alone (PlaceButton leaves room for a level tag).
  const district =
    p.place.level === 'district' ? (
      <button type="button" className="link" onClick={() => select({ type: 'district', code: p.place.code }, 'panel')}>
        {districtName}
      </button>
    ) : (
      place
    );
  // A part named after the district says where it is already.
  const bracket = !(p.place.level === 'district' && bodies.length > 0 && bodies.every((name) => partOfName(name) === book.info(p.place)?.name));
  return (
    <li data-key={p.key} className={bodies.length ? 'by-area' : undefined}>
      {bodies.length === 0 ? (
        place
      ) : (
        <>
          {p.itself && (
            <>
              {district}
              {t.nameSep}
            </>
          )}
          {bodies.map((name, i) => {
            const area = newAreaOfParty({ name, level: 'new-area' });
            return (
              <span key={name} data-body={name}>
                {i > 0 && t.nameSep}
                {area ? <NewAreaButton area={area} text={areaPartyName(name, lang, book)} /> : <BodyName name={name} shown={areaPartyName(name, lang, book)} />}
              </span>
            );
          })}
          {bracket && (
            <>
              {lang === 'zh' ? '（' : ' ('}
              {district}
              {lang === 'zh' ? '）' : ')'}
            </>
          )}
        </>
      )}{' '}
      {all && <span className="count-badge">{t.agreementCount(p.agreements.length)}</span>}
      {!all && p.direct.length > 0 && <span className="count-badge">{t.agreementCount(p.direct.length)}</span>}
      {!all && p.via.length > 0 && (
        <span className="count-badge via" data-via={p.via.length} title={t.partnerViaTitle(areas, p.via.length)}>
          {t.partnerViaCount(p.via.length, selfAreas)}
        </span>
      )}
    </li>
  );
}
