/**
 * A cheap check that a document is English, for the warning that the paraphrase model is
 * English-only. English prose has 35–55% function words (natural's English stop-word list); other
 * Latin-script languages share few of them ("a", "in", "die" is not one), and text mostly in
 * another script (Cyrillic, Arabic, CJK…) is not English whatever its words. Only the first
 * SAMPLE characters are looked at, so the cost is bounded.
 */
import { STOPWORDS } from '../text/stems.js';

/** Below this share of English function words a text with enough words is taken as not English. */
export const MIN_FUNCTION_WORD_SHARE = 0.15;
/** Texts with fewer words than this are not judged. */
export const MIN_WORDS = 20;
const SAMPLE = 100_000;

export interface EnglishCheck {
  english: boolean;
  words: number;
  /** Share of words that are English function words, in [0, 1]. */
  functionWordShare: number;
  /** Share of letters that are Latin, in [0, 1]. */
  latinShare: number;
}

export function checkEnglish(text: string): EnglishCheck {
  const sample = text.length > SAMPLE ? text.slice(0, SAMPLE) : text;
  const letters = sample.match(/\p{L}/gu)?.length ?? 0;
  const latin = sample.match(/\p{Script=Latin}/gu)?.length ?? 0;
  const words = sample.toLowerCase().match(/\p{L}+(?:['’]\p{L}+)*/gu) ?? [];
  let fn = 0;
  for (const w of words) if (STOPWORDS.has(w.replace(/['’]/g, ''))) fn++;
  const functionWordShare = words.length ? fn / words.length : 0;
  const latinShare = letters ? latin / letters : 1;
  const english = words.length < MIN_WORDS || (latinShare >= 0.5 && functionWordShare >= MIN_FUNCTION_WORD_SHARE);
  return { english, words: words.length, functionWordShare, latinShare };
}
