/**
 * The search: every sentence whose text as drawn (display-text's `clean`) contains the query, in
 * any case, in the order of the documents and of their sentences. Pure; memoised per result, since
 * each Enter, n and N asks for the matches and for their count (the sentences' lower-cased text
 * once, the matches of the last few queries): at 2,000 documents cleaning every sentence again
 * took 130–170 ms a key (`npm run bench:review`).
 */
import type { AnalysisResult } from '../types.js';
import { clean } from './display-text.js';
import { resultMemo } from './result-memo.js';

/** A sentence of the result: `doc` indexes result.documents, `id` is the segment's id. */
export interface SearchMatch {
  doc: number;
  id: number;
}

const textsCache = new WeakMap<AnalysisResult, { id: number; text: string }[][]>();
/** Queries whose matches are kept per result. */
const QUERIES_KEPT = 8;
const matchesOf = resultMemo<readonly SearchMatch[]>(QUERIES_KEPT);

/** Each document's sentences as the search reads them: drawn text, lower-cased. */
function searchableTexts(result: AnalysisResult): { id: number; text: string }[][] {
  let texts = textsCache.get(result);
  if (!texts) {
    texts = result.documents.map((d) => d.segments.map((seg) => ({ id: seg.id, text: clean(seg.text).toLowerCase() })));
    textsCache.set(result, texts);
  }
  return texts;
}

/** The sentences containing `query` (any case); none for an empty query. */
export function searchMatches(result: AnalysisResult, query: string): readonly SearchMatch[] {
  const q = query.toLowerCase();
  if (!q) return [];
  return matchesOf(result, q, () => {
    const all: SearchMatch[] = [];
    searchableTexts(result).forEach((segments, doc) => {
      for (const seg of segments) if (seg.text.includes(q)) all.push({ doc, id: seg.id });
    });
    return all;
  });
}
