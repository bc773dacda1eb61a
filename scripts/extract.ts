/**
 * npm run extract                         regenerate geodata/agreements.json from seeds/
 * npm run extract -- a.txt [--date D]     print the agreements of any article as JSON
 *                  [--model]               with the learned sentence model on even when it is switched off
 *                  [--learned]             the learned reading alone, no rules (scripts/reading-options.ts)
 *
 * The extraction itself is src/extract (pure); this file only reads and writes files.
 */
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { agreementsFile, articlesFile, type Agreement } from '../src/data/agreement-schema';
import { carryFormerIds } from './former-ids';
import { extractAgreements } from '../src/extract/agreements';
import { buildGazetteer, type GazAdmin, type GazDistrict } from '../src/extract/gazetteer';
import { mergeReports } from '../src/extract/merge';
import { decodeBytes } from '../src/extract/input';
import { readingOptions } from './reading-options';

const ROOT = join(import.meta.dirname, '..');

export function loadGazetteer() {
  const districts = JSON.parse(readFileSync(join(ROOT, 'geodata/districts.geojson'), 'utf8')) as { features: { properties: GazDistrict }[] };
  const admin = JSON.parse(readFileSync(join(ROOT, 'geodata/admin-labels.geojson'), 'utf8')) as { features: { properties: GazAdmin }[] };
  return buildGazetteer(
    districts.features.map((f) => f.properties),
    admin.features.map((f) => f.properties),
  );
}

/** Every seed article with its metadata, in file order. */
export function seedArticles(): { file: string; text: string; date: string | null }[] {
  const meta = articlesFile.parse(JSON.parse(readFileSync(join(ROOT, 'seeds/articles.json'), 'utf8')));
  const files = readdirSync(join(ROOT, 'seeds')).filter((f) => f.endsWith('.txt')).sort();
  return files.map((file) => {
    const m = meta.articles.find((a) => a.file === file);
    if (!m) throw new Error(`seeds/${file} has no entry in seeds/articles.json`);
    return { file, text: readFileSync(join(ROOT, 'seeds', file), 'utf8'), date: m.date };
  });
}

const AGREEMENTS = join(ROOT, 'geodata/agreements.json');

/** The committed file, whose ids links may already name (none on a first run). */
function previousAgreements(): Agreement[] {
  return existsSync(AGREEMENTS) ? agreementsFile.parse(JSON.parse(readFileSync(AGREEMENTS, 'utf8'))).agreements : [];
}

export function buildAgreements(previous: readonly Agreement[] = previousAgreements()): string {
  const gaz = loadGazetteer();
  // The same agreement reported by several articles is one, with every report as a source.
  // (Which list an item is of is for the review of one article only: the map's data goes without it.)
  const seeds = seedArticles();
  const published = new Map(seeds.map((a) => [a.file, a.date]));
  const read = mergeReports(
    seeds.flatMap((a) => extractAgreements(a, gaz).map(({ list: _list, ...rest }) => rest)),
    { published: (file) => published.get(file) ?? null },
  );
  // An agreement whose id a better reading changed keeps its old ids, so links made before still open it.
  const agreements = carryFormerIds(read, previous);
  const out = agreementsFile.parse({ agreements });
  return `${JSON.stringify(out, null, 1)}\n`;
}

function main(argv: string[]) {
  const dateAt = argv.indexOf('--date');
  const date = dateAt >= 0 ? (argv[dateAt + 1] ?? null) : null;
  if (dateAt >= 0 && !/^\d{4}(-\d{2}(-\d{2})?)?$/.test(date ?? '')) {
    console.error('--date needs YYYY-MM-DD (or YYYY-MM, YYYY)');
    process.exit(2);
  }
  const paths = argv.filter((a, i) => !a.startsWith('--') && (dateAt < 0 || i !== dateAt + 1));
  const options = readingOptions(argv);
  if (paths.length === 0) {
    const json = buildAgreements();
    writeFileSync(AGREEMENTS, json);
    const n = (JSON.parse(json) as { agreements: unknown[] }).agreements.length;
    console.error(`geodata/agreements.json: ${n} agreements`);
    return;
  }
  const gaz = loadGazetteer();
  const results = paths.map((path) => {
    let bytes: Uint8Array;
    try {
      bytes = readFileSync(path);
    } catch (e) {
      return { article: path, error: `cannot read: ${(e as Error).message}`, agreements: [] };
    }
    const decoded = decodeBytes(bytes);
    if (!decoded.ok) return { article: basename(path), error: decoded.error.en, error_zh: decoded.error.zh, agreements: [] };
    const agreements = extractAgreements({ file: basename(path), text: decoded.text, date }, gaz, options);
    agreementsFile.parse({ agreements });
    return { article: basename(path), encoding: decoded.encoding, notes: decoded.notes.map((n) => n.en), agreements };
  });
  for (const r of results) if ('error' in r && r.error) console.error(`${r.article}: ${r.error}`);
  if (date === null) console.error('no --date given: 今年/去年 and bare months are left unresolved');
  process.stdout.write(`${JSON.stringify(results.length === 1 ? results[0] : results, null, 1)}\n`);
  if (results.every((r) => 'error' in r && r.error)) process.exitCode = 1;
}

if (process.argv[1] && import.meta.filename === process.argv[1]) main(process.argv.slice(2));
