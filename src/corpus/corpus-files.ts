/**
 * Corpus mode's inputs: the small path's own listing (src/ingest/inputs.ts: folders in file-name
 * order or in the order of their manifest, links kept inside their folder, one file read once,
 * Markdown and web pages converted, `-` for standard input), but each text is read when a pass
 * needs it, so a corpus is never held in memory whole. Standard input and pipes, which cannot be
 * read twice, are the texts kept.
 */
import { statSync } from 'node:fs';
import type { AddressOptions } from '../ingest/addresses.js';
import { listInputs, readInput, type Candidate, type GivenPath, type InputText } from '../ingest/inputs.js';

export { uniqueId, wantedId } from '../ingest/inputs.js';

/** One input of a corpus: the small path's own candidate (path, display, manifest entry). */
export type CorpusFile = Candidate;

export interface CorpusListing {
  files: CorpusFile[];
  name: string;
  title?: string;
  warnings: string[];
}

/** List the files `paths` name; nothing is read but folder listings and manifests (and web addresses, fetched into the page cache). */
export async function listCorpusFiles(paths: readonly GivenPath[], addresses: AddressOptions = {}): Promise<CorpusListing> {
  const warnings: string[] = [];
  const { candidates, name, title } = await listInputs(paths, (w) => warnings.push(w), addresses);
  const out: CorpusListing = { files: candidates, name: name ?? 'documents', warnings };
  if (title !== undefined) out.title = title;
  return out;
}

const keptText = new WeakMap<CorpusFile, InputText>();

/** A regular file, which can be read again (not standard input, nor a pipe such as `<(cat …)`). */
function rereadable(c: Candidate): boolean {
  if (c.stdin) return false;
  if (c.page) return true; // in the cache, or held in memory
  try {
    return statSync(c.full).isFile();
  } catch {
    return true; // reading it reports why it cannot be read
  }
}

/** One file's text and page metadata, as the small path reads it; what cannot be read twice is read once, then kept. */
export function readCorpusText(file: CorpusFile): InputText {
  if (rereadable(file)) return readInput(file);
  let t = keptText.get(file);
  if (!t) keptText.set(file, (t = readInput(file)));
  return t;
}
