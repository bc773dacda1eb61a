/**
 * The types the page and the extractor share: the gazetteer's inputs, decoded text with its notes,
 * and the worker's messages. They live here, below both, so src/data/extract-client.ts (the page's
 * side) needs nothing from src/extract/ (which imports src/data/ for the agreement schema).
 */
import type { Agreement, Party } from './agreement-schema';

/** The district fields the gazetteer needs (a subset of `geodata/districts.geojson`'s properties). */
export interface GazDistrict {
  code: string;
  name: string;
  short: string;
  name_en: string;
  pinyin: string;
  prefecture_code: string;
  prefecture: string;
  province_code: string;
}

/** A prefecture's or province's names (from `geodata/admin-labels.geojson`). */
export interface GazAdmin {
  code: string;
  level: 'province' | 'prefecture';
  name: string;
  short: string;
  short_en: string;
}

export type Encoding = 'utf-8' | 'gb18030';

export type Decoded =
  | { ok: true; text: string; encoding: Encoding; notes: Note[] }
  | { ok: false; error: Note };

/** A message in both languages, so the browser can show it in either. */
export interface Note {
  code: 'bom' | 'gb18030' | 'html' | 'empty' | 'binary' | 'no-chinese' | 'not-text' | 'too-large';
  zh: string;
  en: string;
}

/**
 * A sentence the learned model finds likely to state an agreement where the review proposes none
 * (src/extract/suggestions.ts): the planner reads it, and lists it by hand if it does.
 */
export interface SuggestedSentence {
  span: { start: number; end: number };
  /** The sentence model's score, 0–1: higher is likelier, but on an article it was not trained on no probability (docs/agreements.md). */
  score: number;
  /**
   * The one province every place the sentence names lies in, when it names two or more apart and the
   * article never names the economic circle: the atlas then lists nothing there (docs/agreements.md), and
   * the review says so. Absent otherwise, and in drafts kept before the field.
   */
  oneSide?: '500000' | '510000';
  /**
   * The places the sentence itself names, as parties (a province dropped where a place in it is named, as
   * the rules do): what 加为协议 starts the agreement with, for the planner to check. Absent when it names
   * none, and in drafts kept before the field.
   */
  parties?: Party[];
  /**
   * What the sentence would be as an agreement, read as the learned reading reads one (its first thing
   * named, the fields its words name) and titled as the extractor titles: 加为协议 starts from it. Absent
   * when the sentence names no place, and in drafts kept before the field.
   */
  draft?: Pick<Agreement, 'kind' | 'title_zh' | 'title_en' | 'domains'>;
}

/** What the page asks of the extraction worker (src/extract/worker.ts). */
export type WorkerRequest =
  /** Sent once: the names the gazetteer is built from (districts.geojson and admin-labels.geojson properties). */
  | { type: 'gazetteer'; districts: GazDistrict[]; admin: GazAdmin[] }
  /** A dropped file's bytes to turn into text. */
  | { type: 'decode'; job: number; bytes: Uint8Array }
  /** Text to read: prepared (HTML stripped, checked), hashed, and its agreements found. */
  | { type: 'extract'; job: number; text: string; date: string | null };

export type WorkerReply =
  | { type: 'decoded'; job: number; result: Decoded }
  /** How much of the text has been read, in characters. */
  | { type: 'progress'; job: number; done: number; total: number }
  | { type: 'extracted'; job: number; text: string; notes: Note[]; sha256: string; id: string; agreements: Agreement[]; suggestions: SuggestedSentence[] }
  | { type: 'failed'; job: number; note: Note };
