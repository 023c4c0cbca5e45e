/**
 * `wiretrace serve [--archive A] [--port 8080] [--host 127.0.0.1]`: the archive as a JSON HTTP API
 * (src/server/), its matches in worker threads, one per core (match-pool.ts). Runs until SIGINT or
 * SIGTERM, then closes the server, the workers and the archive.
 * Writes wait at most SERVER_BUSY_TIMEOUT_MS for another process's write (then 503, busy), so a
 * long `archive add` elsewhere never stalls the server's other requests; reads never wait (WAL).
 */
import { inputError, usageError } from '../../errors.js';
import { openArchive } from '../../archive/use-archive.js';
import { sanitizeForTerminal } from '../../terminal/sanitize.js';
import { writeStdout } from '../output.js';

export const DEFAULT_PORT = 8080;
export const DEFAULT_HOST = '127.0.0.1';
export const SERVER_BUSY_TIMEOUT_MS = 200;

export function parsePort(s: string | undefined): number {
  if (s === undefined) return DEFAULT_PORT;
  if (!/^\d{1,5}$/.test(s) || Number(s) > 65535) throw usageError(`--port is a whole number from 0 to 65535, not "${s}"`);
  return Number(s);
}

export async function run(_args: string[], options: { archive?: string; port?: string; host?: string }): Promise<void> {
  const port = parsePort(options.port);
  const host = options.host ?? DEFAULT_HOST;
  const store = await openArchive(options.archive);
  store.db.pragma(`busy_timeout = ${SERVER_BUSY_TIMEOUT_MS}`);
  const { createServer } = await import('../../server/create-server.js');
  const { MatchPool } = await import('../../server/match-pool.js');
  const pool = new MatchPool(store.where);
  const app = createServer(store, { match: (article) => pool.match(article) });
  let address: string;
  try {
    address = await app.listen({ port, host });
  } catch (e) {
    await pool.close();
    store.close();
    const code = (e as NodeJS.ErrnoException).code;
    throw inputError(`cannot listen on ${host}:${port}${code ? ` (${code})` : ''}`);
  }
  writeStdout(`wiretrace: serving ${sanitizeForTerminal(store.where)} on ${address}\n`);
  await new Promise<void>((resolve) => {
    const stop = (): void => {
      void app.close().then(async () => {
        await pool.close();
        store.close();
        resolve();
      });
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
}
