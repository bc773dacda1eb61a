import type { NewArea } from '../../agreements/new-areas';
import { newAreaName } from '../../agreements/new-areas';
import type { PlaceBook } from '../../agreements/places';
import { placeName } from '../../agreements/places';
import { useStrings } from '../../i18n/use-strings';
import { useViewStore } from '../../state/view-store';

/** The search's new areas: each marked 新区 with the district it is administered from. */
export function NewAreaResults({ hits, book, option, onPick }: { hits: readonly NewArea[]; book: PlaceBook; option: (i: number) => object; onPick: (id: string) => void }) {
  const t = useStrings();
  const lang = useViewStore((s) => s.lang);
  if (hits.length === 0) return null;
  return (
    <>
      <h3>{t.newAreas}</h3>
      <ul className="district-list new-areas" data-testid="new-area-results" role="presentation">
        {hits.map((a, i) => (
          <li key={a.id} role="presentation">
            <button type="button" role="option" {...option(i)} data-id={a.id} onClick={() => onPick(a.id)}>
              <span className="name">
                {newAreaName(a, lang)} <span className="level">{t.newAreaTag}</span>
              </span>
              <span className="meta">
                {lang === 'zh' ? a.pinyin : a.zh} · {t.newAreaMainIn(placeName(book.info({ level: 'district', code: a.main }), a.main, lang))}
              </span>
            </button>
          </li>
        ))}
      </ul>
    </>
  );
}
