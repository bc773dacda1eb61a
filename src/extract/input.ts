/**
 * Turning what a planner or the CLI hands in into article text: bytes in UTF-8 (with or without a
 * BOM) or GB18030, HTML reduced to its text, and a plain reason when it cannot be read. Pure: the
 * standard TextDecoder only, so it runs in Node, a worker and the page alike.
 */
import type { Decoded, Encoding, Note } from '../data/extract-protocol';

export type { Decoded, Encoding, Note } from '../data/extract-protocol';

export const NOTES: Record<Note['code'], Note> = {
  bom: { code: 'bom', zh: '文件开头的字节顺序标记（BOM）已去除。', en: 'The byte-order mark at the start of the file was removed.' },
  gb18030: { code: 'gb18030', zh: '文件不是 UTF-8 编码，已按 GB18030（GBK）读取并转换。', en: 'The file is not UTF-8; it was read as GB18030 (GBK) and converted.' },
  html: { code: 'html', zh: '文件是网页（HTML），已去除标记和脚本，只保留正文文字。', en: 'The file is a web page (HTML): markup and scripts were removed and only its text kept.' },
  empty: { code: 'empty', zh: '文章是空的，没有可读取的文字。', en: 'The article is empty: there is no text to read.' },
  binary: { code: 'binary', zh: '文件不是文本（可能是图片、PDF 或压缩包），无法读取。', en: 'The file is not text (perhaps an image, a PDF or an archive) and cannot be read.' },
  'no-chinese': { code: 'no-chinese', zh: '文章中没有中文，抽取器只能读取中文新闻。', en: 'The article has no Chinese text; the extractor reads Chinese news only.' },
  'not-text': { code: 'not-text', zh: '文件既不是 UTF-8 也不是 GB18030 编码的文字，无法读取。', en: 'The file is neither UTF-8 nor GB18030 text and cannot be read.' },
  'too-large': { code: 'too-large', zh: '文章超过 20 MB，太大，无法读取。', en: 'The article is over 20 MB, too large to read.' },
};

export const MAX_BYTES = 20 * 1024 * 1024;

function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) return true;
    if (b < 8 || (b > 13 && b < 32 && b !== 27)) control++;
  }
  return n > 0 && control / n > 0.02;
}

export function decodeBytes(bytes: Uint8Array): Decoded {
  if (bytes.length > MAX_BYTES) return { ok: false, error: NOTES['too-large'] };
  if (looksBinary(bytes)) return { ok: false, error: NOTES.binary };
  const notes: Note[] = [];
  let text: string;
  let encoding: Encoding = 'utf-8';
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    try {
      text = new TextDecoder('gb18030', { fatal: true }).decode(bytes);
      encoding = 'gb18030';
      notes.push(NOTES.gb18030);
    } catch {
      return { ok: false, error: NOTES['not-text'] };
    }
  }
  return finishText(text, encoding, notes);
}

/** Text already decoded (pasted): the same checks as a file. */
export function prepareText(raw: string): Decoded {
  return finishText(raw, 'utf-8', []);
}

function finishText(raw: string, encoding: Encoding, notes: Note[]): Decoded {
  let text = raw;
  if (text.charCodeAt(0) === 0xfeff) {
    text = text.slice(1);
    notes.push(NOTES.bom);
  }
  if (looksLikeHtml(text)) {
    text = htmlToText(text);
    notes.push(NOTES.html);
  }
  if (text.trim() === '') return { ok: false, error: NOTES.empty };
  if (!/\p{Script=Han}/u.test(text)) return { ok: false, error: NOTES['no-chinese'] };
  return { ok: true, text, encoding, notes };
}

export const looksLikeHtml = (text: string): boolean => /<(html|body|p|div|script|br|span|article|head|meta|h[1-6])\b[^>]*>/iu.test(text.slice(0, 20000));

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', ldquo: '“', rdquo: '”', hellip: '…', mdash: '—' };

/** The text of an HTML page: scripts, styles and comments dropped, block ends as blank lines, entities decoded. Never parsed as a document. */
export function htmlToText(html: string): string {
  return html
    .replace(/<!--[\s\S]*?-->/gu, '')
    .replace(/<(script|style|noscript|template|iframe|object)\b[\s\S]*?<\/\1\s*>/giu, '')
    .replace(/<(script|style)\b[\s\S]*$/giu, '')
    .replace(/<br\s*\/?>/giu, '\n')
    .replace(/<\/(p|div|h[1-6]|li|tr|section|article|blockquote|title|header|footer|nav|aside|ul|ol|table|dd|dt|figcaption)\s*>/giu, '\n\n')
    .replace(/<[^>]*>/gu, '')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/giu, (m, e: string) => {
      if (e[0] === '#') {
        const cp = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
        return Number.isFinite(cp) && cp > 0 && cp < 0x110000 ? String.fromCodePoint(cp) : '';
      }
      return ENTITIES[e.toLowerCase()] ?? m;
    })
    .replace(/\n{3,}/gu, '\n\n')
    .trim();
}

/** "2021年5月28日" near the top of an article, for prefilling its date. */
export function printedDate(text: string): string | null {
  const m = /(20\d{2}|19\d{2})\s*[年\-/.]\s*(\d{1,2})\s*[月\-/.]\s*(\d{1,2})\s*日?/u.exec(text.slice(0, 600));
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12 || d < 1 || d > 31) return null;
  return `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}
