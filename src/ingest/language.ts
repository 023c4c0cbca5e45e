/**
 * A cheap check that a document is English, for the warning that the paraphrase model is
 * English-only. English prose has 35–55% function words (natural's English stop-word list); other
 * Latin-script languages share few of them ("a", "in", "die" is not one), and text mostly in
 * another script (Cyrillic, Arabic, CJK…) is not English whatever its words. Only the first
 * SAMPLE characters are looked at, so the cost is bounded.
 */
import { STOPWORDS } from '../text/stems.js';
import { isLatinText, LATIN_LETTERS } from '../text/latin.js';

const NOT_LATIN_LETTERS = new RegExp(`[^${LATIN_LETTERS}]+`, 'g');
/** Words of letters joined by apostrophes, in Latin text (latin.ts). */
const LATIN_WORDS = new RegExp(`[${LATIN_LETTERS}]+(?:['’][${LATIN_LETTERS}]+)*`, 'g');
const APOSTROPHES = /['’]/g;

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
  let letters: number;
  let latin: number;
  if (isLatinText(sample)) {
    // One UTF-16 unit per letter; every letter of these blocks is of Latin script but µ.
    letters = sample.replace(NOT_LATIN_LETTERS, '').length;
    latin = letters - sample.split('µ').length + 1;
  } else {
    letters = sample.match(/\p{L}/gu)?.length ?? 0;
    latin = sample.match(/\p{Script=Latin}/gu)?.length ?? 0;
  }
  const lower = sample.toLowerCase();
  const words = lower.match(isLatinText(lower) ? LATIN_WORDS : /\p{L}+(?:['’]\p{L}+)*/gu) ?? [];
  let fn = 0;
  for (let i = 0; i < words.length; i++) if (STOPWORDS.has(words[i]!.replace(APOSTROPHES, ''))) fn++;
  const functionWordShare = words.length ? fn / words.length : 0;
  const latinShare = letters ? latin / letters : 1;
  const english = words.length < MIN_WORDS || (latinShare >= 0.5 && functionWordShare >= MIN_FUNCTION_WORD_SHARE);
  return { english, words: words.length, functionWordShare, latinShare };
}
