/**
 * Every UI string in both languages, one file per feature; the zh tables are the reference, en must
 * have the same keys (strings.test.ts). Callers import `zh`, `en`, `STRINGS` and `Strings` from here.
 */
import type { Lang } from '../../state/view-vocab';
import * as agreements from './agreements';
import * as common from './common';
import * as district from './district';
import * as exportStrings from './export';
import * as filters from './filters';
import * as legend from './legend';
import * as links from './links';
import * as local from './local';
import * as map from './map';
import * as newArea from './new-area';
import * as reader from './reader';
import * as search from './search';
import * as table from './table';
import * as team from './team';
import * as time from './time';
import * as transport from './transport';

export type { Lang };

/** Each feature's tables; a key belongs to one of them only (tested). */
export const STRING_PARTS = { common, search, district, map, legend, transport, links, agreements, reader, local, team, filters, time, table, export: exportStrings, newArea };

export const zh = {
  ...common.zh,
  ...search.zh,
  ...district.zh,
  ...map.zh,
  ...legend.zh,
  ...transport.zh,
  ...links.zh,
  ...agreements.zh,
  ...reader.zh,
  ...local.zh,
  ...team.zh,
  ...filters.zh,
  ...time.zh,
  ...table.zh,
  ...exportStrings.zh,
  ...newArea.zh,
};

export type Strings = typeof zh;

export const en: Strings = {
  ...common.en,
  ...search.en,
  ...district.en,
  ...map.en,
  ...legend.en,
  ...transport.en,
  ...links.en,
  ...agreements.en,
  ...reader.en,
  ...local.en,
  ...team.en,
  ...filters.en,
  ...time.en,
  ...table.en,
  ...exportStrings.en,
  ...newArea.en,
};

export const STRINGS: Record<Lang, Strings> = { zh, en };
