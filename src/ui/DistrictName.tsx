import type { District } from '../data/districts';
import type { Lang } from '../i18n/strings';
import type { PlaceBook } from '../agreements/places';

/** A district's name in the current language, with the other forms as a tooltip. */
export function districtLabel(d: District, lang: Lang): string {
  return lang === 'zh' ? d.name : d.nameEn;
}

/**
 * The place a district belongs to, as the panels and the search list name it: the municipality
 * for Chongqing's districts (they stand directly under it), else the prefecture, in the current
 * language (its English name from the place book; the Chinese one while that is not loaded).
 */
export function parentName(d: District, lang: Lang, provinceName: Readonly<Record<string, string>>, book: PlaceBook | null): string {
  if (d.provinceCode === '500000') return provinceName['500000'] ?? d.prefecture;
  if (lang === 'zh') return d.prefecture;
  return book?.info({ level: 'prefecture', code: d.prefectureCode })?.nameEn ?? d.prefecture;
}

export function DistrictLink({ district, lang, onSelect }: { district: District; lang: Lang; onSelect(code: string): void }) {
  return (
    <button type="button" className="link" title={`${district.name} · ${district.pinyin} · ${district.nameEn}`} onClick={() => onSelect(district.code)}>
      {districtLabel(district, lang)}
    </button>
  );
}
