/**
 * `npm run transport:pinyin`: the toneless pinyin of every transport feature's Chinese name, by
 * syllable (成渝中线高铁 → "cheng yu zhong xian gao tie"), written to
 * geodata/transport/curated/pinyin.json for `npm run transport`, so a planner finds a line by
 * "zhongxian" or its initials "cyzx". From pinyin-pro at the version the geodata build pins
 * (installed into the same git-ignored cache), with the place readings it gets wrong fixed as there.
 * The build reads the committed table, so it and its test need no package of their own.
 */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { PLACE_READINGS } from '../geodata/names';
import { buildTransport, PINYIN_TABLE } from './build';

const CACHE = join(import.meta.dirname, '../../.cache/geodata-raw');
// (The version install-raw.sh pins for the districts' pinyin: one reading of a name everywhere.)
execFileSync('npm', ['install', '--prefix', CACHE, '--no-audit', '--no-fund', '--loglevel=error', 'pinyin-pro@3.29.4'], { stdio: 'inherit' });
const { pinyin, customPinyin } = createRequire(join(CACHE, 'node_modules/noop.js'))('pinyin-pro') as {
  pinyin(t: string, o: { type: 'array'; toneType: 'none'; nonZh: 'removed' }): string[];
  customPinyin(d: Record<string, string>): void;
};
// Readings it gets wrong in these names: 厦 of 厦门 (渝厦高铁) read as the 厦 of 大厦.
const TRANSPORT_READINGS: Record<string, string> = { 渝厦: 'yú xià' };
customPinyin({ ...PLACE_READINGS, ...TRANSPORT_READINGS });

const names = new Set(Object.values(buildTransport({ pinyin: () => '' })).flatMap((features) => features.map((f) => String(f.properties!.name_zh))));
const table = Object.fromEntries([...names].sort().map((name) => [name, pinyin(name, { type: 'array', toneType: 'none', nonZh: 'removed' }).join(' ')]));
writeFileSync(PINYIN_TABLE, `${JSON.stringify(table, null, 1)}\n`);
console.log(`${PINYIN_TABLE}: ${names.size} names`);
