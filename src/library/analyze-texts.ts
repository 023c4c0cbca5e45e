/**
 * The library's analysis of texts held in memory: each input becomes a SourceDocument, passes
 * the checks a file passes (limits, duplicates, language: ingest/admit-documents.ts), and the
 * one pipeline (analyze.ts) analyses them.
 */
import type { AnalysisResult, OutletInfo, SourceDocument } from '../types.js';
import { analyzeDocuments } from '../analyze.js';
import { inputError } from '../errors.js';
import { documentAdmission, TOO_FEW_DOCUMENTS } from '../ingest/admit-documents.js';
import { uniqueId } from '../ingest/inputs.js';

/** One text to analyse, with what is known of it. */
export interface DocumentInput {
  /**
   * The article's text; segments' offsets will point into it as given. The result's text is the
   * same length, `#` read as `£` where a 7-bit British text has it for the pound sign (with a warning).
   */
  text: string;
  /**
   * Its id in the result (letters, digits, `.`, `_`, `-`; other characters become `-`); by
   * default `document-1`, `document-2`, … in input order. Ids are made unique (`-2`, `-3`).
   */
  id?: string;
  /** Where it came from, as the result's `file` shows it; empty by default. */
  file?: string;
  /** What is known of its outlet; `name` defaults to the id. */
  outlet?: Partial<OutletInfo>;
}

/** Options of {@link analyze}. */
export interface AnalyzeTextsOptions {
  /** The collection's name in the result (default `documents`). */
  name?: string;
  /** The collection's title, when it has one. */
  title?: string;
  /** Called with each warning as it arises (they are also in the result's `warnings`). */
  onWarning?: (warning: string) => void;
}

/**
 * Analyse texts held in memory: plain strings, or {@link DocumentInput}s with an id and an outlet.
 * A text over a limit is left out with a warning, as a file would be; fewer than two usable texts
 * throw a {@link WiretraceError}.
 */
export function analyze(inputs: readonly (string | DocumentInput)[], options: AnalyzeTextsOptions = {}): AnalysisResult {
  const warnings: string[] = [];
  const note = (w: string): void => {
    warnings.push(w);
    options.onWarning?.(w);
  };
  const admit = documentAdmission(note);
  const ids = new Set<string>();
  const documents: SourceDocument[] = [];
  inputs.forEach((input, i) => {
    const given: DocumentInput = typeof input === 'string' ? { text: input } : input;
    if (typeof given.text !== 'string') throw inputError(`input ${i + 1} has no text`);
    const id = uniqueId(given.id ?? `document-${i + 1}`, ids);
    const outlet: OutletInfo = { ...given.outlet, name: given.outlet?.name ?? id };
    const text = admit(given.file || id, given.text, outlet);
    if (text !== undefined) documents.push({ id, file: given.file ?? '', outlet, text });
  });
  if (documents.length < 2) throw inputError(TOO_FEW_DOCUMENTS(documents.length));
  const analysis: Parameters<typeof analyzeDocuments>[1] = { name: options.name ?? 'documents', warnings };
  if (options.title !== undefined) analysis.title = options.title;
  return analyzeDocuments(documents, analysis);
}
