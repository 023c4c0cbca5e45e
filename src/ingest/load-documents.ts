/**
 * Stage 1 (ingest): turn the paths a user gave into source documents. Folders are read in
 * name order (never directory-listing order), or in the order of their manifest; `-` is standard
 * input; an http(s) address is fetched or read from the page cache (addresses.ts). Plain text is
 * read as it is (as Windows-1252, with a warning, when it is not UTF-8); Markdown has its markup
 * blanked in place (markdown.ts); a web page is reduced to its article (html-article.ts).
 * Unusable inputs (empty, binary, unreadable, a page that cannot be fetched, over a limit) are
 * skipped with one warning each; at least two usable documents are required. Duplicates and text
 * that does not look English are warned about.
 */
import { fileURLToPath } from 'node:url';
import type { OutletInfo, SourceDocument } from '../types.js';
import { inputError } from '../errors.js';
import { DuplicateFinder, duplicateWarning } from './duplicates.js';
import type { AddressOptions } from './addresses.js';
import { assumedEncodingWarning, listInputs, outletOf, readInput, uniqueId, wantedId, type GivenPath } from './inputs.js';
import { checkEnglish } from './language.js';
import { MAX_TOTAL_CHARS, overCharLimit } from './limits.js';
import type { ReadBytes } from './read-bytes.js';

export { MAX_DOCUMENT_BYTES, MAX_DOCUMENT_CHARS, MAX_TOTAL_CHARS } from './limits.js';
export { INPUT_EXTENSIONS, STDIN_PATH, type GivenPath } from './inputs.js';

export const SEEDS_DIR = fileURLToPath(new URL('../../seeds', import.meta.url));

/** The paths as given; none means the bundled seeds, shown as "seeds/…" wherever the package lies. */
export function givenPaths(paths: readonly string[]): GivenPath[] {
  return paths.length > 0 ? paths.map((p) => ({ full: p, display: p })) : [{ full: SEEDS_DIR, display: 'seeds' }];
}

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
}

function languageWarning(display: string, outlet: OutletInfo, text: string): string | undefined {
  const model = 'analysed, but the paraphrase model is English-only, so reworded passages may be missed';
  if (outlet.language !== undefined && !/^en\b/i.test(outlet.language)) return `${display}: its language is given as "${outlet.language}"; ${model}`;
  if (outlet.language !== undefined) return undefined;
  const check = checkEnglish(text);
  if (check.english) return undefined;
  const why = check.latinShare < 0.5 ? 'mostly not in Latin script' : `${Math.round(check.functionWordShare * 100)}% English function words`;
  return `${display}: does not look like English (${why}); ${model}`;
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
  const duplicates = new DuplicateFinder();
  let totalChars = 0;
  for (const c of candidates) {
    const converted = readInput(c, options.readStdin);
    if (!converted.ok) {
      note(`${c.display}: ${converted.reason}; skipped`);
      continue;
    }
    const assumed = assumedEncodingWarning(c, converted);
    if (assumed) note(assumed);
    const { text, meta } = converted;
    const over = overCharLimit(text.length);
    if (over !== undefined) {
      note(`${c.display}: ${over}; skipped`);
      continue;
    }
    if (totalChars + text.length > MAX_TOTAL_CHARS) {
      note(`${c.display}: the documents before it already hold ${totalChars.toLocaleString('en')} characters, and the limit for all is ${MAX_TOTAL_CHARS.toLocaleString('en')}; skipped`);
      continue;
    }
    totalChars += text.length;
    const first = duplicates.check(text, c.display);
    if (first !== undefined) note(duplicateWarning(c.display, first));
    const outlet = outletOf(c, meta);
    const language = languageWarning(c.display, outlet, text);
    if (language) note(language);
    documents.push({ id: uniqueId(wantedId(c), ids), file: c.display, outlet, text });
  }
  if (documents.length < 2)
    throw inputError(`wiretrace compares documents: it needs at least two usable ones, and found ${documents.length}`);
  const out: LoadedInput = { documents, name: name ?? 'documents', warnings };
  if (title !== undefined) out.title = title;
  return out;
}
