import type { District } from '../data/districts';
import type { Lang } from '../i18n/strings';

/** A district's name in the current language, with the other forms as a tooltip. */
export function districtLabel(d: District, lang: Lang): string {
  return lang === 'zh' ? d.name : d.nameEn;
}

export function DistrictLink({ district, lang, onSelect }: { district: District; lang: Lang; onSelect(code: string): void }) {
  return (
    <button type="button" className="link" title={`${district.name} · ${district.pinyin} · ${district.nameEn}`} onClick={() => onSelect(district.code)}>
      {districtLabel(district, lang)}
    </button>
  );
}
