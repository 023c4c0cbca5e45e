/** Open the archive a command names (creating it on first use) and close it when the work is done. */
import { archiveFolder } from './archive-location.js';
import { ArchiveStore } from './archive-store.js';
import { openDatabase } from './open-archive.js';

export async function openArchive(option: string | undefined): Promise<ArchiveStore> {
  const folder = archiveFolder(option);
  return new ArchiveStore(await openDatabase(folder), folder);
}

export async function withArchive<T>(option: string | undefined, f: (store: ArchiveStore) => T | Promise<T>): Promise<T> {
  const store = await openArchive(option);
  try {
    return await f(store);
  } finally {
    store.close();
  }
}
