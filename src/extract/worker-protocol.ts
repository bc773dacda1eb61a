import type { Agreement } from '../data/agreement-schema';
import type { GazAdmin, GazDistrict } from './gazetteer';
import type { Decoded, Note } from './input';

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
  | { type: 'extracted'; job: number; text: string; notes: Note[]; sha256: string; id: string; agreements: Agreement[] }
  | { type: 'failed'; job: number; note: Note };
