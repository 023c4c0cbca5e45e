/**
 * Stage 2: tell the article's lines from the page around it.
 *
 * Signals, weighed in this order:
 * - shape: lines matching generic page-furniture patterns (navigation, credits, media-player
 *   leftovers, copyright, related-story lists, size pickers, "3 hours -"), and a picture's caption
 *   by the photo credit that ends it (photo-credit.ts);
 * - repetition: a line printed twice in a row, or a line that the next one repeats and extends
 *   ("caption" then "caption Photo: …"), is a caption;
 * - position: the article runs from its first body paragraph (a sentence of some length) to the
 *   last one before an end marker (a reporting credit, a copyright line, a "Latest Stories"
 *   heading; a first paragraph that is a note to the reader, such as a cookie notice, is the
 *   page's: noteToReader), and on through a numbered list it announces ("Top 10:", items from 1)
 *   and at most two short closing statements ("Moscow denies that charge."),
 *   not calls to action, page vocabulary ("Comments are closed.") or words to the reader; its last
 *   paragraphs are footer when, outside any quotation, they speak to the reader of something other
 *   than the story (an outlet's appeal for support: noteToReader); what stands before it is
 *   navigation and captions, except the headline; what stands after it is footer;
 * - length and verbs: a short line without closing punctuation inside the article is a
 *   subheading; one before the article that reads like a title is the headline.
 */
import type { BoilerplateKind, Line } from '../types.js';
import { countWords } from '../text/tokens.js';
import { isAsciiDigit, isAsciiUpper, isWhiteSpace } from '../text/char-codes.js';
import { lazy } from '../text/lazy.js';
import { STOPWORDS } from '../text/stems.js';
import { matchLinePattern, stripBullet } from './line-patterns.js';
import type { RawLine } from './lines.js';
import { listItemNumber, splitBlocks } from './paragraphs.js';
import { photoCreditLine } from './photo-credit.js';

/** A body paragraph has at least this many words and ends like a sentence. */
export const MIN_BODY_WORDS = 8;
/** Page-furniture patterns are only believed for lines this short. */
export const MAX_PATTERN_WORDS = 20;
/** Subheadings and headlines are at most this long. */
export const MAX_HEADING_WORDS = 16;
/** A caption repeated with a credit appended: the credit is at most this long. */
export const MAX_CREDIT_TAIL_WORDS = 12;

const ENDS_SENTENCE = /[.!?…:;]["”’')\]]*$|["”]$/;
const SIZE_TOKEN = /^(XXS|XS|S|SM|M|MD|L|LG|XL|XXL)$/;

interface LineFacts {
  raw: RawLine;
  words: number;
  endsSentence: boolean;
  pattern?: { kind: BoilerplateKind; endsArticle: boolean };
  repeated: boolean;
}

function sameText(a: string | undefined, b: string | undefined): boolean {
  return a !== undefined && b !== undefined && a.toLowerCase() === b.toLowerCase();
}

/**
 * Line `longer` repeats line `shorter` and adds a short credit-like tail ("caption" → "caption
 * Photo: …"). `lower` holds every line's text in lower case, made once.
 */
function extendsCaption(lines: readonly RawLine[], lower: readonly string[], shorter: number, longer: number): boolean {
  const s = lines[shorter]!.text;
  const l = lines[longer]!.text;
  if (l.length <= s.length || !lower[longer]!.startsWith(lower[shorter]!)) return false;
  const rest = l.slice(s.length);
  return startsCreditTail(rest) && countWords(rest) <= MAX_CREDIT_TAIL_WORDS;
}

