import type { Lang } from '../i18n/strings';

/**
 * A transport name in the interface language: the English one where the data has it (a station's
 * is China Railway's pinyin form, scripts/transport/station-names.ts), else the Chinese, with the
 * language it is in, for the element's `lang`.
 */
export function transportName(p: { name_zh: string; name_en?: string | null }, lang: Lang): { text: string; lang: Lang } {
  return lang === 'en' && p.name_en ? { text: p.name_en, lang: 'en' } : { text: p.name_zh, lang: 'zh' };
}
