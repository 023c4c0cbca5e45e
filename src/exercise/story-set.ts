/**
 * Which articles an exercise is built on. A class reads a handful of articles, not a collection
 * of hundreds: above EXERCISE_MAX_DOCUMENTS the exercise takes the articles most closely joined
 * around the collection's strongest reuse (or around one article the teacher names), and says
 * which and why. The pick reads the provenance the analysis gives (edges, then similar pairs);
 * the chosen articles' view of the result keeps only what lies among them. Nothing is measured
 * again, and the pick depends on the result alone (no seed, no listing order beyond the result's).
 */
import type { AnalysisResult, ProvenanceEdge, SimilarPair } from '../types.js';
import { percent } from '../text/percent.js';
import { rankedEdges } from '../summary/reuse-ranking.js';
import { byCode } from '../text/code-order.js';

/** At most this many articles on a worksheet unless asked otherwise (`--articles N`). */
export const EXERCISE_MAX_DOCUMENTS = 8;
/** The fewest articles an exercise may be asked to use: one comparison needs two. */
export const EXERCISE_MIN_DOCUMENTS = 2;

/** The articles an exercise uses, when it uses fewer than the collection holds. */
export interface StorySelection {
  /** The chosen documents' ids, in the collection's order. */
  documents: string[];
  /** How many documents the collection holds. */
  of: number;
  /** Why these: "the 8 articles most closely joined to the strongest reuse (A → B, 87% of B's article)". */
  reason: string;
}

/** Which articles of a large collection an exercise uses: how many at most, around which (`--articles`, `--around`). */
export interface StorySetOptions {
  /** How many articles at most (default EXERCISE_MAX_DOCUMENTS). */
  articles?: number;
  /** A document (its id, file name or outlet name) the exercise is built around. */
  around?: string;
}


/**
 * How strongly two documents are joined, for the pick: an edge by its share (1 + share, so any edge
 * outweighs any similar pair), a similar pair by the smaller of its two shares.
 */
export function storyLinks(result: AnalysisResult): Map<string, Map<string, number>> {
  const out = new Map<string, Map<string, number>>();
  const add = (a: string, b: string, w: number) => {
    for (const [x, y] of [
      [a, b],
      [b, a],
    ] as const) {
      const m = out.get(x) ?? new Map<string, number>();
      out.set(x, m);
      m.set(y, Math.max(m.get(y) ?? 0, w));
    }
  };
  for (const e of result.provenance.edges) add(e.from, e.to, 1 + e.share);
  for (const p of result.provenance.similar ?? []) add(p.documents[0], p.documents[1], Math.min(p.shares[0], p.shares[1]));
  return out;
}

/** The document a name refers to: its id, its file's name (with or without extension), or its outlet's name. */
export function findDocument(result: AnalysisResult, name: string): string | undefined {
  const n = name.toLowerCase();
  const base = (f: string) => f.replace(/^.*[\\/]/, '').toLowerCase();
  const by = [
    (d: AnalysisResult['documents'][number]) => d.id.toLowerCase() === n,
    (d: AnalysisResult['documents'][number]) => base(d.file) === n || base(d.file).replace(/\.[^.]*$/, '') === n,
    (d: AnalysisResult['documents'][number]) => d.outlet.name.toLowerCase() === n,
  ];
  for (const test of by) {
    const found = result.documents.filter(test);
    if (found.length > 0) return found[0]!.id;
  }
  return undefined;
}

function edgeWords(e: ProvenanceEdge, name: (id: string) => string): string {
  return e.directionClear
    ? `${name(e.from)} → ${name(e.to)}, ${percent(e.share)} of ${name(e.to)}'s article`
    : `${name(e.from)} ↔ ${name(e.to)}, ${percent(e.share)} of ${name(e.to)}'s article shared`;
}

function pairWords(p: SimilarPair, name: (id: string) => string): string {
  return `${name(p.documents[0])} and ${name(p.documents[1])}, ${p.kind === 'same-source' ? 'texts of one source' : 'coverage of one event'}`;
}

