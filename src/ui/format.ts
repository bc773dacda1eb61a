import type { Lang } from '../i18n/strings';

// A number format is slow to make (a few milliseconds, most of a district panel's own script): one per language and precision.
const FORMATS = new Map<string, Intl.NumberFormat>();
const format = (lang: Lang, digits: number): Intl.NumberFormat => {
  const key = `${lang}:${digits}`;
  let f = FORMATS.get(key);
  if (!f) FORMATS.set(key, (f = new Intl.NumberFormat(lang === 'zh' ? 'zh-CN' : 'en-GB', { maximumFractionDigits: digits, minimumFractionDigits: digits })));
  return f;
};

export function formatArea(km2: number, lang: Lang): string {
  return format(lang, km2 < 100 ? 1 : 0).format(km2);
}
