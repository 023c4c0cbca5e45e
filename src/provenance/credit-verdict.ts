/**
 * What a view may say of an edge's credit, in one place: a verdict on credit is given only where
 * the edge shows who copied whom from copied prose. `credited` when the reuser names its source;
 * `not-credited` when it does not and the edge rests on copied prose with a clear direction (the
 * accusation); `none` when the direction is unclear, and for a text written from agency copy
 * (`agency-copy`: copy sold to be rewritten, so a missing credit accuses no one).
 */
import type { ProvenanceEdge } from '../types.js';

export type CreditVerdict = 'credited' | 'not-credited' | 'none';

export function creditVerdict(e: Pick<ProvenanceEdge, 'credited' | 'directionClear' | 'basis'>): CreditVerdict {
  if (!e.directionClear) return 'none';
  if (e.credited) return 'credited';
  return e.basis === 'agency-copy' ? 'none' : 'not-credited';
}

/** The verdict in a view's words: "credited", "NOT credited", or for agency copy "written from agency copy". */
export function creditWords(e: Pick<ProvenanceEdge, 'credited' | 'directionClear' | 'basis'>, notCredited = 'NOT credited'): string {
  const v = creditVerdict(e);
  return v === 'credited' ? 'credited' : v === 'not-credited' ? notCredited : e.directionClear ? 'written from agency copy' : 'which came first is unclear';
}
