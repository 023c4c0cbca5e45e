/**
 * Stage 1 (ingest): turn the paths a user gave into source documents. Folders are read in
 * name order (never directory-listing order), or in the order of their manifest; `-` is standard
 * input; an http(s) address is fetched or read from the page cache (addresses.ts). Plain text is
 * read as it is (as Windows-1252, with a warning, when it is not UTF-8); Markdown has its markup
 * blanked in place (markdown.ts); a web page is reduced to its article (html-article.ts).
 * Unusable inputs (empty, binary, unreadable, a page that cannot be fetched, over a limit) are
 * skipped with one warning each; at least two usable documents are required. `#` read as `£`
 * (7-bit British text), duplicates and text that does not look English are warned about.
 */
import { fileURLToPath } from 'node:url';
import type { SourceDocument } from '../types.js';
import { inputError } from '../errors.js';
import type { AddressOptions } from './addresses.js';
import { documentAdmission, TOO_FEW_DOCUMENTS } from './admit-documents.js';
import { assumedEncodingWarning, listInputs, outletOf, readInput, uniqueId, wantedId, type GivenPath } from './inputs.js';
import type { ReadBytes } from './read-bytes.js';

export { MAX_DOCUMENT_BYTES, MAX_DOCUMENT_CHARS, MAX_TOTAL_CHARS } from './limits.js';
export { INPUT_EXTENSIONS, STDIN_PATH, type GivenPath } from './inputs.js';

export const SEEDS_DIR = fileURLToPath(new URL('../../seeds', import.meta.url));

/** The paths as given; none means the bundled seeds, shown as "seeds/…" wherever the package lies. */
export function givenPaths(paths: readonly string[]): GivenPath[] {
  return paths.length > 0 ? paths.map((p) => ({ full: p, display: p })) : [{ full: SEEDS_DIR, display: 'seeds' }];
}

/** Documents read from paths: the documents, the collection's name and title, the warnings. */
export interface LoadedInput {
  documents: SourceDocument[];
  name: string;
  title?: string;
  warnings: string[];
}

export interface LoadOptions {
  /** Where `-` reads from (tests); standard input by default. */
  readStdin?: (limit: number) => ReadBytes;
  /** Called with each warning as it arises (so they reach the user even when loading then fails). */
  onWarning?: (warning: string) => void;
  /** How web addresses are fetched: cache folder, offline, timeout. */
  addresses?: AddressOptions;
  /** Fewer usable documents than this is an error (default 2: the analysis compares documents). */
  minDocuments?: number;
  /** The limit on the characters of all documents (default MAX_TOTAL_CHARS; the archive adds documents one by one). */
  maxTotalChars?: number;
  /** Warn about documents with the same text as an earlier one (default true; the archive skips them instead). */
  warnDuplicates?: boolean;
}

/** Read the documents named by `paths` (files, folders, `-`, web addresses); no paths means the bundled seeds. */
export async function loadDocuments(paths: readonly string[], options: LoadOptions = {}): Promise<LoadedInput> {
  const warnings: string[] = [];
  const note = (w: string): void => {
    warnings.push(w);
    options.onWarning?.(w);
  };
  const { candidates, name, title } = await listInputs(givenPaths(paths), note, options.addresses);
  const documents: SourceDocument[] = [];
  const ids = new Set<string>();
  const admit = documentAdmission(note, {
    ...(options.maxTotalChars !== undefined && { maxTotalChars: options.maxTotalChars }),
    ...(options.warnDuplicates !== undefined && { warnDuplicates: options.warnDuplicates }),
  });
  for (const c of candidates) {
    const converted = readInput(c, options.readStdin);
    if (!converted.ok) {
      note(`${c.display}: ${converted.reason}; skipped`);
      continue;
    }
    const assumed = assumedEncodingWarning(c, converted);
    if (assumed) note(assumed);
    const outlet = outletOf(c, converted.meta);
    const text = admit(c.display, converted.text, outlet);
    if (text === undefined) continue;
    const doc: SourceDocument = { id: uniqueId(wantedId(c), ids), file: c.display, outlet, text };
    if (converted.blockQuotes) doc.blockQuotes = converted.blockQuotes;
    documents.push(doc);
  }
  const min = options.minDocuments ?? 2;
  if (documents.length < min) throw inputError(min === 2 ? TOO_FEW_DOCUMENTS(documents.length) : `no usable article in the input (found ${documents.length})`);
  const out: LoadedInput = { documents, name: name ?? 'documents', warnings };
  if (title !== undefined) out.title = title;
  return out;
}
