/**
 * Stemming and function words. Stems come from `stemmer` (a Porter stemmer: same stems as
 * natural's PorterStemmer on the seeds, measured 8× faster cold, which start-up needs); the
 * function-word list is natural's, imported by deep path (natural's main entry loads every module
 * it has, ~0.8 s, and prints dotenv lines to stdout), and bundled into the command line, which saves
 * resolving and compiling it at run time (about 1.5 ms).
 */
import { words as stopwordList } from 'natural/lib/natural/util/stopwords.js';
import { stemmer } from 'stemmer';

const stemCache = new Map<string, string>();

/** Porter stem of a lower-case word (memoised: the same words recur across every pair). */
export function stem(word: string): string {
  let s = stemCache.get(word);
  if (s === undefined) {
    s = stemmer(word);
    stemCache.set(word, s);
  }
  return s;
}

/** English function words (natural's list), lower case, apostrophes removed. */
export const STOPWORDS: ReadonlySet<string> = new Set(stopwordList.map((w) => w.replace(/'/g, '')));
