/**
 * Paragraphs and sentences of an article, as spans of the original text. Sentences end at 。！？
 * (and their closing quotes or brackets) or at a blank line; a single line break is a printing
 * artefact, not an end.
 */
import { segmentView, unfilled } from './normalise';

export interface Span {
  start: number;
  end: number;
}

const END = new Set(['。', '！', '？', '!', '?', '；', ';']);
const CLOSERS = new Set(['”', '’', '」', '』', '）', ')', '】']);

export function paragraphs(text: string): Span[] {
  const spans: Span[] = [];
  const re = /\r?\n[ \t\u3000\r]*\n/g;
  let start = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    spans.push({ start, end: m.index });
    start = m.index + m[0].length;
  }
  spans.push({ start, end: text.length });
  return trimAll(text, spans);
}

/**
 * Paragraphs joined where the print broke a sentence across a blank line: a paragraph that ends
 * with no closing punctuation and reads as body text (it has clause punctuation or runs over a
 * line) continues in the next, unless that one opens a new item (本报讯, □, #, 【, （上接…）).
 */
export function blocks(text: string, view: string = segmentView(text)): Span[] {
  const ps = paragraphs(text);
  const out: Span[] = [];
  for (let i = 0; i < ps.length; i++) {
    const p = ps[i]!;
    const prev = out[out.length - 1];
    // Judge the paragraph just before, not the whole block it already joined.
    if (prev && continues(view, ps[i - 1]!, p)) prev.end = p.end;
    else out.push({ ...p });
  }
  return out;
}

