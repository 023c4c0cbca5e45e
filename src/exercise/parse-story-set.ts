/** `--articles N` and `--around NAME` of `exercise` and `quiz`: checked, and NAME resolved against the analysis. */
import { usageError } from '../errors.js';
import type { AnalysisResult } from '../types.js';
import { EXERCISE_MIN_DOCUMENTS, findDocument, storyLinks, type StorySetOptions } from './story-set.js';

/** The most articles one worksheet may list. */
export const MAX_EXERCISE_ARTICLES = 30;

/** `--articles N`: a whole number from EXERCISE_MIN_DOCUMENTS to MAX_EXERCISE_ARTICLES; anything else is a usage error. */
export function parseArticles(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = /^\d{1,3}$/.test(value.trim()) ? Number(value.trim()) : NaN;
  if (!(n >= EXERCISE_MIN_DOCUMENTS && n <= MAX_EXERCISE_ARTICLES))
    throw usageError(`--articles must be a whole number from ${EXERCISE_MIN_DOCUMENTS} to ${MAX_EXERCISE_ARTICLES}, not "${value}"`);
  return n;
}

/** The story-set options for `result`: `--around` must name one of its articles (id, file name or outlet). */
export function storySetOptions(result: AnalysisResult, articles: number | undefined, around: string | undefined): StorySetOptions {
  const out: StorySetOptions = {};
  if (articles !== undefined) out.articles = articles;
  if (around !== undefined) {
    const id = findDocument(result, around.trim());
    if (id === undefined) throw usageError(`--around: no article of the collection is named "${around}" (give its id, file name or outlet)`);
    if (!storyLinks(result).has(id))
      throw usageError(`--around: "${around}" shares no content with any other article of the collection, so there is nothing to compare it with`);
    out.around = id;
  }
  return out;
}
