/**
 * A sentence prepared once for the many comparisons it takes part in: its normalised words,
 * stems of its content words, numbers and capitalised names, and its surface form. Words,
 * n-grams and character bigrams are also kept as sorted integer keys, so that every overlap the
 * features need is a merge of two sorted arrays.
 */
import { stem, STOPWORDS } from '../text/stems.js';
import { surfaceForm } from '../text/surface.js';
import { isAsciiUpper } from '../text/char-codes.js';
import { tokenize, type Token } from '../text/tokens.js';
import type { Span } from '../types.js';
import { findQuotedSpans, isInside } from '../quotes/quote-spans.js';
import { intern, internPair, internStem, spelling } from './intern.js';

export interface PreparedText {
  surface: string;
  tokens: readonly Token[];
  /** Normalised words in order. */
  words: readonly string[];
  /** The same words as interned ids, in order. */
  ids: Int32Array;
  /** Normalised words joined by spaces. */
  normalized: string;
  /** Sorted keys of words, word bigrams, word trigrams, content-word stems and character bigrams. */
  sortedWords: Int32Array;
  sortedBigrams: Int32Array;
  sortedTrigrams: Int32Array;
  sortedStems: Int32Array;
  sortedCharBigrams: Int32Array;
  /** Porter stems of the content words (not function words), in order. */
  contentStems: readonly string[];
  /** Numbers as written, without separators ("2016", "3"); number words as digits. */
  numbers: ReadonlySet<string>;
  /** Capitalised words not at the start of the sentence (names), normalised. */
  names: ReadonlySet<string>;
  /** Per word: true when it lies inside quotation marks. */
  quoted: readonly boolean[];
  /**
   * Per word: 1 for a word that states a fact rather than phrases it: a word of a name (a
   * capitalised content word after the sentence's first, as `names`; the first too when a word of
   * a name follows it: "Daniel Hartley, 42,") or a figure written in digits (an age, a house
   * number, a date, a score). Two reports of one event name the same people and places and give
   * the same ages and dates: a run of such words is no evidence of copied prose (shared-runs.ts).
   */
  factWords: Uint8Array;
  /** Let go of what is made again on use (for a sentence that is in no candidate pair: it keeps what every sentence needs). */
  release(): void;
}

const NUMBER_WORDS: ReadonlyMap<string, string> = new Map(
  Object.entries({
    one: '1', two: '2', three: '3', four: '4', five: '5', six: '6', seven: '7', eight: '8', nine: '9', ten: '10',
    eleven: '11', twelve: '12', thirteen: '13', fourteen: '14', fifteen: '15', twenty: '20', hundred: '100',
  }),
);

/** The number a normalised word gives, as digits ("2016", "3" for "three"); undefined for other words. */
export function numberOf(norm: string): string | undefined {
  const first = norm.charCodeAt(0);
  return first >= 48 && first <= 57 ? norm : NUMBER_WORDS.get(norm);
}

/** Starts with a capital letter (ASCII decided without a regular expression). */
function capitalised(raw: string): boolean {
  const c = raw.charCodeAt(0);
  if (c < 128) return isAsciiUpper(c);
  return /^\p{Lu}/u.test(raw);
}

const WHITE_SPACE_RUN = /\s+/g;

/** Character bigrams of the text without white space, sorted: both UTF-16 units in one 32-bit key. */
function sortedCharBigrams(s: string): Int32Array {
  const t = s.replace(WHITE_SPACE_RUN, '');
  const out = new Int32Array(Math.max(0, t.length - 1));
  // Negative when the first unit is U+8000 or above: keys are only compared for equality.
  for (let i = 0; i < out.length; i++) out[i] = (t.charCodeAt(i) << 16) | t.charCodeAt(i + 1);
  return out.sort();
}

/** What a sentence's words say beyond their ids: kept only for sentences that are compared. */
interface Details {
  tokens: readonly Token[];
  contentStems: readonly string[];
  numbers: ReadonlySet<string>;
  names: ReadonlySet<string>;
}

/** Whether token `i` is a word of a name: a capitalised content word (not a function word) after the sentence's first. */
function isNameWord(tokens: readonly Token[], i: number): boolean {
  return i > 0 && !STOPWORDS.has(tokens[i]!.norm) && capitalised(tokens[i]!.raw);
}

/** Per token, 1 for a word of a fact (PreparedText.factWords): a word of a name or a figure in digits. */
function factWordsOf(tokens: readonly Token[]): Uint8Array {
  const out = new Uint8Array(tokens.length);
  for (let i = 0; i < tokens.length; i++) {
    const first = tokens[i]!.norm.charCodeAt(0);
    if ((first >= 48 && first <= 57) || isNameWord(tokens, i)) out[i] = 1;
  }
  // A sentence's capitalised first word is a name's when a word of a name follows it ("Daniel Hartley", "Russian President").
  if (tokens.length > 1 && out[0] === 0 && isNameWord(tokens, 1) && !STOPWORDS.has(tokens[0]!.norm) && capitalised(tokens[0]!.raw)) out[0] = 1;
  return out;
}

