/**
 * `match`: the articles' candidates from the persistent index, then the one analysis
 * (`analyzeDocuments`) on the articles and the candidate texts together. Nothing is decided here
 * that the analysis does not decide; rank-matches.ts only reads its result.
 */
import type { AnalysisResult, SourceDocument } from '../types.js';
import { analyzeDocuments } from '../analyze.js';
import { analyzeDocumentsInParallel, type ParallelOptions } from '../parallel/analyze-in-parallel.js';
import { uniqueId } from '../ingest/inputs.js';
import type { ArchiveStore, ArchivedArticle } from './archive-store.js';
import { candidateKeys } from './candidate-keys.js';

/** The document id an archived article has in a match's analysis. */
export const archivedDocumentId = (id: number): string => `archive-${id}`;

export interface ArchiveMatch {
  result: AnalysisResult;
  /** The given articles' document ids (the first documents of the result). */
  articles: string[];
  /** The archived articles compared (candidates), by document id. */
  archived: Map<string, ArchivedArticle>;
  /** Given articles already in the archive: document id → archive id (not compared with themselves). */
  alreadyArchived: Map<string, number>;
}

export function archivedSource(a: ArchivedArticle): SourceDocument {
  return { id: archivedDocumentId(a.id), file: a.file, outlet: a.outlet, text: a.text };
}

/** What a match analyses: the given articles (ids made unique) and their archived candidates, in that order. */
interface MatchInput {
  documents: SourceDocument[];
  given: SourceDocument[];
  archived: Map<string, ArchivedArticle>;
  alreadyArchived: Map<string, number>;
}

export interface MatchOptions {
  name?: string;
  warnings?: string[];
}

export function matchArchive(store: ArchiveStore, articles: readonly SourceDocument[], options: MatchOptions = {}): ArchiveMatch {
  const input = matchInput(store, articles);
  return matchOf(articles, input, analyzeDocuments(input.documents, analysisOptions(options)));
}

/** `matchArchive` with the analysis on `jobs` threads (`--jobs`, src/parallel/): the same match for any number. */
export async function matchArchiveInParallel(store: ArchiveStore, articles: readonly SourceDocument[], options: MatchOptions & { jobs?: number } = {}): Promise<ArchiveMatch> {
  const input = matchInput(store, articles);
  const analysis: ParallelOptions = analysisOptions(options);
  if (options.jobs !== undefined) analysis.jobs = options.jobs;
  return matchOf(articles, input, await analyzeDocumentsInParallel(input.documents, analysis));
}

const analysisOptions = (options: MatchOptions): { name: string; warnings: string[] } => ({ name: options.name ?? 'match', warnings: options.warnings ?? [] });

function matchInput(store: ArchiveStore, articles: readonly SourceDocument[]): MatchInput {
  const alreadyArchived = new Map<string, number>();
  const exclude = new Set<number>();
  for (const d of articles) {
    const id = store.idOfText(d.text);
    if (id !== undefined) {
      alreadyArchived.set(d.id, id);
      exclude.add(id);
    }
  }
  const ids = new Set<number>();
  for (const d of articles) for (const id of store.candidates(candidateKeys(d.text, d.outlet.title), exclude)) ids.add(id);
  const archived = new Map<string, ArchivedArticle>();
  for (const id of [...ids].sort((a, b) => a - b)) {
    const a = store.get(id);
    if (a) archived.set(archivedDocumentId(id), a);
  }
  // The given articles keep their ids (already unique among themselves) unless one reads like an archived article's.
  const taken = new Set([...archived.keys(), ...articles.map((d) => d.id)]);
  const given = articles.map((d) => (archived.has(d.id) ? { ...d, id: uniqueId(d.id, taken) } : d));
  const documents = [...given, ...[...archived.values()].map(archivedSource)];
  return { documents, given, archived, alreadyArchived };
}

function matchOf(articles: readonly SourceDocument[], { given, archived, alreadyArchived }: MatchInput, result: AnalysisResult): ArchiveMatch {
  const remap = new Map(articles.map((d, i) => [d.id, given[i]!.id]));
  return {
    result,
    articles: given.map((d) => d.id),
    archived,
    alreadyArchived: new Map([...alreadyArchived].map(([k, v]) => [remap.get(k)!, v])),
  };
}
