/**
 * Matches each polygon of the ~2017 geometry to exactly one current GB/T 2260 county-level unit.
 * Order of trust: same code and name; same name in the same province (a unit re-coded or moved to
 * another prefecture, e.g. 简阳市 510180 → 510185); same name stem in the same province (县 → 区/市, 500228 梁平县 → 500155 梁平区;
 * 新津县 → 新津区); an explicit rename (宜宾县 → 叙州区). Anything unmatched, matched twice or left over
 * is an error: the build stops rather than ship a map with a wrong or missing district.
 */

export interface CurrentUnit {
  code: string;
  name: string;
  cityCode: string;
  provinceCode: string;
}

export interface SourceUnit {
  /** Admin code printed on the source polygon. */
  code: string;
  name: string;
}

export type MatchRule = 'exact' | 'same-name' | 'stem' | 'rename';

export interface Match {
  source: SourceUnit;
  current: CurrentUnit;
  rule: MatchRule;
}

/** Renames where the new name shares nothing with the old; each is a State Council approval. */
export const EXPLICIT_RENAMES: Readonly<Record<string, string>> = {
  // 国务院 2018 批复: 撤销宜宾县，设立宜宾市叙州区.
  '511521': '511504',
};

const SUFFIX = /(自治县|区|县|市)$/;

export function nameStem(name: string): string {
  return name.replace(SUFFIX, '');
}

export class ReconcileError extends Error {
  constructor(public readonly problems: string[]) {
    super(`district reconciliation failed:\n  ${problems.join('\n  ')}`);
  }
}

export function reconcile(sources: readonly SourceUnit[], current: readonly CurrentUnit[]): Match[] {
  const byCode = new Map(current.map((u) => [u.code, u]));
  const taken = new Map<string, SourceUnit>();
  const matches: Match[] = [];
  const problems: string[] = [];

  const take = (s: SourceUnit, unit: CurrentUnit, rule: MatchRule) => {
    const prior = taken.get(unit.code);
    if (prior) {
      problems.push(`${unit.code} ${unit.name} matched twice: ${prior.code} ${prior.name} and ${s.code} ${s.name}`);
      return;
    }
    taken.set(unit.code, s);
    matches.push({ source: s, current: unit, rule });
  };
  const isExact = (s: SourceUnit) => byCode.get(s.code)?.name === s.name;

  // Exact matches first, so the looser rules only choose among units nobody has claimed.
  for (const s of sources) if (isExact(s)) take(s, byCode.get(s.code)!, 'exact');
  for (const s of sources) {
    if (isExact(s)) continue;
    const free = current.filter((u) => !taken.has(u.code));
    const sameName = free.filter((u) => u.provinceCode === s.code.slice(0, 2) && u.name === s.name);
    const sameStem = free.filter((u) => u.provinceCode === s.code.slice(0, 2) && nameStem(u.name) === nameStem(s.name));
    const renamed = byCode.get(EXPLICIT_RENAMES[s.code] ?? '');
    if (sameName.length === 1) take(s, sameName[0]!, 'same-name');
    else if (sameStem.length === 1) take(s, sameStem[0]!, 'stem');
    else if (renamed) take(s, renamed, 'rename');
    else problems.push(`no current unit for source ${s.code} ${s.name}`);
  }
  for (const u of current) if (!taken.has(u.code)) problems.push(`current unit ${u.code} ${u.name} has no polygon`);
  if (problems.length) throw new ReconcileError(problems);
  return matches.sort((a, b) => a.current.code.localeCompare(b.current.code));
}
