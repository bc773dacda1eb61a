import type { Plugin } from 'vite';

/**
 * The production page may load only from its own origin. `blob:` for images and workers because
 * MapLibre builds some from blobs, and for connections because its worker reads the validated data
 * files from blob URLs (src/map/source-feed.ts; a worker served with this policy as a header would
 * need it); `data:` images for its control icons. Dev keeps no CSP (Vite's
 * dev server injects inline scripts and a websocket for hot reload).
 */
export const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self' blob:",
  "worker-src 'self' blob:",
  "child-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');

export function cspPlugin(): Plugin {
  return {
    name: 'atlas-csp',
    apply: 'build',
    transformIndexHtml: (html) => html.replace('<meta charset="UTF-8" />', `<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="${CSP}" />`),
  };
}
