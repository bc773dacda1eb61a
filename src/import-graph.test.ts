import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The module graph of src/ (type-only imports included: a type cycle is still a knot in the design).
 * Cheap enough for a unit test: a regex over the import and export-from lines, no compiler.
 */
const SRC = resolve(import.meta.dirname);
const EXTS = ['.ts', '.tsx'];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'test-fixtures' || name === 'fixtures' ? [] : sourceFiles(path);
    return EXTS.some((e) => name.endsWith(e)) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

function resolveImport(from: string, spec: string): string | null {
  if (!spec.startsWith('.')) return null;
  const base = resolve(dirname(from), spec.replace(/\?.*$/, ''));
  for (const candidate of [base, ...EXTS.map((e) => base + e), ...EXTS.map((e) => join(base, 'index' + e))]) {
    try {
      if (statSync(candidate).isFile() && EXTS.some((e) => candidate.endsWith(e))) return candidate;
    } catch {
      // not this one
    }
  }
  return null;
}

const IMPORT = /^\s*(?:import|export)\s[^'";]*?from\s+['"]([^'"]+)['"]|^\s*import\s+['"]([^'"]+)['"]/gm;

export function importGraph(root = SRC): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const file of sourceFiles(root)) {
    const text = readFileSync(file, 'utf8');
    const deps = new Set<string>();
    for (const m of text.matchAll(IMPORT)) {
      const target = resolveImport(file, (m[1] ?? m[2])!);
      if (target) deps.add(relative(root, target));
    }
    graph.set(relative(root, file), [...deps]);
  }
  return graph;
}

/** Every cycle's members, one list per strongly connected component bigger than one file (Tarjan). */
export function cycles(graph: Map<string, string[]>): string[][] {
  let index = 0;
  const idx = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const out: string[][] = [];
  const visit = (v: string) => {
    idx.set(v, index);
    low.set(v, index++);
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!idx.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, idx.get(w)!));
    }
    if (low.get(v) === idx.get(v)) {
      const scc: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        scc.push(w);
      } while (w !== v);
      if (scc.length > 1 || (graph.get(v) ?? []).includes(v)) out.push(scc.sort());
    }
  };
  for (const v of graph.keys()) if (!idx.has(v)) visit(v);
  return out;
}

/** Lower layers never reach up: loaders and schemas know nothing of the stores, the extractor, the map or the UI. */
const FORBIDDEN: [from: string, to: string][] = [
  ['data/', 'extract/'],
  ['data/', 'state/'],
  ['data/', 'map/'],
  ['data/', 'ui/'],
  ['extract/', 'state/'],
  ['extract/', 'map/'],
  ['extract/', 'ui/'],
  ['state/', 'ui/'],
  ['i18n/', 'ui/'],
];

describe('the import graph of src/', () => {
  const graph = importGraph();

  it('is read (sanity: the app entry and its imports are found)', () => {
    expect(graph.get('main.tsx')).toContain('App.tsx');
    expect(graph.size).toBeGreaterThan(100);
  });

  it('has no import cycle', () => {
    expect(cycles(graph)).toEqual([]);
  });

  it('has lower layers that never import from higher ones', () => {
    const wrong = [...graph].flatMap(([file, deps]) =>
      deps.filter((d) => FORBIDDEN.some(([from, to]) => file.startsWith(from) && d.startsWith(to))).map((d) => `${file} → ${d}`),
    );
    expect(wrong).toEqual([]);
  });

  it('finds a cycle when there is one', () => {
    const g = new Map([
      ['a.ts', ['b.ts']],
      ['b.ts', ['c.ts']],
      ['c.ts', ['a.ts']],
      ['d.ts', ['a.ts']],
    ]);
    expect(cycles(g)).toEqual([['a.ts', 'b.ts', 'c.ts']]);
  });
});
