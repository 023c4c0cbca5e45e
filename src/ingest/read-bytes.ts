/**
 * Reading a file or standard input with a bound: never more than `limit + 1` bytes are held, so a
 * file of gigabytes (or an endless pipe) is refused after reading a little over the limit, and a
 * file that grows while being read cannot get past the bound either.
 */
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import { megabytes } from './limits.js';

export type ReadBytes = { ok: true; bytes: Buffer } | { ok: false; reason: string };

const CHUNK = 1024 * 1024;

/** Sleep without spinning (standard input may be a non-blocking pipe that is not ready yet). */
function pause(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/**
 * Read `fd` to its end. `expected` (a regular file's size) sizes the first buffer: one byte more,
 * so the read that finds the end needs no buffer of its own; the rest come CHUNK at a time.
 */
function readAll(fd: number, limit: number, expected?: number): ReadBytes {
  const chunks: Buffer[] = [];
  let total = 0;
  let buf = Buffer.allocUnsafe(Math.min(expected === undefined ? CHUNK : expected + 1, limit + 1));
  let used = 0;
  for (;;) {
    if (used === buf.length) {
      chunks.push(buf);
      buf = Buffer.allocUnsafe(Math.min(CHUNK, limit + 1 - total));
      used = 0;
    }
    let n: number;
    try {
      n = readSync(fd, buf, used, buf.length - used, null);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'EAGAIN') {
        pause(5);
        continue;
      }
      if (code === 'EOF') break;
      return { ok: false, reason: `cannot be read (${code ?? 'error'})` };
    }
    if (n === 0) break;
    used += n;
    total += n;
    if (total > limit) return { ok: false, reason: `over the ${megabytes(limit)} limit for one document` };
  }
  if (chunks.length === 0) return { ok: true, bytes: buf.subarray(0, used) };
  chunks.push(buf.subarray(0, used));
  return { ok: true, bytes: Buffer.concat(chunks, total) };
}

/**
 * Read a file up to `limit` bytes. With `regularOnly` (files found in a folder), anything but a
 * regular file is refused without blocking: a named pipe there would otherwise wait forever for a
 * writer. A pipe the user names (`<(curl …)`) is read.
 */
export function readFileBounded(file: string, limit: number, regularOnly = false): ReadBytes {
  let fd: number;
  try {
    fd = openSync(file, regularOnly ? constants.O_RDONLY | constants.O_NONBLOCK : constants.O_RDONLY);
  } catch (e) {
    return { ok: false, reason: `cannot be read (${(e as NodeJS.ErrnoException).code ?? 'error'})` };
  }
  try {
    const st = fstatSync(fd);
    if (st.isDirectory()) return { ok: false, reason: 'is a folder, not a file' };
    if (regularOnly && !st.isFile()) return { ok: false, reason: 'not a regular file' };
    if (st.isFile() && st.size > limit)
      return { ok: false, reason: `${megabytes(st.size)} is over the ${megabytes(limit)} limit for one document` };
    return readAll(fd, limit, st.isFile() ? st.size : undefined);
  } finally {
    closeSync(fd);
  }
}

/** Read all of standard input up to `limit` bytes. */
export function readStdinBounded(limit: number): ReadBytes {
  return readAll(0, limit);
}
