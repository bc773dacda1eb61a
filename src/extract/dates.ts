/**
 * Dates in an article, resolved against its publication date. Chinese news gives most dates
 * without a year (5月27日) or relative to it (今年初, 去年12月); the publication date says which.
 */
export interface DateMention {
  /** Offset in the text searched. */
  at: number;
  end: number;
  /** `YYYY-MM-DD`, `YYYY-MM` or `YYYY`. */
  value: string;
  /**
   * A bare year inside a noun phrase after a verb (总结2023年合作成效, 签署2024年合作协议): it says
   * what the phrase is about, not when the act was.
   */
  inPhrase?: true;
}

const pad = (n: number) => String(n).padStart(2, '0');

interface Pub {
  year: number;
  month: number | null;
  day: number | null;
}

export function parsePub(date: string | null): Pub | null {
  const m = date?.match(/^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/);
  return m ? { year: Number(m[1]), month: m[2] ? Number(m[2]) : null, day: m[3] ? Number(m[3]) : null } : null;
}

const RE =
  /(?:(\d{4})年)?(?:(今年|去年|前年|明年))?(?:(\d{1,2})月(?:(\d{1,2})日)?|(初|年初|底|年底|上半年|下半年)|(?<![\d月年])(\d{1,2})日(?=[在上下，,]|召开|举行|签))?/gu;

// Before the year a word's last character (a verb's: 总结, 签署了), not a mark, a word that makes a time of
// it (于/在/至 2023年) or a subject's end (两地/双方/重庆市 2023年签署…); after it a noun's first, not a time
// word (2023年以来, 2023年底).
const IN_PHRASE_BEFORE = /[\p{Script=Han}](?<![于在至到从自截止今前地方区县市省镇乡村委局厅府会院校司])/u;
const IN_PHRASE_AFTER = /[\p{Script=Han}](?<![以来起后前底初末内中度间])/u;

/** Every date the text names, in order. A bare month later than the publication month is last year's. */
export function findDates(text: string, pubDate: string | null): DateMention[] {
  const pub = parsePub(pubDate);
  const out: DateMention[] = [];
  RE.lastIndex = 0;
  for (let m = RE.exec(text); m; m = RE.exec(text)) {
    if (m[0] === '') {
      RE.lastIndex++;
      continue;
    }
    const [whole, y, rel, mo, d0, part, dayOnly] = m;
    // "31日在重庆召开": a day alone is in the publication month.
    const pubMonth = pub?.month ?? null;
    const useDayOnly = !!dayOnly && !y && !rel && !mo && pubMonth !== null;
    if (!y && !rel && !mo && !useDayOnly) continue;
    const d = d0 ?? (useDayOnly ? dayOnly : undefined);
    if (y && !mo && !part && !/^\d{4}年/.test(whole)) continue;
    let year: number | null = y ? Number(y) : null;
    if (!year && rel && pub) year = pub.year + ({ 今年: 0, 去年: -1, 前年: -2, 明年: 1 } as Record<string, number>)[rel]!;
    // A day after the publication day is last month's (published 9月1日: "31日" is 8月31日).
    const dayMonth = useDayOnly && pub?.day && Number(dayOnly) > pub.day ? pubMonth! - 1 : pubMonth;
    if (useDayOnly && dayMonth === 0) continue;
    const month = mo ? Number(mo) : useDayOnly ? dayMonth : null;
    if (month !== null && (month < 1 || month > 12)) continue;
    const day = d ? Number(d) : null;
    if (day !== null && (day < 1 || day > 31)) continue;
    if (!year && month !== null && pub) year = pub.month !== null && month > pub.month ? pub.year - 1 : pub.year;
    if (!year) continue;
    if (year < 1949 || year > 2100) continue;
    let value = String(year);
    if (month !== null) value += `-${pad(month)}` + (day !== null ? `-${pad(day)}` : '');
    else if (part === '初' || part === '年初') value += '-01';
    const mention: DateMention = { at: m.index, end: m.index + whole.length, value };
    if (/^\d{4}年$/u.test(whole) && IN_PHRASE_BEFORE.test(text[m.index - 1] ?? '') && IN_PHRASE_AFTER.test(text[m.index + whole.length] ?? '')) mention.inPhrase = true;
    out.push(mention);
  }
  return out;
}