/**
 * The articles to build an exercise on: all of them when there are at most `articles`; else,
 * from a seed pair (the strongest edge, or the strongest similar pair; or the named document with
 * its strongest link), the set grows by the outside document most strongly joined to it (ties by
 * id) until it holds `articles` or nothing more is joined. Undefined when every article is used.
 */
export function chooseStorySet(result: AnalysisResult, options: StorySetOptions = {}): StorySelection | undefined {
  const max = options.articles ?? EXERCISE_MAX_DOCUMENTS;
  const docs = result.documents;
  if (options.around === undefined && docs.length <= max) return undefined;
  const name = (id: string) => docs.find((d) => d.id === id)?.outlet.name ?? id;
  const graph = storyLinks(result);
  const chosen = new Set<string>();
  let reason: string;
  if (options.around !== undefined) {
    const id = findDocument(result, options.around);
    if (id === undefined) throw new Error(`no article of the collection is named "${options.around}"`);
    chosen.add(id);
    reason = `around ${name(id)}`;
  } else {
    const edge = rankedEdges(result)[0];
    const pair = [...(result.provenance.similar ?? [])].sort(
      (a, b) => Math.min(b.shares[0], b.shares[1]) - Math.min(a.shares[0], a.shares[1]) || byCode(a.documents.join('\u0000'), b.documents.join('\u0000')),
    )[0];
    if (edge) {
      chosen.add(edge.from).add(edge.to);
      reason = `around the collection's strongest reuse (${edgeWords(edge, name)})`;
    } else if (pair) {
      chosen.add(pair.documents[0]).add(pair.documents[1]);
      reason = `around the two most alike (${pairWords(pair, name)}); the collection has no reuse edge`;
    } else {
      for (const d of docs.slice(0, max)) chosen.add(d.id);
      reason = 'the first in the collection: no two of its articles share content';
    }
  }
  while (chosen.size < max) {
    let best: [string, number] | undefined;
    for (const member of [...chosen].sort(byCode))
      for (const [other, w] of graph.get(member) ?? [])
        if (!chosen.has(other) && (!best || w > best[1] || (w === best[1] && byCode(other, best[0]) < 0))) best = [other, w];
    if (!best) break;
    chosen.add(best[0]);
  }
  if (chosen.size === docs.length) return undefined;
  const documents = docs.filter((d) => chosen.has(d.id)).map((d) => d.id);
  const joined = documents.length > (options.around === undefined ? 2 : 1) ? ` and the articles most closely joined to ${options.around === undefined ? 'them' : 'it'}` : '';
  return {
    documents,
    of: docs.length,
    reason: `${documents.length} of the ${docs.length} articles, ${reason}${reason.startsWith('the first') ? '' : joined}`,
  };
}

/**
 * The result as the chosen articles see it: their documents (in order), their segments' matches
 * among themselves, the edges, similar pairs, quoted statements and content units that lie among
 * them. Labels and shares stay as the whole collection's analysis gave them.
 */
export function restrictResult(result: AnalysisResult, documents: readonly string[]): AnalysisResult {
  const keep = new Set(documents);
  const p = result.provenance;
  return {
    ...result,
    documents: result.documents
      .filter((d) => keep.has(d.id))
      .map((d) => ({ ...d, segments: d.segments.map((s) => (s.matches.every((m) => keep.has(m.document)) ? s : { ...s, matches: s.matches.filter((m) => keep.has(m.document)) })) })),
    units: result.units
      .map((u) => ({ ...u, members: u.members.filter((m) => keep.has(m.document)) }))
      .filter((u) => u.members.length >= 2)
      .map((u) => (u.origin === undefined || keep.has(u.origin) ? u : { id: u.id, members: u.members, quote: u.quote })),
    provenance: {
      edges: p.edges.filter((e) => keep.has(e.from) && keep.has(e.to)),
      ...(p.similar ? { similar: p.similar.filter((s) => keep.has(s.documents[0]) && keep.has(s.documents[1])) } : {}),
      sources: p.sources
        .map((s) => ({ ...s, quotedBy: s.quotedBy.filter((q) => keep.has(q.document)) }))
        .filter((s) => new Set(s.quotedBy.map((q) => q.document)).size >= 2),
      documents: p.documents.filter((d) => keep.has(d.document)),
    },
  };
}
