/**
 * When `wiretrace analyze` switches to corpus mode: more than CORPUS_THRESHOLD input files, or
 * `--corpus`. Counting looks at names only (no file is read), so the small path stays as fast;
 * this module is all of corpus mode that the small path loads.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { isAddress } from '../ingest/fetch-page.js';
import { INPUT_EXTENSIONS, STDIN_PATH } from '../ingest/inputs.js';

/** More input files than this are analysed in corpus mode. */
export const CORPUS_THRESHOLD = 50;

/** A folder's entries; none for one that cannot be read (the loader warns of it). */
function namesIn(dir: string): string[] {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}

/** How many article files `paths` name (folders counted by the extensions ingest reads; an address is one). */
export function countInputFiles(paths: readonly string[]): number {
  let n = 0;
  for (const p of paths) {
    if (p === STDIN_PATH || isAddress(p)) {
      n++;
      continue;
    }
    if (!existsSync(p)) return n; // the loader reports the missing path
    if (!statSync(p).isDirectory()) n++;
    else for (const name of namesIn(p)) if (!name.startsWith('.') && INPUT_EXTENSIONS.has(path.extname(name).toLowerCase())) n++;
    if (n > CORPUS_THRESHOLD) return n;
  }
  return n;
}

export function useCorpusMode(paths: readonly string[], forced: boolean): boolean {
  return forced || countInputFiles(paths) > CORPUS_THRESHOLD;
}
