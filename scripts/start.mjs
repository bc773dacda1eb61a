#!/usr/bin/env node
// `npm start`: build when dist/ is missing or older than the sources, then serve it on 127.0.0.1.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { buildIfStale } from './build-if-stale.mjs';

const root = join(import.meta.dirname, '..');

/**
 * The port: `npm start -- --port 4174` (or `--port=4174`), else `PORT=4174 npm start`, else 4173.
 * Anything else on the command line is refused with a message rather than silently ignored.
 */
function chosenPort(args, env) {
  let port = env || '4173';
  for (let i = 0; i < args.length; i++) {
    const m = /^--port(?:=(.*))?$/.exec(args[i]);
    if (!m) fail(`unknown option "${args[i]}"`);
    port = m[1] ?? args[++i];
  }
  if (!/^\d{1,5}$/.test(port ?? '') || Number(port) < 1 || Number(port) > 65535) fail(`"${port ?? ''}" is not a port number (1–65535)`);
  return port;
}
function fail(why) {
  console.error(`npm start: ${why}.\nUsage: npm start [-- --port 4174]   or   PORT=4174 npm start`);
  process.exit(2);
}
// Options are checked before anything is built, so a typo fails at once.
const port = chosenPort(process.argv.slice(2), process.env.PORT);
buildIfStale();
const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
console.log(`Serving the atlas at http://127.0.0.1:${port}/  (Ctrl+C to stop)`);
// Share links can be long (and hostile ones longer): Node's default 16 kB request head would refuse
// them before the app could say anything, so the server accepts up to 256 kB.
const env = { ...process.env, NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --max-http-header-size=262144`.trim() };
const server = spawn(npx, ['vite', 'preview', '--host', '127.0.0.1', '--port', port, '--strictPort'], { cwd: root, stdio: 'inherit', env });
server.on('exit', (code) => process.exit(code ?? 0));
