/**
 * What the small edits of a near-verbatim pair change besides wording: a figure ("$3 billion" →
 * "$30 billion") or a negation ("rose" → "did not rise"). The two word sequences are aligned by
 * their longest common subsequence; between two aligned words, the words left over on each side
 * were replaced by the others. A replacement with a number on both sides and not the same numbers
 * changes a figure; one with a negating word on one side only adds or drops a negation, as does a
 * bare negation cut or added. Other words cut on one side only (a clause cut, a merged sentence)
 * change nothing here: that is editing.
 */
import type { MeaningChange } from '../types.js';
import type { Token } from '../text/tokens.js';
import { isAsciiDigit } from '../text/char-codes.js';
import { negated, negates } from './features.js';
import { numberOf, type PreparedText } from './prepared-text.js';
import { lcsIndices } from './sequence.js';

/** A negation cut or added on its own ("not", "did not", "no longer"), not inside a longer clause. */
export const MAX_BARE_NEGATION_WORDS = 2;

/** "failed to pass" says what "did not pass" says: for this comparison, these negate too. */
const FAILS: ReadonlySet<string> = new Set(['fail', 'fails', 'failed', 'failing']);
const negatesHere = (t: Token): boolean => negates(t) || FAILS.has(t.norm);

/**
 * The figures a word gives: its runs of digits as written, thousands separators aside ("4.5" → 4, 5
 * and so unlike "45"; "9,000" → 9000; "3.30pm" → 3, 30; "$40m", "3rd" → 40, 3; "7-2" → 7, 2), or a
 * number word's value.
 */
function figuresOf(t: Token): string[] {
  if (hasDigit(t.raw)) return t.raw.replace(/(\d)[,\u00a0\u202f](?=\d{3}(?!\d))/g, '$1').match(/\d+/g)!.map((d) => d.replace(/^0+(?=\d)/, ''));
  const n = numberOf(t.norm);
  return n === undefined ? [] : [n];
}

function hasDigit(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (isAsciiDigit(s.charCodeAt(i))) return true;
  return false;
}

/** All the figures of a sentence, in order. */
function figureSequence(p: PreparedText): string {
  let out = '';
  for (const t of p.tokens) for (const f of figuresOf(t)) out += `${f} `;
  return out;
}

export function meaningChanges(a: PreparedText, b: PreparedText): MeaningChange[] {
  // Most copies give the same figures in the same order and negate nothing: nothing to look for.
  if (!negated(a) && !negated(b) && !a.tokens.some((t) => FAILS.has(t.norm)) && !b.tokens.some((t) => FAILS.has(t.norm)) && figureSequence(a) === figureSequence(b)) return [];
  const [ia, ib] = lcsIndices(a.ids, b.ids);
  let number = false;
  let negation = false;
  const gap = (fromA: number, toA: number, fromB: number, toB: number): void => {
    if (fromA >= toA && fromB >= toB) return;
    const side = (p: PreparedText, from: number, to: number) => {
      const figures: string[] = [];
      let negated = false;
      for (let i = from; i < to; i++) {
        const t = p.tokens[i]!;
        figures.push(...figuresOf(t));
        if (negatesHere(t)) negated = true;
      }
      return { figures: figures.sort().join(' '), negated, empty: from >= to };
    };
    const x = side(a, fromA, toA);
    const y = side(b, fromB, toB);
    if (x.empty || y.empty) {
      // Words cut or added: a clause is editing, but a "not" or "never" on its own flips the rest.
      const added = x.empty ? y : x;
      if (added.negated && (x.empty ? toB - fromB : toA - fromA) <= MAX_BARE_NEGATION_WORDS) negation = true;
      return;
    }
    if (x.figures !== '' && y.figures !== '' && x.figures !== y.figures) number = true;
    if (x.negated !== y.negated) negation = true;
  };
  let pa = 0;
  let pb = 0;
  for (let k = 0; k < ia.length; k++) {
    gap(pa, ia[k]!, pb, ib[k]!);
    // Words aligned as equal can still differ in their figures: "4.5" and "45" are one word once normalised.
    if (figuresOf(a.tokens[ia[k]!]!).join(' ') !== figuresOf(b.tokens[ib[k]!]!).join(' ')) number = true;
    pa = ia[k]! + 1;
    pb = ib[k]! + 1;
  }
  gap(pa, a.ids.length, pb, b.ids.length);
  const out: MeaningChange[] = [];
  if (number) out.push('number');
  if (negation) out.push('negation');
  return out;
}
