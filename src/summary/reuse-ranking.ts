/**
 * Which edges and documents matter most when there are too many to show them all: the strongest
 * edges, the documents most reused by others, the documents most taken from others. Read off the
 * provenance edges the result carries (their `from`, `to` and `share`); nothing is measured again.
 * One ranking for every view: the review's sort, the reports' summaries, the exercise's pick.
 * An edge whose direction is unclear counts as the result orients it (from the text the other
 * carries more of).
 */
import type { AnalysisResult, ProvenanceEdge } from '../types.js';
import { byCode } from '../text/code-order.js';

/**
 * Above this many documents the views summarise: the report and the HTML page show the strongest
 * edges and the top documents instead of every pair, node, unit and sentence (unless `--full`),
 * and the review's provenance view lists the selected outlet's edges and the strongest others.
 */
export const FULL_VIEW_MAX_DOCUMENTS = 12;


/** Strongest first: the larger share of the receiving article, then the surer, then by ids. */
export function compareEdges(a: ProvenanceEdge, b: ProvenanceEdge): number {
  return b.share - a.share || b.confidence - a.confidence || byCode(a.from, b.from) || byCode(a.to, b.to);
}

/** A document's part in the edges. */
export interface ReuseFigures {
  /** Outlets whose articles take from this one (edges from it). */
  reusedBy: number;
  /** The sum of those edges' shares (how much of other articles is this one's text). */
  reusedShare: number;
  /** Outlets this one takes from (edges to it). */
  takesFrom: number;
  /** The largest share of its article taken from one other (0 when it takes from none). */
  takenShare: number;
}

const figuresCache = new WeakMap<AnalysisResult, ReuseFigures[]>();
const edgesCache = new WeakMap<AnalysisResult, ProvenanceEdge[]>();

/** Each document's figures, in the order of `result.documents`. */
export function reuseFigures(result: AnalysisResult): readonly ReuseFigures[] {
  const cached = figuresCache.get(result);
  if (cached) return cached;
  const index = new Map(result.documents.map((d, i) => [d.id, i]));
  const out: ReuseFigures[] = result.documents.map(() => ({ reusedBy: 0, reusedShare: 0, takesFrom: 0, takenShare: 0 }));
  for (const e of result.provenance.edges) {
    const from = out[index.get(e.from) ?? -1];
    const to = out[index.get(e.to) ?? -1];
    if (from) {
      from.reusedBy++;
      from.reusedShare += e.share;
    }
    if (to) {
      to.takesFrom++;
      to.takenShare = Math.max(to.takenShare, e.share);
    }
  }
  figuresCache.set(result, out);
  return out;
}

/** Every edge, strongest first (compareEdges). */
export function rankedEdges(result: AnalysisResult): readonly ProvenanceEdge[] {
  const cached = edgesCache.get(result);
  if (cached) return cached;
  const out = [...result.provenance.edges].sort(compareEdges);
  edgesCache.set(result, out);
  return out;
}

/** Most reused by others first: more outlets taking from it, then more of their text, then input order. */
export function compareReused(f: readonly ReuseFigures[]): (a: number, b: number) => number {
  return (a, b) => f[b]!.reusedBy - f[a]!.reusedBy || f[b]!.reusedShare - f[a]!.reusedShare || a - b;
}

/** Most taken from others first: the largest share of its article from one other, then more sources, then input order. */
export function compareTaking(f: readonly ReuseFigures[]): (a: number, b: number) => number {
  return (a, b) => f[b]!.takenShare - f[a]!.takenShare || f[b]!.takesFrom - f[a]!.takesFrom || a - b;
}

/** Indices of the `n` documents most reused by others (only those reused at all). */
export function mostReusedSources(result: AnalysisResult, n: number): number[] {
  const f = reuseFigures(result);
  return f.map((_, i) => i).filter((i) => f[i]!.reusedBy > 0).sort(compareReused(f)).slice(0, n);
}

/** Indices of the `n` documents most taken from others, the heaviest reusers (only those taking at all). */
export function heaviestReusers(result: AnalysisResult, n: number): number[] {
  const f = reuseFigures(result);
  return f.map((_, i) => i).filter((i) => f[i]!.takesFrom > 0).sort(compareTaking(f)).slice(0, n);
}
