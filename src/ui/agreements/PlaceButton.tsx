import type { Place } from '../../data/agreements';
import type { PlaceBook } from '../../agreements/places';
import { placeName } from '../../agreements/places';
import { useStrings } from '../../i18n/use-strings';
import { useViewStore } from '../../state/view-store';

/**
 * A party's place as a link: a district selects that district; a prefecture or province opens its
 * first district, where its agreements show in the prefecture or province-wide section. The level
 * is written beside a prefecture or province, so it is never read as a county.
 */
export function PlaceButton({ place, book, fallback, current }: { place: Place; book: PlaceBook; fallback: string; current?: string | null }) {
  const t = useStrings();
  const lang = useViewStore((s) => s.lang);
  const select = useViewStore((s) => s.select);
  const info = book.info(place);
  const name = placeName(info, fallback, lang);
  const target = book.entryDistrict(place);
  const level = place.level === 'district' ? null : <span className="level">{t.placeLevels[place.level]}</span>;
  const seat = info?.seat ? book.info({ level: 'district', code: info.seat }) : null;
  // The ring and arcs stand at the seat's district: name it as the anchor, so it is not read as the party.
  const seatNote = seat ? <span className="muted seat-note"> · {t.placeSeat(placeName(seat, info!.seat!, lang), place.level === 'province' && place.code !== '500000')}</span> : null;
  if (place.level === 'district' && place.code === current) return <strong className="place self">{name}</strong>;
  if (!target || place.level === 'province') {
    return (
      <span className={`place place-${place.level}`}>
        {name}
        {level && <> {level}</>}
        {seatNote}
      </span>
    );
  }
  return (
    <span className={`place place-${place.level}`}>
      <button
        type="button"
        className="link"
        data-place={`${place.level}:${place.code}`}
        title={info ? `${info.name} · ${info.nameEn}` : undefined}
        onClick={() => select({ type: 'district', code: target }, 'panel')}
      >
        {name}
      </button>
      {/* (A district has no level tag, and no space before a list's next mark: 渝北区、江北区.) */}
      {level && <> {level}</>}
      {seatNote}
    </span>
  );
}
