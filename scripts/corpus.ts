/**
 * The local texts of the labelled test sets (third-party articles, kept out of the repository).
 *
 * npm run corpus:check                       for each set, which texts are present, missing or not the ones labelled
 * npm run corpus:import -- DIR SET           copy a labeller's folder (<id>.json + <id>.txt) in:
 *                                            labels to src/extract/fixtures/SET/, texts to local-articles/SET/
 *
 * Sets: tuning (the rules may be written from these) and unseen (never looked at while writing rules).
 */
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { checkText, labelledArticleSchema, type LabelledArticle } from '../src/extract/labels';
import type { GoldAgreement } from '../src/extract/quality';

const ROOT = join(import.meta.dirname, '..');
export const SETS = ['tuning', 'unseen'] as const;
export type SetName = (typeof SETS)[number];
export const labelDir = (set: SetName) => join(ROOT, 'src/extract/fixtures', set);
export const textDir = (set: SetName) => join(ROOT, 'local-articles', set);

/** The seed articles' labels (fixtures/gold.json: quotes, since the seeds are in the repository). */
export const readGold = (): GoldAgreement[] => (JSON.parse(readFileSync(join(ROOT, 'src/extract/fixtures/gold.json'), 'utf8')) as { agreements: GoldAgreement[] }).agreements;

export function readLabels(set: SetName): LabelledArticle[] {
  const dir = labelDir(set);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => {
      const r = labelledArticleSchema.safeParse(JSON.parse(readFileSync(join(dir, f), 'utf8')));
      if (!r.success) throw new Error(`${set}/${f}: ${r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
      if (`${r.data.id}.json` !== f) throw new Error(`${set}/${f}: its id is ${r.data.id}`);
      return r.data;
    });
}

export interface SetStatus {
  set: SetName;
  labelled: number;
  present: string[];
  missing: string[];
  problems: string[];
}

export async function checkSet(set: SetName): Promise<SetStatus> {
  const status: SetStatus = { set, labelled: 0, present: [], missing: [], problems: [] };
  const labels = readLabels(set);
  status.labelled = labels.length;
  for (const a of labels) {
    const path = join(textDir(set), `${a.id}.txt`);
    if (!existsSync(path)) {
      status.missing.push(a.id);
      continue;
    }
    const problems = await checkText(a, readFileSync(path, 'utf8'));
    if (problems.length) status.problems.push(...problems);
    else status.present.push(a.id);
  }
  return status;
}

function importFolder(from: string, set: SetName) {
  const files = readdirSync(from).filter((f) => f.endsWith('.json'));
  mkdirSync(labelDir(set), { recursive: true });
  mkdirSync(textDir(set), { recursive: true });
  let copied = 0;
  for (const f of files) {
    const parsed = labelledArticleSchema.safeParse(JSON.parse(readFileSync(join(from, f), 'utf8')));
    if (!parsed.success) {
      console.error(`skipped ${f}: not a labelled article (${parsed.error.issues[0]?.path.join('.')}: ${parsed.error.issues[0]?.message})`);
      continue;
    }
    copyFileSync(join(from, f), join(labelDir(set), `${parsed.data.id}.json`));
    copied++;
    const txt = join(from, `${parsed.data.id}.txt`);
    if (existsSync(txt)) copyFileSync(txt, join(textDir(set), `${parsed.data.id}.txt`));
    else console.error(`${parsed.data.id}: no text beside its labels in ${from}`);
  }
  console.error(`${copied} labelled articles copied into ${set}`);
}

async function main(argv: string[]) {
  if (argv[0] === 'import') {
    const [, from, set] = argv;
    if (!from || !SETS.includes(set as SetName)) {
      console.error(`usage: npm run corpus:import -- DIR ${SETS.join('|')}`);
      process.exit(2);
    }
    importFolder(from, set as SetName);
  }
  let bad = false;
  for (const set of SETS) {
    const s = await checkSet(set);
    console.log(`${set}: ${s.labelled} labelled, ${s.present.length} texts present and matching, ${s.missing.length} missing, ${s.problems.length} problems`);
    if (s.missing.length) console.log(`  missing in local-articles/${set}/: ${s.missing.map((id) => `${id}.txt`).join(', ')}`);
    for (const p of s.problems) console.log(`  ${p}`);
    bad ||= s.problems.length > 0;
  }
  if (bad) process.exitCode = 1;
}

if (process.argv[1] && import.meta.filename === process.argv[1]) await main(process.argv.slice(2));
