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
import { negated, negates } from './features.js';
import { numberOf, type PreparedText } from './prepared-text.js';
import { lcsIndices } from './sequence.js';

/** A negation cut or added on its own ("not", "did not", "no longer"), not inside a longer clause. */
export const MAX_BARE_NEGATION_WORDS = 2;

/** The two give the same numbers. */
function sameNumbers(a: PreparedText, b: PreparedText): boolean {
  if (a.numbers.size !== b.numbers.size) return false;
  for (const n of a.numbers) if (!b.numbers.has(n)) return false;
  return true;
}

export function meaningChanges(a: PreparedText, b: PreparedText): MeaningChange[] {
  // Most copies give the same numbers and negate alike: nothing to look for, and no alignment made.
  if (sameNumbers(a, b) && negated(a) === negated(b)) return [];
  const [ia, ib] = lcsIndices(a.ids, b.ids);
  let number = false;
  let negation = false;
  const gap = (fromA: number, toA: number, fromB: number, toB: number): void => {
    if (fromA >= toA && fromB >= toB) return;
    const side = (p: PreparedText, from: number, to: number) => {
      const numbers = new Set<string>();
      let negated = false;
      for (let i = from; i < to; i++) {
        const t = p.tokens[i]!;
        const n = numberOf(t.norm);
        if (n !== undefined) numbers.add(n);
        if (negates(t)) negated = true;
      }
      return { numbers, negated, empty: from >= to };
    };
    const x = side(a, fromA, toA);
    const y = side(b, fromB, toB);
    if (x.empty || y.empty) {
      // Words cut or added: a clause is editing, but a "not" or "never" on its own flips the rest.
      const added = x.empty ? y : x;
      if (added.negated && (x.empty ? toB - fromB : toA - fromA) <= MAX_BARE_NEGATION_WORDS) negation = true;
      return;
    }
    if (x.numbers.size > 0 && y.numbers.size > 0 && [...x.numbers].some((n) => !y.numbers.has(n))) number = true;
    if (x.negated !== y.negated) negation = true;
  };
  let pa = 0;
  let pb = 0;
  for (let k = 0; k < ia.length; k++) {
    gap(pa, ia[k]!, pb, ib[k]!);
    pa = ia[k]! + 1;
    pb = ib[k]! + 1;
  }
  gap(pa, a.ids.length, pb, b.ids.length);
  const out: MeaningChange[] = [];
  if (number) out.push('number');
  if (negation) out.push('negation');
  return out;
}
