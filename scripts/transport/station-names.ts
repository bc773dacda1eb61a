/**
 * English names of railway stations, by China Railway's rule: since 1 September 2012 a station's
 * English name is the Hanyu Pinyin of its whole Chinese name as one word, the direction included
 * (重庆北站 → Chongqingbei, not "Chongqing North"; 成都东站 → Chengdudong), as on its signs and
 * tickets (`STATION_NAME_SOURCE`). The place part's pinyin is the one the atlas already holds for
 * its districts, prefectures and new areas (geodata/*.geojson, area-aliases.ts), so 重庆 reads
 * Chóngqìng and 长寿 Chángshòu as there; nothing is guessed from a dictionary. A name whose place
 * part the atlas holds no pinyin for (a town such as 水江, a scenic spot such as 剑门关) gets no
 * English name, and the station says so.
 * Pure: the CLI in build.ts gathers the place names.
 */
import { stripTones } from '../geodata/names';
import type { Source } from '../../src/data/transport-schema';

export const STATION_NAME_SOURCE: Source = {
  title: 'Railway stations’ names adapt pinyin (China Daily, 2012-09-18): directions in station names are written in pinyin, e.g. Beijing Nan Railway Station for 北京南站, since 1 September 2012',
  url: 'http://www.chinadaily.com.cn/china/2012-09/18/content_15766440.htm',
};

/** The direction a station name may end in, its pinyin, and the English word it replaced. */
const DIRECTIONS: Readonly<Record<string, [pinyin: string, english: string]>> = {
  东: ['dong', 'East'],
  西: ['xi', 'West'],
  南: ['nan', 'South'],
  北: ['bei', 'North'],
};

/**
 * Common nouns a station name may add to a place name (长寿湖, 天府机场), with their standard
 * readings (《现代汉语词典》): written out because no place name in the atlas holds them.
 */
const GENERIC: Readonly<Record<string, string>> = {
  湖: 'hu',
  机场: 'jichang',
};

export interface StationName {
  name_en: string | null;
  /** The pre-2012 English form ("Chongqing North"), kept as an alias so a search for it finds the station. */
  alias: string | null;
  /** Why there is no English name: the part of the name the atlas has no pinyin for. */
  unknown?: string;
}

/**
 * `places`: Chinese place name (the short form: 重庆, 江津, 天府) → its toned pinyin as the atlas
 * writes it (Chóngqìng).
 */
export function stationEnglishName(nameZh: string, places: ReadonlyMap<string, string>): StationName {
  const stem = nameZh.replace(/站$/u, '');
  const plain = (zh: string) => {
    const p = places.get(zh);
    return p === undefined ? undefined : stripTones(p);
  };
  const whole = plain(stem);
  if (whole) return { name_en: whole, alias: null };
  const last = stem.slice(-1);
  const direction = DIRECTIONS[last];
  if (direction) {
    const base = plain(stem.slice(0, -1));
    if (base) return { name_en: `${base}${direction[0]}`, alias: `${base} ${direction[1]}` };
  }
  for (const [zh, py] of Object.entries(GENERIC)) {
    if (!stem.endsWith(zh)) continue;
    const base = plain(stem.slice(0, -zh.length));
    if (base) return { name_en: `${base}${py}`, alias: null };
  }
  const known = [...places.keys()].filter((k) => stem.startsWith(k)).sort((a, b) => b.length - a.length)[0];
  return { name_en: null, alias: null, unknown: known ? stem.slice(known.length) : stem };
}

/** One table of place names, refusing two readings of the same characters. */
export function placeIndex(entries: Iterable<readonly [zh: string, pinyin: string]>): Map<string, string> {
  const index = new Map<string, string>();
  for (const [zh, py] of entries) {
    const had = index.get(zh);
    if (had !== undefined && stripTones(had) !== stripTones(py)) throw new Error(`${zh} read two ways: ${had}, ${py}`);
    if (had === undefined) index.set(zh, py);
  }
  return index;
}
