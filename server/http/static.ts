import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { TEAM_META, TEAM_SERVICE } from '../../src/data/team-schema';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.geojson': 'application/geo+json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.pbf': 'application/x-protobuf',
  '.wasm': 'application/wasm',
};

/**
 * Serves the production build (dist/) exactly as built, with one line added to index.html:
 * `<meta name="atlas-team">`, which is how the app knows a team server serves it (the static build
 * has none, so it makes no team request at all). The page's CSP meta is left as built.
 */
export function staticHandler(dist: string): (req: IncomingMessage, res: ServerResponse, path: string) => void {
  const indexFile = join(dist, 'index.html');
  if (!existsSync(indexFile)) throw new Error(`${indexFile} is missing: build the atlas first (npm run build)`);
  const built = readFileSync(indexFile, 'utf8');
  if (!built.includes('</head>')) throw new Error(`${indexFile} has no </head>`);
  const index = Buffer.from(built.replace('</head>', `  <meta name="${TEAM_META}" content="${TEAM_SERVICE}" />\n  </head>`));
  const root = normalize(dist + sep);

  return (req, res, path) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD', 'Content-Type': 'text/plain; charset=utf-8' }).end('Method not allowed\n');
      return;
    }
    if (path === '/' || path === '/index.html') {
      res.writeHead(200, { 'Content-Type': TYPES['.html']!, 'Content-Length': index.length, 'Cache-Control': 'no-cache', 'X-Content-Type-Options': 'nosniff' });
      res.end(req.method === 'HEAD' ? undefined : index);
      return;
    }
    const file = normalize(join(root, path));
    const stat = file.startsWith(root) && existsSync(file) ? statSync(file) : null;
    if (!stat?.isFile()) {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8', 'X-Content-Type-Options': 'nosniff' }).end('Not found\n');
      return;
    }
    res.writeHead(200, {
      'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
      'Content-Length': stat.size,
      // Vite names every asset by its content hash: a changed file is a new name.
      'Cache-Control': path.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
      'X-Content-Type-Options': 'nosniff',
    });
    if (req.method === 'HEAD') res.end();
    else createReadStream(file).pipe(res);
  };
}
