import type { Lang } from '../i18n/strings';

export function formatArea(km2: number, lang: Lang): string {
  const digits = km2 < 100 ? 1 : 0;
  return km2.toLocaleString(lang === 'zh' ? 'zh-CN' : 'en-GB', { maximumFractionDigits: digits, minimumFractionDigits: digits });
}
