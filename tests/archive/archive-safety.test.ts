/**
 * Nothing lost: a process killed in the middle of an add leaves the archive as it was before or as
 * it is after, never broken; two processes adding at once both succeed, or one is told the archive
 * is busy (exit 3). Real processes (the built executable) on a real database file.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { CLI, ROOT, runCli, scratchFolders } from '../helpers.js';
import { WIRE, manyArticles } from './archive-texts.js';

const scratch = scratchFolders('archive-safety');
afterAll(scratch.cleanup);

function folderOf(texts: string[], name: string): string {
  const dir = path.join(scratch.folder(), name);
  mkdirSync(dir);
  texts.forEach((t, i) => writeFileSync(path.join(dir, `a${String(i).padStart(5, '0')}.txt`), t));
  return dir;
}

function startAdd(archive: string, dir: string): { child: ChildProcess; done: Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }> } {
  const child = spawn(process.execPath, [CLI, 'archive', 'add', '--archive', archive, dir], { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
  return { child, done: new Promise((resolve) => child.on('exit', (code, signal) => resolve({ code, signal, stderr }))) };
}

/** Articles in the archive, and SQLite's own integrity check. */
function inspect(archive: string): { count: number; integrity: string; keysOfMissing: number } {
  const db = new Database(path.join(archive, 'archive.sqlite'), { fileMustExist: true });
  try {
    return {
      count: db.prepare('SELECT count(*) FROM articles').pluck().get() as number,
      integrity: db.prepare('PRAGMA integrity_check').pluck().get() as string,
      keysOfMissing: db.prepare('SELECT count(*) FROM keys WHERE article NOT IN (SELECT id FROM articles)').pluck().get() as number,
    };
  } finally {
    db.close();
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('a process killed in the middle of an add', () => {
  it('leaves the archive as it was before (or after), never broken', async () => {
    const archive = path.join(scratch.folder(), 'arc');
    expect(runCli(['archive', 'add', '--archive', archive, '-'], { input: WIRE }).code).toBe(0);
    const dir = folderOf(manyArticles(2000), 'many');
    const wal = path.join(archive, 'archive.sqlite-wal');
    // The first add's log is gone: the one watched below is this add's.
    expect(existsSync(wal)).toBe(false);
    const { child, done } = startAdd(archive, dir);
    // Kill it once the transaction has begun writing pages to the write-ahead log. Its write takes
    // tens of milliseconds: a timer-paced poll can miss it on a loaded machine, so this watches
    // the log synchronously, up to a deadline or until the log is gone again (the add ended).
    await sleep(50);
    const deadline = Date.now() + 60_000;
    let seen = false;
    for (;;) {
      const size = existsSync(wal) ? statSync(wal).size : -1;
      if (size > 64 * 1024 || Date.now() > deadline || (seen && size < 0)) break;
      if (size >= 0) seen = true;
    }
    child.kill('SIGKILL');
    const exit = await done;
    // Killed while it ran (an add that had already ended would exit 0, not by the signal).
    expect(exit.signal).toBe('SIGKILL');
    const after = inspect(archive);
    expect(after.integrity).toBe('ok');
    expect(after.keysOfMissing).toBe(0);
    expect([1, 2001]).toContain(after.count);
    // And it is usable: the same add, run to the end, adds them all.
    const again = runCli(['archive', 'add', '--archive', archive, dir]);
    expect(again.code).toBe(0);
    expect(inspect(archive).count).toBe(2001);
  }, 120_000);
});

describe('two processes adding at once', () => {
  it('both succeed, or one is told the archive is busy', async () => {
    const archive = path.join(scratch.folder(), 'arc');
    const texts = manyArticles(1200);
    const a = folderOf(texts.slice(0, 600), 'a');
    const b = folderOf(texts.slice(600), 'b');
    const [ra, rb] = await Promise.all([startAdd(archive, a).done, startAdd(archive, b).done]);
    for (const r of [ra, rb]) {
      expect([0, 3]).toContain(r.code);
      if (r.code === 3) expect(r.stderr).toMatch(/^wiretrace: .*: the archive is busy \(another process is writing to it\); try again\n$/);
    }
    expect(ra.code === 0 || rb.code === 0).toBe(true);
    const state = inspect(archive);
    expect(state.integrity).toBe('ok');
    expect(state.count).toBe((ra.code === 0 ? 600 : 0) + (rb.code === 0 ? 600 : 0));
  }, 120_000);
});
