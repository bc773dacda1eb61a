import { createServer, type Server } from 'node:http';
import { apiHandler, type ApiOptions } from './api';
import { Problem, sendProblem } from './http/problem';
import { staticHandler } from './http/static';

export interface TeamServerOptions extends ApiOptions {
  /** The built atlas to serve beside the API; none in the API tests. */
  dist?: string;
  log?: (line: string) => void;
}

/** Share links can be long (and hostile ones longer): as `npm start`, the server takes request heads up to 256 kB. */
const MAX_HEADER_BYTES = 256 * 1024;

/** The team server: the API under /api/ and the built atlas everywhere else. Not yet listening. */
export function createTeamServer(o: TeamServerOptions): Server {
  const api = apiHandler(o);
  const files = o.dist ? staticHandler(o.dist) : null;
  const log = o.log ?? ((line) => console.error(line));
  return createServer({ maxHeaderSize: MAX_HEADER_BYTES }, (req, res) => {
    let path: string;
    try {
      path = decodeURI(new URL(req.url ?? '/', 'http://x').pathname);
    } catch {
      path = '\0';
    }
    if (!path.startsWith('/api/') && path !== '/api') {
      if (files && path !== '\0') return files(req, res, path);
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end(files ? 'Not found\n' : 'The atlas is not built here (npm run build); the API is under /api/.\n');
      return;
    }
    api(req, res, new URL(req.url ?? '/', 'http://x').pathname).catch((e: unknown) => {
      if (res.headersSent) return res.destroy();
      if (e instanceof Problem) return sendProblem(res, e);
      // Anything else is our fault or the database's: said plainly, logged, and the server goes on.
      log(`team: ${req.method} ${path}: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
      sendProblem(res, new Problem(500, 'server', '服务器出错，这次请求没有完成，什么也没有改变。请稍后再试。', 'The server failed; the request was not carried out and nothing changed. Please try again.'));
    });
  });
}
