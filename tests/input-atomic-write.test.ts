/** src/io/atomic-write.ts: whole or nothing, in the folder the user named, never through a link. */
import { chmodSync, mkdirSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeFileAtomic } from '../src/io/atomic-write.js';
import { scratchFolders } from './helpers.js';

const { folder, cleanup } = scratchFolders('write');
afterAll(cleanup);
const codeOf = async (p: Promise<unknown>): Promise<string | undefined> =>
  p.then(
    () => undefined,
    (e: NodeJS.ErrnoException) => e.code,
  );

describe('writeFileAtomic', () => {
  it('creates a file, and replaces one keeping its permissions, leaving no temporary file', async () => {
    const d = folder();
    const target = path.join(d, 'report.html');
    await writeFileAtomic(target, 'first');
    expect(readFileSync(target, 'utf8')).toBe('first');
    chmodSync(target, 0o640);
    await writeFileAtomic(target, Buffer.from('second'));
    expect(readFileSync(target, 'utf8')).toBe('second');
    expect(statSync(target).mode & 0o777).toBe(0o640);
    expect(readdirSync(d)).toEqual(['report.html']);
  });

  it('refuses a target that is a symbolic link, and leaves both the link and what it points to alone', async () => {
    const d = folder();
    const outside = path.join(folder(), 'precious.txt');
    writeFileSync(outside, 'keep me');
    const link = path.join(d, 'report.html');
    symlinkSync(outside, link);
    expect(await codeOf(writeFileAtomic(link, 'overwrite'))).toBe('ELOOP');
    expect(readFileSync(outside, 'utf8')).toBe('keep me');
    expect(readdirSync(d)).toEqual(['report.html']);
    const dangling = path.join(d, 'dangling.html');
    symlinkSync(path.join(path.dirname(outside), 'new.txt'), dangling);
    expect(await codeOf(writeFileAtomic(dangling, 'x'))).toBe('ELOOP');
    expect(readdirSync(path.dirname(outside))).toEqual(['precious.txt']);
  });

  it('refuses a folder, and a folder that does not exist, leaving nothing behind', async () => {
    const d = folder();
    mkdirSync(path.join(d, 'out'));
    expect(await codeOf(writeFileAtomic(path.join(d, 'out'), 'x'))).toBe('EISDIR');
    expect(await codeOf(writeFileAtomic(path.join(d, 'missing', 'r.html'), 'x'))).toBe('ENOENT');
    expect(readdirSync(d)).toEqual(['out']);
    expect(readdirSync(path.join(d, 'out'))).toEqual([]);
  });

  it('leaves the old content whole when the write fails', async () => {
    const d = folder();
    const target = path.join(d, 'r.txt');
    writeFileSync(target, 'old');
    // A value that cannot be written makes the write fail after the temporary file exists.
    const bad = { toString: () => { throw new Error('boom'); } } as unknown as string;
    await expect(writeFileAtomic(target, bad)).rejects.toThrow();
    expect(readFileSync(target, 'utf8')).toBe('old');
    expect(readdirSync(d)).toEqual(['r.txt']);
  });
});