/** The tokens' content stems (function words left out), numbers as digits, and capitalised words after the first (names). */
function details(tokens: readonly Token[]): Details {
  const contentStems: string[] = [];
  const numbers = new Set<string>();
  const names = new Set<string>();
  for (let i = 0; i < tokens.length; i++) {
    const { norm } = tokens[i]!;
    // numberOf, written out: this loop runs over every word of every sentence, cold.
    const first = norm.charCodeAt(0);
    if (first >= 48 && first <= 57) numbers.add(norm);
    else {
      const n = NUMBER_WORDS.get(norm);
      if (n !== undefined) numbers.add(n);
    }
    if (STOPWORDS.has(norm)) continue;
    contentStems.push(stem(norm));
    if (isNameWord(tokens, i)) names.add(norm);
  }
  return { tokens, contentStems, numbers, names };
}

/**
 * A prepared sentence. What every sentence of a paired document needs (its words and their ids,
 * which are quoted, its sorted content stems: the candidate rule and the shared runs read them) is
 * kept from the start; the rest is made again from the text on first use. Only the sentences in
 * a candidate pair are compared (about two in five of a corpus's), and keeping every sentence's
 * tokens, names and numbers was most of the memory a large input took (README, "Scale").
 */
class PreparedSentence implements PreparedText {
  private surfaceCache: string | undefined = undefined;
  private detailsCache: Details | undefined = undefined;
  private normalizedCache: string | undefined = undefined;
  private sortedWordsCache: Int32Array | undefined = undefined;
  private bigramsCache: Int32Array | undefined = undefined;
  private trigramsCache: Int32Array | undefined = undefined;
  private charBigramsCache: Int32Array | undefined = undefined;

  constructor(
    /** The sentence as written. */
    private readonly text: string,
    readonly words: readonly string[],
    readonly ids: Int32Array,
    readonly sortedStems: Int32Array,
    readonly quoted: readonly boolean[],
    readonly factWords: Uint8Array,
    made?: Details,
  ) {
    this.detailsCache = made;
  }

  get surface(): string {
    return (this.surfaceCache ??= surfaceForm(this.text));
  }

  private details(): Details {
    return (this.detailsCache ??= details(tokenize(this.text)));
  }

  get tokens(): readonly Token[] {
    return this.details().tokens;
  }

  get contentStems(): readonly string[] {
    return this.details().contentStems;
  }

  get numbers(): ReadonlySet<string> {
    return this.details().numbers;
  }

  get names(): ReadonlySet<string> {
    return this.details().names;
  }

  get normalized(): string {
    return (this.normalizedCache ??= this.words.join(' '));
  }

  get sortedWords(): Int32Array {
    return (this.sortedWordsCache ??= this.ids.slice().sort());
  }

  /** Let go of what is made again on use (tokens, names, numbers, stems as strings, joined words). */
  release(): void {
    this.detailsCache = undefined;
    this.normalizedCache = undefined;
    this.sortedWordsCache = undefined;
  }

  /** The sorted bigram ids; the trigram ids are made from the bigrams in word order on the way. */
  private bigramIds(): Int32Array {
    if (!this.bigramsCache) {
      const ids = this.ids;
      const bigrams = new Int32Array(Math.max(0, ids.length - 1));
      for (let i = 0; i < bigrams.length; i++) bigrams[i] = internPair(ids[i]!, ids[i + 1]!);
      const trigrams = new Int32Array(Math.max(0, ids.length - 2));
      for (let i = 0; i < trigrams.length; i++) trigrams[i] = internPair(bigrams[i]!, ids[i + 2]!);
      this.trigramsCache = trigrams.sort();
      this.bigramsCache = bigrams.sort();
    }
    return this.bigramsCache;
  }

  get sortedBigrams(): Int32Array {
    return this.bigramIds();
  }

  get sortedTrigrams(): Int32Array {
    this.bigramIds();
    return this.trigramsCache!;
  }

  get sortedCharBigrams(): Int32Array {
    return (this.charBigramsCache ??= sortedCharBigrams(this.normalized));
  }
}

/**
 * Prepare a sentence. `quotedSpans` (offsets into `text`) say where its quotations are; by
 * default they are found in the sentence itself, which misses a quotation opened in an earlier one.
 * The words are the interned spellings (one string per distinct word, however many sentences hold it).
 */
export function prepareText(text: string, quotedSpans: readonly Span[] = findQuotedSpans(text)): PreparedText {
  const tokens = tokenize(text);
  const ids = new Int32Array(tokens.length);
  const words = new Array<string>(tokens.length);
  for (let i = 0; i < tokens.length; i++) {
    ids[i] = intern(tokens[i]!.norm);
    words[i] = spelling(ids[i]!);
  }
  const made = details(tokens);
  const stems = new Int32Array(made.contentStems.length);
  for (let i = 0; i < stems.length; i++) stems[i] = internStem(made.contentStems[i]!);
  const quoted = tokens.map((t) => isInside(t.start, t.end, quotedSpans));
  return new PreparedSentence(text, words, ids, stems.sort(), quoted, factWordsOf(tokens), made);
}
