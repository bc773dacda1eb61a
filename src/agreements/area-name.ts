import { AREA_ALIASES } from '../extract/area-aliases';

/**
 * Which new area a party's name names, by the extractor's table (src/extract/area-aliases.ts), the one
 * rule every view names a new area by. A part named after it (川渝高竹新区（渝北区部分）) is of that
 * area; a province before a name is left out only when the name is not already one of the table's
 * (重庆两江新区 is 两江新区, but 重庆高新区 stays 重庆高新区, not a 高新区 of either city).
 */
const PART = /[（(]([^（）()]*)部分[）)]$/u;
const PROVINCE = /^(重庆市?|四川省?)(?=.)/u;
const AREAS = new Map(AREA_ALIASES.filter((a) => a.level === 'new-area').flatMap((a) => [a.zh, ...a.names].map((n) => [n, a.zh] as const)));

/** The table's name of the new area a name names (the part left out), or undefined. */
export function areaOfName(name: string): string | undefined {
  const whole = name.replace(PART, '');
  return AREAS.get(whole) ?? AREAS.get(whole.replace(PROVINCE, ''));
}

/** The district a part of a new area is named after (邻水县 of 川渝高竹新区（邻水县部分）), or undefined. */
export const partOfName = (name: string): string | undefined => PART.exec(name)?.[1];

/** A new area's name as the views show it: the table's, with the part it signed as (川渝高竹新区（邻水县部分）); a name the table lacks as signed. */
export function areaName(name: string): string {
  const area = areaOfName(name);
  if (!area) return name;
  const part = partOfName(name);
  return part ? `${area}（${part}部分）` : area;
}
