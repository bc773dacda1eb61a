/**
 * Chinese, pinyin and English forms of admin names. English follows the official practice for
 * Chinese place names (Hanyu Pinyin of the proper name, GB/T 16159, plus the unit type in English);
 * exonyms such as "Barkam" for 马尔康 are not used, so every name follows one rule.
 */

/** Readings pinyin-pro gets wrong in place names (checked against 《中华人民共和国行政区划简册》 usage). */
export const PLACE_READINGS: Readonly<Record<string, string>> = {
  什邡: 'shí fāng',
  阆中: 'làng zhōng',
  筠连: 'jūn lián',
  夹江: 'jiā jiāng',
  丰都: 'fēng dū',
  新都: 'xīn dū',
  郫都: 'pí dū',
  重庆: 'chóng qìng',
  成都: 'chéng dū',
};

const ETHNIC: ReadonlyArray<[string, string]> = [
  ['土家族', 'Tujia'],
  ['苗族', 'Miao'],
  ['藏族', 'Tibetan'],
  ['羌族', 'Qiang'],
  ['彝族', 'Yi'],
];

const TYPES: ReadonlyArray<[RegExp, string]> = [
  [/自治州$/, 'Autonomous Prefecture'],
  [/自治县$/, 'Autonomous County'],
  [/省$/, 'Province'],
  [/市$/, 'City'],
  [/区$/, 'District'],
  [/县$/, 'County'],
];

export interface NameParts {
  /** The proper name without type or ethnic qualifier: 石柱土家族自治县 → 石柱. */
  stem: string;
  ethnic: string[];
  type: string;
}

export function splitName(name: string): NameParts {
  let rest = name;
  const type = TYPES.find(([re]) => re.test(rest));
  if (type) rest = rest.replace(type[0], '');
  const ethnic: string[] = [];
  for (let changed = true; changed; ) {
    changed = false;
    for (const [zh, en] of ETHNIC) {
      if (rest.endsWith(zh) && rest.length > zh.length) {
        rest = rest.slice(0, -zh.length);
        ethnic.unshift(en);
        changed = true;
      }
    }
  }
  return { stem: rest, ethnic, type: type?.[1] ?? '' };
}

/**
 * The short form planners write (大足区 → 大足). A one-character stem keeps its suffix (泸县, 忠县,
 * 东区), since 泸 or 东 alone is not a name anyone uses for the district.
 */
export function shortName(name: string): string {
  const { stem } = splitName(name);
  return stem.length >= 2 ? stem : name;
}

const VOWEL_START = /^[aāáǎàoōóǒòeēéěè]/;

/** Joins syllables into one word with the apostrophe pinyin needs before a/o/e (Nán'àn, Yǎ'ān). */
export function joinSyllables(syllables: readonly string[]): string {
  const word = syllables.map((s, i) => (i > 0 && VOWEL_START.test(s) ? `'${s}` : s)).join('');
  return word.charAt(0).toUpperCase() + word.slice(1);
}

export function stripTones(s: string): string {
  return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/ü/g, 'u');
}

export type Syllabify = (text: string) => string[];

/** Toned pinyin of the proper name: 大足区 → Dàzú. */
export function pinyinOf(name: string, syllabify: Syllabify): string {
  return joinSyllables(syllabify(splitName(name).stem));
}

/**
 * 大足区 → Dazu District; 秀山土家族苗族自治县 → Xiushan Tujia and Miao Autonomous County; 雅安市 →
 * Ya'an City. The apostrophe stays (GB/T 16159, as in Xi'an): without it "Yaan" reads as one syllable.
 */
export function englishName(name: string, syllabify: Syllabify): string {
  const { ethnic, type } = splitName(name);
  const proper = stripTones(pinyinOf(name, syllabify));
  return [proper, ethnic.join(' and '), type].filter(Boolean).join(' ');
}
