import { spawn, type ChildProcess } from 'node:child_process';
import { ROOT } from './harness';

export interface ServerProcess {
  url: string;
  child: ChildProcess;
  /** Everything the process printed, for a failing test's message. */
  output(): string;
  /** SIGTERM, then SIGKILL if it has not gone within 10 s; resolves when it has exited. */
  stop(): Promise<void>;
}

/**
 * `npm run team`'s server as its own process (one process: node with tsx's loader, so a signal
 * reaches the server itself), on a free port; resolves once it says where it listens.
 */
export function startServerProcess(env: Record<string, string>, timeoutMs = 90_000): Promise<ServerProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    cwd: ROOT,
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`the team server did not start within ${timeoutMs / 1000} s:\n${out}`));
    }, timeoutMs);
    const seen = (d: Buffer) => {
      out += d.toString();
      const m = /Team atlas at (http:\/\/127\.0\.0\.1:\d+)\//.exec(out);
      if (!m) return;
      clearTimeout(timer);
      child.stdout!.off('data', seen);
      child.stdout!.on('data', (x: Buffer) => (out += x.toString()));
      resolve({
        url: m[1]!,
        child,
        output: () => out,
        async stop() {
          if (child.exitCode !== null || child.signalCode !== null) return;
          child.kill('SIGTERM');
          const t = setTimeout(() => child.kill('SIGKILL'), 10_000);
          await exited;
          clearTimeout(t);
        },
      });
    };
    child.stdout!.on('data', seen);
    child.stderr!.on('data', (d: Buffer) => (out += d.toString()));
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`the team server exited (${signal ?? code}) before listening:\n${out}`));
    });
  });
}
