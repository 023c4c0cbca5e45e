/**
 * Corpus mode's inputs: the small path's own listing (src/ingest/inputs.ts: folders in file-name
 * order or in the order of their manifest, links kept inside their folder, one file read once,
 * Markdown and web pages converted, `-` for standard input), but each text is read when a pass
 * needs it, so a corpus is never held in memory whole. Standard input and pipes, which cannot be
 * read twice, are the texts kept.
 */
import { statSync } from 'node:fs';
import path from 'node:path';
import type { OutletInfo } from '../types.js';
import { listInputs, outletOf, readInput, type Candidate, type GivenPath, type InputText } from '../ingest/inputs.js';

export { uniqueId } from '../ingest/inputs.js';

export interface CorpusFile {
  candidate: Candidate;
  /** Path as shown (and as written to `file` in the output). */
  display: string;
  /** The id asked for (manifest id, or the file name without extension); made unique on reading. */
  wantedId: string;
  /** The outlet the manifest gives, or the file's name; a page's own metadata is added on reading. */
  outlet: OutletInfo;
}

export interface CorpusListing {
  files: CorpusFile[];
  name: string;
  title?: string;
  warnings: string[];
}

/** List the files `paths` name; nothing is read but folder listings and manifests. */
export function listCorpusFiles(paths: readonly GivenPath[]): CorpusListing {
  const warnings: string[] = [];
  const { candidates, name, title } = listInputs(paths, (w) => warnings.push(w));
  const files = candidates.map(
    (c): CorpusFile => ({
      candidate: c,
      display: c.display,
      wantedId: c.entry?.id ?? (c.stdin ? 'stdin' : path.basename(c.display, path.extname(c.display))),
      outlet: outletOf(c, {}),
    }),
  );
  const out: CorpusListing = { files, name: name ?? 'documents', warnings };
  if (title !== undefined) out.title = title;
  return out;
}

const keptText = new WeakMap<CorpusFile, InputText>();

/** A regular file, which can be read again (not standard input, nor a pipe such as `<(cat …)`). */
function rereadable(c: Candidate): boolean {
  if (c.stdin) return false;
  try {
    return statSync(c.full).isFile();
  } catch {
    return true; // reading it reports why it cannot be read
  }
}

/** One file's text and page metadata, as the small path reads it; what cannot be read twice is read once, then kept. */
export function readCorpusText(file: CorpusFile): InputText {
  if (rereadable(file.candidate)) return readInput(file.candidate);
  let t = keptText.get(file);
  if (!t) keptText.set(file, (t = readInput(file.candidate)));
  return t;
}
