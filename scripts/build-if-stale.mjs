#!/usr/bin/env node
// Builds dist/ when it is missing or older than the sources: `npm start` and `npm run team` serve a current build.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');

const newest = (p) => {
  if (!existsSync(p)) return 0;
  const s = statSync(p);
  if (!s.isDirectory()) return s.mtimeMs;
  return Math.max(s.mtimeMs, ...readdirSync(p).map((f) => newest(join(p, f))));
};

/** Runs `vite build` if needed; exits the process with the build's status if it fails. */
export function buildIfStale() {
  const built = existsSync(join(root, 'dist/index.html')) ? statSync(join(root, 'dist/index.html')).mtimeMs : 0;
  const sources = Math.max(...['src', 'geodata', 'public', 'index.html', 'vite.config.ts', 'package.json'].map((p) => newest(join(root, p))));
  const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
  if (sources > built) {
    console.log(built ? 'Sources changed since the last build: rebuilding…' : 'No build yet: building…');
    const r = spawnSync(npx, ['vite', 'build'], { cwd: root, stdio: 'inherit' });
    if (r.status !== 0) process.exit(r.status ?? 1);
  }
}

if (process.argv[1] && import.meta.filename === process.argv[1]) buildIfStale();
