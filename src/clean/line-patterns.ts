/**
 * Shapes of page furniture that recur across news sites: generic web vocabulary, never the words
 * of one particular page. Each pattern is tried against a whole trimmed line (bullets removed).
 */
import type { BoilerplateKind } from '../types.js';
import { SLUG_LINE_SOURCE } from './slug-line.js';
import { POST_SIGNATURE_LINE, POST_SIGNATURE_NEEDS } from './social-post.js';

interface LinePattern {
  kind: BoilerplateKind;
  pattern: RegExp;
  /** True when the line also marks the end of the article: what follows it is not the story. */
  endsArticle?: boolean;
  /** A cheap test every match passes: lines failing it are not tried (saves compiling `pattern`). */
  needs?: RegExp;
}

export const LINE_PATTERNS: readonly LinePattern[] = [
  {
    // A news feed's furniture: a rule of one repeated symbol, a slug line opening with its clock time and
    // numeric date ("09:45 12/03/01: Page 2 …"), an editors' note alone in brackets ("(corrects date)").
    kind: 'feed',
    pattern: new RegExp(String.raw`^(?:([-=_*~#+.])\1{7,}|${SLUG_LINE_SOURCE}.*|\([^()]{1,40}\))$`),
  },
  {
    // A byline: "By" and a name of capitalised words, with an outlet or place after a comma ("By Jo Bloggs, PA News").
    kind: 'credit',
    pattern: /^(?:By|BY)\s+[A-Z][\w.'’-]*(?:\s+(?:[A-Z][\w.'’-]*|de|van|von|da|di|le|la|and|&))*(?:\s*[,|]\s*[A-Z][\w .'’&-]{0,40})?$/,
    needs: /^(?:By|BY)\s+[A-Z]/,
  },
  {
    // An embedded social-media post's signature ("— Jane Doe (@janedoe) March 14, 2021"): the embed's credit (social-post.ts).
    kind: 'credit',
    pattern: POST_SIGNATURE_LINE,
    needs: POST_SIGNATURE_NEEDS,
  },
  {
    kind: 'navigation',
    pattern:
      /^(accessibility links|skip to (main )?content|skip navigation|breaking news|main menu|menu|search|home|sign in|log in|sign up|subscribe( now)?|share( this( article| story)?)?|print|email|advertisement|sponsored|go deeper|read more|show more|load more|back to top|continue reading|next article|previous article)[.:]?$/i,
  },
  {
    kind: 'related',
    pattern:
      /^(latest|related|more|top|recommended|popular|trending)( stories| news| articles| content| videos| posts| reads)?:?$|^(most (read|popular|viewed|shared)|you (may|might) also like|see also|more from [\w ]+|editor'?s picks)[.:]?$/i,
    endsArticle: true,
  },
  {
    // An inline link to another story ("Related: …", "Read more: …") and a widget's signature ("Powered by …").
    kind: 'related',
    pattern: /^(related( stories| articles| coverage| content)?|read more|see also|more on this( story)?|also read)\s*:\s*\S.*$|^powered by\b.*$/i,
  },
  {
    kind: 'credit',
    pattern: /^((additional |with )?reporting by|(additional )?reporting from|writing by|written by|editing by|edited by|compiled by)\b/i,
    endsArticle: true,
  },
  {
    kind: 'credit',
    pattern: /\bcontributed( reporting)? to (this|the) (report|story|article)\b/i,
    endsArticle: true,
  },
  {
    kind: 'credit',
    pattern:
      /^(video production|produced by|photo(graph)?s?|images?|video|graphics?|illustration|credits?|file photo|pictured|source)(\s+by)?\s*:/i,
  },
  {
    kind: 'copyright',
    pattern: /(©|\(c\)\s*\d{4}|\bcopyright\b.*\d{4}|\ball rights reserved\b)/i,
    endsArticle: true,
  },
  {
    kind: 'media',
    pattern:
      /^(please wait|loading\.*|no media source currently available|play( video| audio)?|pause|watch( video)?|listen( now)?|embed|download|mute|unmute|full ?screen|\d+x\d+ image|\d{1,2}:\d{2}(:\d{2})?(\s+\d{1,2}:\d{2}(:\d{2})?)*|image \d+ (of|\/) \d+)$/i,
  },
  {
    kind: 'related',
    pattern: /^(\d+\s+(seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?)(\s+ago)?\s*[-–—]?|[-–—|•·]+)$/i,
  },
  {
    kind: 'dateline',
    pattern:
      /^(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*,?\s+)?(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?,?\s+\d{4}|\d{4}-\d{2}-\d{2})(?:[\s,]+\d{1,2}[:.]\d{2}\s*(?:am|pm)?(?:\s*[A-Z]{2,4})?)?(?:\s*[-–—|·•]\s*[\w &]{1,30})?$/i,
  },
  {
    kind: 'size-picker',
    pattern: /^(?:(?:XXS|XS|S|SM|M|MD|L|LG|XL|XXL|A|AA|AAA)(?:\s+|$)){2,}$/,
    // Capitals, and white space after the first word: a single "XS" on its own line (the sizes
    // printed one per line, boilerplate.ts) never compiles this pattern.
    needs: /^[A-Z]+\s[A-Z\s]*$/,
  },
];

const BULLET = /^[•·▪◦‣∙*]\s*/u;

export function stripBullet(text: string): string {
  return text.replace(BULLET, '');
}

/**
 * Each case-insensitive pattern, case-sensitive for lower-cased text: the same matches (their
 * sources hold no capital letters but in [A-Z], made [a-z]; a test compares them), and several
 * times cheaper to compile, which is most of what they cost in one run (README, "Start-up").
 * Lower-casing changes what matches only for İ (U+0130, two units once lower-cased) and the Kelvin
 * sign (U+212A, "k"): lines with those use the patterns as written.
 */
const FOR_LOWER_CASE: readonly (RegExp | undefined)[] = LINE_PATTERNS.map((p) =>
  p.pattern.flags.includes('i') ? new RegExp(p.pattern.source.replace(/\[A-Z\]/g, '[a-z]'), p.pattern.flags.replace('i', '')) : undefined,
);
const CASE_SPECIAL = /[\u0130\u212A]/;

/** The first pattern a line matches, if any. */
export function matchLinePattern(text: string): LinePattern | undefined {
  const t = stripBullet(text);
  const lower = CASE_SPECIAL.test(t) ? undefined : t.toLowerCase();
  for (let i = 0; i < LINE_PATTERNS.length; i++) {
    const needs = LINE_PATTERNS[i]!.needs;
    if (needs !== undefined && !needs.test(t)) continue;
    const forLower = FOR_LOWER_CASE[i];
    if (forLower !== undefined && lower !== undefined ? forLower.test(lower) : LINE_PATTERNS[i]!.pattern.test(t)) return LINE_PATTERNS[i];
  }
  return undefined;
}

/** For tests: each pattern with its lower-case twin. */
export const LOWER_CASE_TWINS = LINE_PATTERNS.map((p, i) => ({ pattern: p.pattern, forLower: FOR_LOWER_CASE[i] }));