const BODY = /[，、：,:；（(]/u;
const LIST_LINE = /^[\s\u3000]*(?:[（(][一二三四五六七八九十\d]{1,2}[）)]|\d{1,2}[.．、](?!\d)|[①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳]|[一二三四五六七八九十]{1,2}、)/u;
const NEW_ITEM = /^[\s\u3000]*(本报讯|□|#|【|（上接|\(上接|——)/u;

// A web page's furniture: a line of metadata (文章分类：…，访问量：344次), a photo caption (…摄, 资料图).
const META = /(访问量|浏览量|浏览次数|阅读量|点击数|文章分类|发布时间|责任编辑|来源[:：]|字号|标签[:：]|关键词[:：]|訪問量|瀏覽量|瀏覽次數|閱讀量|點擊數|文章分類|發布時間|發佈時間|責任編輯|責編[:：]|责编[:：]|來源[:：]|字號|標籤[:：]|標簽[:：]|關鍵詞[:：]|本文出处|本文出處|本站声明|本站聲明)/u;
// A page's repeat of the printed headline (原标题：…, 本文标题：…): a line of its own, never the body's opening.
const ORIGINAL_TITLE = /^[\s\u3000]*(原标题|原標題|本文标题|本文標題)[:：]/u;
const CAPTION = /(摄|资料图|供图|图片|摄影|视频截图)[)）]?$/u;

/**
 * A line that is a file's path or an image's name (C:\\…\\…, 图片1.png, IMG_0931.JPG), pasted in with a
 * picture: no sentence's words. (A sentence that names a picture has its clause marks or end mark.)
 */
const PATH = /^[A-Za-z]:[\\/]|\\[^\\]*\\/u;
const IMAGE = /\.(?:jpe?g|png|gif|bmp|webp|tiff?|heic)$/iu;
export function furnitureLine(line: string): boolean {
  const t = line.trim();
  return t.length > 0 && t.length <= 240 && !/[，。；！？,;!?“”]/u.test(t) && (PATH.test(t) || IMAGE.test(t));
}

const lastLine = (s: string) => s.slice(s.lastIndexOf('\n') + 1);
const firstLine = (s: string) => s.slice(0, s.includes('\n') ? s.indexOf('\n') : s.length);

function continues(text: string, prev: Span, next: Span): boolean {
  const before = unfilled(text.slice(prev.start, prev.end));
  const after = unfilled(text.slice(next.start, next.end));
  if (furnitureLine(lastLine(before)) || furnitureLine(firstLine(after))) return false;
  if (META.test(before) || ORIGINAL_TITLE.test(before) || (after.length <= 24 && CAPTION.test(after)) || (before.length <= 24 && CAPTION.test(before))) return false;
  const last = before.replace(/\s+$/u, '').slice(-1);
  if (END.has(last) || (CLOSERS.has(last) && END.has(before.replace(/\s+$/u, '').slice(-2, -1)))) return false;
  if (NEW_ITEM.test(after)) return false;
  // A paragraph that ends with a list's item line (②陶瓷人才平台) ends its list, punctuated or not.
  if (LIST_LINE.test(before.slice(before.lastIndexOf('\n') + 1))) return false;
  if (/^[\s\u3000]*[#【□]/u.test(before)) return false;
  return BODY.test(before) || before.includes('\n');
}

// A line of a web page's header that a headline runs into (来源：…, 2021-03-12, 记者…): a new sentence.
const META_LINE = /^[ \t\u3000]*(来源|來源|发布|發布|时间|時間|日期|作者|记者|記者|编辑|編輯|责任编辑|通讯员|本报讯|\p{Script=Han}{2,8}讯|新华社|中新网|人民网|央广网|华龙网|川观新闻|上游新闻|□|【|[(（]记者|\d{4}[-年/.]\d{1,2})/u;

// The next line is a byline or dateline when it says so in its first words: 52fw.cn 02-24 …四川在线消息(记者 …).
const BYLINE_SOON = /([(（]记者|\p{Script=Han}讯[(（\s]|消息[(（]|电[(（]|来源[:：])/u;

/**
 * Whether a line ends its sentence though no mark ends it: a headline (no clause mark in it) before
 * its byline or date, a line of page metadata, or a short navigation line (动态资讯) over a headline.
 */
function endsLine(text: string, start: number, i: number): boolean {
  const line = unfilled(text.slice(start, i));
  const next = unfilled(text.slice(i + 1, i + 60)).slice(0, 39);
  if ((META.test(line) || ORIGINAL_TITLE.test(line)) && !/[。！？]/u.test(line)) return true;
  if (/[，,；;。：:]/u.test(line)) return false;
  if (META_LINE.test(next.slice(0, 24)) || BYLINE_SOON.test(next)) return true;
  const nl = text.indexOf('\n', i + 1);
  const nextLine = unfilled(text.slice(i + 1, nl < 0 ? text.length : nl));
  // A headline over the page's line of metadata (…网 http://… 发布时间：… 作者：…), however that line opens.
  if (META.test(nextLine) && !/[。！？]/u.test(nextLine) && nextLine.length <= 160) return true;
  // A headline over a dated first line (…合作协议 / 6月7日,…), not a printed line broken before a date (…于 / 5月8日签署).
  if (/^[\s\u3000]*\d{1,2}月\d{1,2}日/u.test(next) && (start === 0 || text[start - 1] === '\n') && !/[与和在于将及对从向为的至到自由经]$/u.test(line.trimEnd())) return true;
  // 动态资讯 over 三大战略合作协议签署！…: a navigation word over a headline line (not a print line broken mid-word).
  return line.trim().length <= 6 && /^[\s\u3000]*\p{Script=Han}+[\s\u3000]*$/u.test(line) && (start === 0 || text[start - 1] === '\n') && nextLine.length <= 50 && /^\p{Script=Han}/u.test(nextLine) && !/[，,；;]/u.test(nextLine);
}

// A page's headline run into its first paragraph on one line, set off by a space (川渝签署备忘录推进… 川渝两地，…。).
const LEAD_HEADLINE = /^[\s\u3000]*[^\s，,、。；;：:！？!?“”"()（）]{8,40}(?=[ \u3000]+[^\n]{0,60}?[，,。])/u;

// A byline in brackets at a sentence's start (（记者 王某）, (通讯员 李某 摄)): the page's, not the sentence's.
const BYLINE_START = /^[（(][\s\u3000]*(?:本报|本台|本网)?(?:记者|通讯员|实习生|见习记者|特约记者|摄影|文[/／]图|图[/／]文|[文图][：:])[^()（）\n。，！？]{0,40}[)）][\s\u3000]*/u;

/**
 * Sentences, cut by reading `segmentView(text)` (simplified, a converter’s readings filled: the same
 * length), so the spans are the original's. A line of a file's path or an image's name is in none.
 */
export function sentences(text: string): Span[] {
  const out: Span[] = [];
  const original = text;
  text = segmentView(original);
  const lead = LEAD_HEADLINE.exec(text.slice(0, 160));
  for (const p of blocks(original, text)) {
    let start = p.start;
    if (lead && p.start <= lead.index && lead[0].length < p.end) {
      out.push({ start, end: lead[0].length });
      start = lead[0].length;
    }
    for (let i = p.start; i < p.end; i++) {
      if (i === p.start || text[i - 1] === '\n') {
        const nl = text.indexOf('\n', i);
        const lineEnd = nl < 0 || nl > p.end ? p.end : nl;
        if (furnitureLine(unfilled(text.slice(i, lineEnd)))) {
          if (i > start) out.push({ start, end: i });
          start = lineEnd;
          i = lineEnd - 1;
          continue;
        }
      }
      // A headline (no clause mark in it yet) ends at its line when the next line is its byline or date.
      if (text[i] === '\n' && i > start && endsLine(text, start, i)) {
        out.push({ start, end: i });
        start = i + 1;
        continue;
      }
      if (!END.has(text[i]!)) continue;
      let end = i + 1;
      while (end < p.end && CLOSERS.has(text[end]!)) end++;
      out.push({ start, end });
      start = end;
      i = end - 1;
    }
    if (start < p.end) out.push({ start, end: p.end });
  }
  return trimAll(original, out)
    .map((sp) => {
      const byline = BYLINE_START.exec(text.slice(sp.start, Math.min(sp.end, sp.start + 60)));
      return byline && byline[0].length < sp.end - sp.start ? { start: sp.start + byline[0].length, end: sp.end } : sp;
    })
    .flatMap((sp) => capped(text, sp));
}

/**
 * No sentence is longer than this: a text with no end marks (a page of run-on words) is read in
 * pieces, so each act's look back over its sentence stays short and a long text stays linear. The
 * longest sentence of any article read so far is under 900 characters.
 */
const MAX_SENTENCE = 2000;

function capped(text: string, sp: Span): Span[] {
  if (sp.end - sp.start <= MAX_SENTENCE) return [sp];
  const out: Span[] = [];
  let start = sp.start;
  while (sp.end - start > MAX_SENTENCE) {
    // Cut after the last clause mark in the piece's last stretch, or at the limit.
    const piece = text.slice(start + MAX_SENTENCE - 300, start + MAX_SENTENCE);
    const mark = Math.max(...[...'，,、；;：:'].map((c) => piece.lastIndexOf(c)));
    const end = mark >= 0 ? start + MAX_SENTENCE - 300 + mark + 1 : start + MAX_SENTENCE;
    out.push({ start, end });
    start = end;
  }
  out.push({ start, end: sp.end });
  return out;
}

function trimAll(text: string, spans: Span[]): Span[] {
  return spans
    .map(({ start, end }) => {
      while (start < end && /\s/.test(text[start]!)) start++;
      while (end > start && /\s/.test(text[end - 1]!)) end--;
      return { start, end };
    })
    .filter((s) => s.end > s.start);
}
