/**
 * Where the main thread's time goes between the load's marks: reads a PROFILE_OUT dump of
 * `npm run bench:profile -- load|bare` and prints, for each span between marks (navigation,
 * map created, data ready, map ready), the self time of the busiest functions, and the inclusive
 * time of any function whose name matches the arguments (`npx tsx bench/profile-timeline.ts
 * dump.json draw getGlyphs`).
 */
import { readFileSync } from 'node:fs';

interface Node {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
const [file, ...wanted] = process.argv.slice(2);
const dump = JSON.parse(readFileSync(file!, 'utf8')) as {
  profile: { nodes: Node[]; startTime: number; samples: number[]; timeDeltas: number[] };
  events: { name: string; cat: string; ts: number }[];
};
const marks = dump.events.filter((e) => e.cat.includes('blink.user_timing') || e.name === 'navigationStart').map((e) => ({ name: e.name, ts: e.ts }));
const named = marks.filter((m) => m.name.includes(':')).sort((a, b) => a.ts - b.ts);
// The reload's navigation: the last one before the first mark (the trace starts in the page before it).
const nav = Math.max(dump.profile.startTime, ...marks.filter((m) => m.name === 'navigationStart' && m.ts <= (named[0]?.ts ?? Infinity)).map((m) => m.ts));
const points = [{ name: 'start', ts: nav }, ...named, { name: 'end', ts: Infinity }];
const byId = new Map(dump.profile.nodes.map((n) => [n.id, n]));
const parent = new Map<number, number>();
for (const n of dump.profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const label = (n: Node) => `${n.callFrame.functionName || '(anonymous)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber + 1}`;
const spans = points.slice(0, -1).map((p, i) => ({ from: p.name, to: points[i + 1]!.name, start: p.ts, end: points[i + 1]!.ts, self: new Map<string, number>(), incl: new Map<string, number>(), total: 0 }));
let t = dump.profile.startTime;
dump.profile.samples.forEach((id, i) => {
  t += dump.profile.timeDeltas[i] ?? 0;
  const span = spans.find((s) => t >= s.start && t < s.end);
  if (!span) return;
  const dt = dump.profile.timeDeltas[i + 1] ?? 0;
  const node = byId.get(id)!;
  const name = label(node);
  if (node.callFrame.functionName === '(idle)') return;
  span.total += dt;
  span.self.set(name, (span.self.get(name) ?? 0) + dt);
  const seen = new Set<string>();
  for (let n: number | undefined = id; n !== undefined; n = parent.get(n)) {
    const fn = byId.get(n)!.callFrame.functionName;
    for (const w of wanted)
      if (fn === w && !seen.has(w)) {
        seen.add(w);
        span.incl.set(w, (span.incl.get(w) ?? 0) + dt);
      }
  }
});
for (const s of spans) {
  console.log(`\n${s.from} → ${s.to}: ${Math.round((Math.min(s.end, t) - s.start) / 1000)} ms, ${Math.round(s.total / 1000)} ms sampled busy`);
  for (const [k, v] of [...s.self].sort((a, b) => b[1] - a[1]).slice(0, 18)) console.log(`  ${(v / 1000).toFixed(1).padStart(7)}  ${k}`);
  const files = new Map<string, number>();
  for (const [k, v] of s.self) {
    const f = k.split(' ').pop()!.replace(/-[\w-]{8}\.(m?js):\d+$/, '').replace(/:\d+$/, '') || '(native)';
    files.set(f, (files.get(f) ?? 0) + v);
  }
  console.log(`  by file: ${[...files].sort((a, b) => b[1] - a[1]).slice(0, 8).map(([f, v]) => `${f} ${(v / 1000).toFixed(0)}`).join(', ')}`);
  for (const [k, v] of s.incl) console.log(`  incl ${(v / 1000).toFixed(1).padStart(7)}  ${k}`);
}
