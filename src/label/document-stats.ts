/** Per-document figures: words by label, shares of the article (boilerplate excluded). */
import type { DocumentStats, Segment } from '../types.js';
import { countWords } from '../text/tokens.js';

/** A sentence whose every counterpart is a shared quote: a common primary source, not copying (counted apart as "shared quotes"). */
export function sharedQuoteOnly(s: Pick<Segment, 'matches'>): boolean {
  return s.matches.length > 0 && s.matches.every((m) => m.quote);
}

const share = (n: number, total: number): number => (total === 0 ? 0 : Math.round((n / total) * 1e4) / 1e4);

export function documentStats(segments: readonly Segment[]): DocumentStats {
  let words = 0;
  let boilerplateWords = 0;
  let copiedWords = 0;
  let paraphrasedWords = 0;
  let uniqueWords = 0;
  let sharedQuoteWords = 0;
  let copiedQuoteWords = 0;
  let articleSentences = 0;
  for (const s of segments) {
    const n = countWords(s.text);
    words += n;
    if (s.label === 'boilerplate') {
      boilerplateWords += n;
      continue;
    }
    articleSentences++;
    if (s.label === 'copied') copiedWords += n;
    else if (s.label === 'paraphrased') paraphrasedWords += n;
    else uniqueWords += n;
    if (sharedQuoteOnly(s)) {
      sharedQuoteWords += n;
      if (s.label === 'copied') copiedQuoteWords += n;
    }
  }
  const articleWords = words - boilerplateWords;
  const copied = share(copiedWords, articleWords);
  const paraphrased = share(paraphrasedWords, articleWords);
  const unique = articleWords === 0 ? 0 : Math.round((1 - copied - paraphrased) * 1e4) / 1e4;
  const copiedProseWords = copiedWords - copiedQuoteWords;
  const paraphrasedProseWords = paraphrasedWords - (sharedQuoteWords - copiedQuoteWords);
  const copiedProse = share(copiedProseWords, articleWords);
  const paraphrasedProse = share(paraphrasedProseWords, articleWords);
  return {
    words,
    articleWords,
    boilerplateWords,
    sentences: segments.length,
    articleSentences,
    copiedWords,
    paraphrasedWords,
    uniqueWords,
    sharedQuoteWords,
    copiedProseWords,
    paraphrasedProseWords,
    copied,
    paraphrased,
    unique,
    copiedProse,
    paraphrasedProse,
    sharedQuote: articleWords === 0 ? 0 : Math.max(0, Math.round((1 - unique - copiedProse - paraphrasedProse) * 1e4) / 1e4),
  };
}