const creditTailPattern = lazy(() => /^\s+[\p{Lu}(©]/u);

/** `rest` is white space and then an upper-case letter, "(" or "©" (ASCII decided without the expression). */
function startsCreditTail(rest: string): boolean {
  let i = 0;
  while (i < rest.length && isWhiteSpace(rest[i]!)) i++;
  if (i === 0 || i === rest.length) return false;
  const code = rest.charCodeAt(i);
  if (code < 128) return isAsciiUpper(code) || code === 40;
  return code === 0xa9 || creditTailPattern().test(rest);
}

/** A line printed twice in a row, or printed again with a credit appended. */
function isRepeated(lines: readonly RawLine[], lower: readonly string[], i: number): boolean {
  const cur = lower[i]!;
  if ((i > 0 && cur === lower[i - 1]) || (i + 1 < lines.length && cur === lower[i + 1])) return true;
  return (i + 1 < lines.length && extendsCaption(lines, lower, i, i + 1)) || (i > 0 && extendsCaption(lines, lower, i - 1, i));
}

function factsOf(lines: readonly RawLine[]): LineFacts[] {
  const lower = lines.map((l) => l.text.toLowerCase());
  return lines.map((raw, i) => {
    const words = countWords(raw.text);
    const m = words <= MAX_PATTERN_WORDS ? matchLinePattern(raw.text) : undefined;
    const facts: LineFacts = {
      raw,
      words,
      endsSentence: ENDS_SENTENCE.test(raw.text),
      repeated: isRepeated(lines, lower, i),
    };
    if (m) facts.pattern = { kind: m.kind, endsArticle: m.endsArticle === true };
    else {
      // A picture's caption, or its credit alone, by the photo credit that ends it (photo-credit.ts).
      const photo = photoCreditLine(raw.text);
      if (photo) facts.pattern = { kind: photo, endsArticle: false };
    }
    return facts;
  });
}

/** Runs of two or more one-token size labels on their own lines ("XS", "SM", "MD", "LG"). */
function sizePickerLines(facts: readonly LineFacts[]): Set<number> {
  const out = new Set<number>();
  let i = 0;
  while (i < facts.length) {
    let j = i;
    while (j < facts.length && SIZE_TOKEN.test(facts[j]!.raw.text)) j++;
    if (j - i >= 2) for (let k = i; k < j; k++) out.add(k);
    i = Math.max(j, i + 1);
  }
  return out;
}

const isBody = (f: LineFacts): boolean =>
  f.words >= MIN_BODY_WORDS && f.endsSentence && !f.repeated && f.pattern === undefined;

const headingStartPattern = lazy(() => /^[\p{Lu}\p{N}"“‘']/u);

/** headingStartPattern, without the regular expression when the first character is ASCII, “ or ‘. */
function startsLikeHeading(text: string): boolean {
  const c = text.charCodeAt(0);
  if (c < 128) return isAsciiUpper(c) || isAsciiDigit(c) || c === 34 || c === 39;
  if (c === 0x201c || c === 0x2018) return true;
  return headingStartPattern().test(text);
}

const looksLikeHeading = (f: LineFacts): boolean =>
  f.words >= 1 && f.words <= MAX_HEADING_WORDS && !f.endsSentence && startsLikeHeading(stripBullet(f.raw.text));

/** An announced list holds at least this many items. */
export const MIN_LIST_ITEMS = 2;

const itemNumber = (f: LineFacts): number | undefined => listItemNumber(f.raw.text);

/** A closing sentence has at least this many words; at most this many such lines are kept. */
export const MIN_CLOSING_WORDS = 3;
export const MAX_CLOSING_LINES = 2;
const ENDS_STATEMENT = /[.…]["”’')\]]*$/;

/**
 * A short, complete statement: capitalised, ended by a full stop (not a question), not a repeat,
 * and no numbered list item (a list the article does not announce is the page's, all of it).
 */
const closesArticle = (f: LineFacts): boolean =>
  f.words >= MIN_CLOSING_WORDS && !f.repeated && ENDS_STATEMENT.test(f.raw.text) && itemNumber(f) === undefined && startsLikeHeading(stripBullet(f.raw.text));

const wordPattern = lazy(() => /[\p{L}\p{N}]+/gu);

/** The lower-case words of the lines that are not function words. */
function contentWordsOf(lines: readonly LineFacts[]): Set<string> {
  const out = new Set<string>();
  for (const f of lines) for (const w of f.raw.text.toLowerCase().match(wordPattern()) ?? []) if (!STOPWORDS.has(w)) out.add(w);
  return out;
}

/** Words that address the reader. */
const READER_WORDS: ReadonlySet<string> = new Set(['you', 'your', 'yours', 'we', 'us', 'our', 'ours']);
/** Verbs page furniture opens with ("Follow us on …", "Read more about …"). */
const CALL_TO_ACTION: ReadonlySet<string> = new Set([
  'sign', 'subscribe', 'follow', 'click', 'tap', 'read', 'watch', 'listen', 'share', 'join', 'download', 'register',
  'visit', 'contact', 'email', 'donate', 'support', 'get', 'see', 'find', 'learn', 'like', 'thanks', 'thank',
]);
/** Generic web vocabulary of the lines under an article ("This story has been updated.", "Comments are closed."). */
const FURNITURE_WORDS: ReadonlySet<string> = new Set([
  'contributed', 'updated', 'corrected', 'correction', 'comments', 'published', 'posted', 'tags', 'newsletter',
  'newsletters', 'subscribe', 'subscription', 'copyright', 'reserved', 'terms', 'conditions', 'privacy', 'cookies',
  'advertisement', 'sponsored', 'tip', 'tips', 'editor', 'editors',
]);

/**
 * A short statement after the last paragraph is the article's own ("Moscow denies that charge.")
 * unless it opens as a call to action, speaks the page's own vocabulary, or addresses the reader
 * ("you", "we", "our") of something other than the article's subject (addressesReaderOffSubject).
 */
function closingStatement(text: string, vocabulary: () => ReadonlySet<string>): boolean {
  const words = text.toLowerCase().match(wordPattern()) ?? [];
  if (words.length === 0 || CALL_TO_ACTION.has(words[0]!) || words.some((w) => FURNITURE_WORDS.has(w))) return false;
  return !addressesReaderOffSubject(text, READER_WORDS, vocabulary);
}

/**
 * A text that addresses the reader (one of the words `address`, lower case; "US" in capitals is a
 * country) and says nothing of the article's subject: fewer than SUBJECT_SHARE of its content words
 * (and none, for a line of fewer than 1 / SUBJECT_SHARE of them) are words of the article
 * (`vocabulary`). An appeal that names the article's subject ("If you saw the fire, call Carver
 * Falls police") is the article's.
 */
function addressesReaderOffSubject(text: string, address: ReadonlySet<string>, vocabulary: () => ReadonlySet<string>): boolean {
  const raw = text.match(wordPattern()) ?? [];
  if (!raw.some((w) => w !== 'US' && address.has(w.toLowerCase()))) return false;
  const content = raw.map((w) => w.toLowerCase()).filter((w) => !STOPWORDS.has(w));
  const v = vocabulary();
  const shared = content.filter((w) => v.has(w)).length;
  return shared < Math.max(1, Math.ceil(SUBJECT_SHARE * content.length));
}
/** Words to the reader are about the article when at least this share of their content words are the article's. */
export const SUBJECT_SHARE = 0.2;

/** At most this many paragraphs at an article's end are taken for a note to the reader (noteToReader). */
export const MAX_READER_NOTES = 3;
const QUOTE_MARKS = /["“”‘`]|(?:^|\s)'/;

/** Words that speak to the reader in the second person. */
const SECOND_PERSON: ReadonlySet<string> = new Set(['you', 'your', 'yours', 'yourself', 'yourselves']);

/**
 * A paragraph that opens or closes a page's text as a note to the reader, not the article: it speaks to the
 * reader ("you": an outlet's "we" and "our reporter" are its reporting), outside any quotation (a
 * paragraph holding a quotation mark is never one: a speaker may say "you"), about something other
 * than the article's subject (addressesReaderOffSubject): a cookie notice, an outlet's appeal for
 * support, a newsletter's sign-off. Two pages with the same notice, or an outlet that closes every
 * story with the same appeal, have not copied one story into another.
 */
function noteToReader(f: LineFacts, vocabulary: () => ReadonlySet<string>): boolean {
  if (QUOTE_MARKS.test(f.raw.text)) return false;
  return addressesReaderOffSubject(f.raw.text, SECOND_PERSON, vocabulary);
}

/** A line that ends in a colon (a closing quotation mark or bracket may follow) announces what comes next. */
const ENDS_ANNOUNCING = /:["”’')\]]*$/;
const announces = (f: LineFacts): boolean => ENDS_ANNOUNCING.test(f.raw.text);

/**
 * The last line of a numbered list the article announces, or `last` (the article's last paragraph)
 * when there is none: the paragraph itself, or a short line right after it that no furniture
 * pattern claims, ends in a colon ("The set list for the show was:", "Top 10:"), and items numbered
 * from 1 follow, one after another. A chart, a set list or a list of charges is the story's; a list
 * that nothing in the article announces (other stories, "Most read") stays the page's.
 */
function announcedListEnd(facts: readonly LineFacts[], kinds: readonly (BoilerplateKind | undefined)[], last: number, endMarker: number): number {
  let lead = last;
  if (!announces(facts[lead]!)) {
    const next = facts[lead + 1];
    if (next === undefined || lead + 1 >= endMarker || kinds[lead + 1] !== undefined || next.words > MAX_HEADING_WORDS || !announces(next)) return last;
    lead++;
  }
  let n = 0;
  while (lead + n + 1 < endMarker && kinds[lead + n + 1] === undefined && itemNumber(facts[lead + n + 1]!) === n + 1) n++;
  return n >= MIN_LIST_ITEMS ? lead + n : last;
}

/** A "Related" or "More" heading is followed by at most this many prose paragraphs in the next few lines, or it ends nothing. */
const MAX_PROSE_AFTER_RELATED = 1;
const RELATED_LOOKAHEAD = 3;

/**
 * Line `i` ends the article: an end marker (a credit, a copyright line, a related-stories heading).
 * A lone "More", "Latest" or "Related" heading followed by prose paragraphs is a stray link or a
 * section label inside the article, not the start of a list of other stories: it ends nothing.
 */
function endsArticleAt(facts: readonly LineFacts[], i: number): boolean {
  const p = facts[i]!.pattern;
  if (!p?.endsArticle) return false;
  if (p.kind !== 'related') return true;
  let prose = 0;
  for (let k = i + 1; k < Math.min(facts.length, i + 1 + RELATED_LOOKAHEAD); k++) if (isBody(facts[k]!)) prose++;
  return prose <= MAX_PROSE_AFTER_RELATED;
}

/** What else is known of the document: its title (a web page's heading), which is its headline however short. */
export interface LineHints {
  title?: string;
}

/**
 * Classify every block of a document's text (its paragraphs, physical lines joined when the text is
 * hard-wrapped, and a feed's paragraph marks apart: paragraphs.ts).
 */
export function classifyLines(text: string, hints: LineHints = {}): Line[] {
  const blocks = splitBlocks(text);
  const marks = blocks.filter((b) => b.mark);
  const lines = classifyParagraphs(marks.length === 0 ? blocks : blocks.filter((b) => !b.mark), hints);
  if (marks.length === 0) return lines;
  const markLines = marks.map((m): Line => ({ index: 0, start: m.start, end: m.end, text: m.text, role: 'boilerplate', boilerplate: 'feed' }));
  const all = [...lines, ...markLines].sort((a, b) => a.start - b.start);
  all.forEach((l, i) => (l.index = i));
  return all;
}

function classifyParagraphs(raw: readonly RawLine[], hints: LineHints): Line[] {
  const facts = factsOf(raw);
  const sizes = sizePickerLines(facts);
  const kinds: (BoilerplateKind | undefined)[] = facts.map((f, i) => (sizes.has(i) ? 'size-picker' : f.pattern?.kind));
  const roles: Line['role'][] = facts.map(() => 'body');

  let first = facts.findIndex(isBody);
  // Paragraphs before the article's that are a note to the reader (noteToReader: a cookie notice)
  // are the page's, weighed against all that follows them.
  for (let n = 0; n < MAX_READER_NOTES && first >= 0; n++) {
    const at = first;
    const next = facts.findIndex((f, i) => i > at && isBody(f));
    if (next < 0 || !noteToReader(facts[at]!, () => contentWordsOf(facts.slice(next)))) break;
    kinds[at] = 'navigation';
    first = next;
  }
  // The article ends at the first end marker after it has begun.
  let endMarker = facts.length;
  if (first >= 0) {
    for (let i = first + 1; i < facts.length; i++) {
      if (endsArticleAt(facts, i)) {
        endMarker = i;
        break;
      }
    }
  }
  let last = -1;
  for (let i = Math.min(endMarker, facts.length) - 1; i >= 0; i--) {
    if (isBody(facts[i]!)) {
      last = i;
      break;
    }
  }

  // The last paragraphs may be a note to the reader (noteToReader), weighed against the article before them.
  for (let n = 0; n < MAX_READER_NOTES && last > first; n++) {
    const before = last;
    if (!noteToReader(facts[last]!, () => contentWordsOf(facts.slice(first, before)))) break;
    kinds[last] = 'footer';
    do last--;
    while (last > first && !isBody(facts[last]!));
  }

  // A numbered list the last paragraph announces is the article's (announcedListEnd).
  if (last >= 0) last = announcedListEnd(facts, kinds, last, endMarker);

  // Up to MAX_CLOSING_LINES short closing statements right after the last paragraph are the
  // article's too ("Moscow denies that charge."), page furniture not (closingStatement).
  if (last >= 0) {
    let vocabulary: Set<string> | undefined;
    const articleWords = (): Set<string> => (vocabulary ??= contentWordsOf(facts.slice(first, last + 1)));
    for (let n = 0; n < MAX_CLOSING_LINES && last + 1 < endMarker && kinds[last + 1] === undefined; n++) {
      const f = facts[last + 1]!;
      if (!closesArticle(f) || !closingStatement(f.raw.text, articleWords)) break;
      last++;
    }
  }

  let headline = -1;
  let headlineText: string | undefined;
  for (let i = 0; i < facts.length; i++) {
    const f = facts[i]!;
    if (first >= 0 && i < first) {
      // Before the article: the headline, or page furniture.
      if (kinds[i] === undefined && headline < 0 && (f.words >= 4 || f.raw.text === hints.title) && looksLikeHeading(f)) {
        headline = i;
        headlineText = f.raw.text;
        roles[i] = 'headline';
        continue;
      }
      if (kinds[i] === undefined) {
        if (headlineText !== undefined && sameText(f.raw.text, headlineText)) kinds[i] = 'repeated-headline';
        else if (f.repeated || headline >= 0) kinds[i] = 'caption';
        else kinds[i] = 'navigation';
      }
    } else if (i >= endMarker) {
      kinds[i] ??= kinds[endMarker] === 'related' ? 'related' : 'footer';
    } else if (first >= 0 && i > last) {
      kinds[i] ??= f.words >= MIN_BODY_WORDS && f.endsSentence ? undefined : 'footer';
    } else if (kinds[i] === undefined) {
      if (f.repeated) kinds[i] = 'caption';
      else if (looksLikeHeading(f)) roles[i] = i === 0 && headline < 0 && f.words >= 4 ? 'headline' : 'subheading';
    }
  }

  return facts.map((f, i) => {
    const kind = kinds[i];
    const line: Line = {
      index: i,
      start: f.raw.start,
      end: f.raw.end,
      text: f.raw.text,
      role: kind !== undefined ? 'boilerplate' : roles[i]!,
    };
    if (kind !== undefined) line.boilerplate = kind;
    return line;
  });
}
