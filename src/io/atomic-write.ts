/**
 * Writing a file so that it is either wholly the old content or wholly the new: the data goes to a
 * temporary file created exclusively (O_EXCL, never through a link) in the target's own folder,
 * is flushed to disk, and is renamed over the target. A failure at any point removes the temporary
 * file and leaves the target as it was.
 *
 * Writing never leaves the path the user named: a target that is a symbolic link is refused (it
 * could point anywhere), and so is a directory or any other non-regular file.
 * Errors carry a Node-style `code` (ELOOP for a link, EISDIR, EINVAL, or the system's own), so the
 * commands can report them in one line.
 */
import { constants } from 'node:fs';
import { lstat, open, rename, unlink } from 'node:fs/promises';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import type { Stats } from 'node:fs';

export class AtomicWriteError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'AtomicWriteError';
  }
}

async function lstatOrUndefined(file: string): Promise<Stats | undefined> {
  try {
    return await lstat(file);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw e;
  }
}

/** Refuse a target that is not a regular file (when it exists). */
function checkTarget(target: string, st: Stats | undefined): void {
  if (!st) return;
  if (st.isSymbolicLink()) throw new AtomicWriteError('ELOOP', `${target} is a symbolic link; refusing to write through it`);
  if (st.isDirectory()) throw new AtomicWriteError('EISDIR', `${target} is a folder`);
  if (!st.isFile()) throw new AtomicWriteError('EINVAL', `${target} is not a regular file`);
}

/** Name of the temporary file: hidden, next to the target, unique to this process and call. */
function temporaryName(target: string): string {
  const base = path.basename(target).slice(0, 80);
  return path.join(path.dirname(target), `.${base}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
}

/**
 * Write `data` to `target` atomically. An existing target keeps its permission bits; a new one
 * gets 0666 less the umask, like any file the user creates.
 */
export async function writeFileAtomic(target: string, data: string | Uint8Array): Promise<void> {
  const before = await lstatOrUndefined(target);
  checkTarget(target, before);
  const tmp = temporaryName(target);
  const flags = constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | (constants.O_NOFOLLOW ?? 0);
  const handle = await open(tmp, flags, 0o666);
  let renamed = false;
  try {
    try {
      await handle.writeFile(data);
      if (before) await handle.chmod(before.mode & 0o7777);
      await handle.sync();
    } finally {
      await handle.close();
    }
    // The target may have changed while we wrote: check again just before the rename.
    checkTarget(target, await lstatOrUndefined(target));
    await rename(tmp, target);
    renamed = true;
  } finally {
    if (!renamed) await unlink(tmp).catch(() => undefined);
  }
  await syncFolder(path.dirname(target));
}

/** Make the rename itself durable (best effort: not every system lets a folder be opened and synced). */
async function syncFolder(dir: string): Promise<void> {
  try {
    const h = await open(dir, constants.O_RDONLY);
    try {
      await h.sync();
    } finally {
      await h.close();
    }
  } catch {
    // The data is already on disk; only the rename's durability is left to the system.
  }
}
