/**
 * Edges of the provenance graph: from the document whose text was reused to the one that reused
 * it. For each pair sharing prose, direction is weighed (direction.ts); then, for each document,
 * candidate sources are taken strongest first, and a later candidate is kept only for what the
 * sources already kept do not explain: two outlets that both took from one wire story share text
 * as siblings, not as copier and copied.
 */
import type { ProvenanceEdge } from '../types.js';
import { countWords } from '../text/tokens.js';
import { strongestCredit } from './attributions.js';
import { keepExplainingSources, MIN_EDGE_SENTENCES, MIN_EDGE_SHARE } from './explained-sources.js';
import { possessive } from '../text/possessive.js';
import { shortName } from './document-names.js';
import type { DocumentFacts } from './document-facts.js';
import { weighDirection, type EvidenceItem } from './direction.js';
import { pairReuse, type PairReuse } from './pair-reuse.js';

/** Below this margin (log-odds) the text gives no clear sign of direction. */
export const MIN_DIRECTION_MARGIN = 1;
/** Inference from text is never certain. */
export const MAX_CONFIDENCE = 0.99;

interface Candidate {
  from: number;
  to: number;
  reuse: PairReuse;
  margin: number;
  evidence: EvidenceItem[];
}

const round2 = (x: number): number => Math.round(x * 100) / 100;
const round4 = (x: number): number => Math.round(x * 1e4) / 1e4;
const sigmoid = (x: number): number => 1 / (1 + Math.exp(-x));

function shareOf(words: number, facts: DocumentFacts): number {
  return facts.doc.stats.articleWords === 0 ? 0 : words / facts.doc.stats.articleWords;
}

function substantial(reuse: PairReuse, to: DocumentFacts): boolean {
  const n = reuse.copiedSentences + reuse.paraphrasedSentences;
  return n >= MIN_EDGE_SENTENCES && shareOf(reuse.copiedWords + reuse.paraphrasedWords, to) >= MIN_EDGE_SHARE;
}

/**
 * With no evidence either way: the source is taken to be the one whose text the other carries more
 * of (copied words, then all shared words), then the longer article; the order of the inputs
 * never decides.
 */
function carriesMore(a: DocumentFacts, b: DocumentFacts, aToB: PairReuse, bToA: PairReuse): boolean {
  const keys = (x: DocumentFacts, y: DocumentFacts, r: PairReuse) => [shareOf(r.copiedWords, y), shareOf(r.copiedWords + r.paraphrasedWords, y), x.doc.stats.articleWords];
  const ka = keys(a, b, aToB);
  const kb = keys(b, a, bToA);
  for (let k = 0; k < ka.length; k++) if (ka[k] !== kb[k]) return ka[k]! > kb[k]!;
  return a.doc.id <= b.doc.id;
}

/** One directed candidate per pair of documents that share enough prose. */
function candidates(facts: readonly DocumentFacts[]): Candidate[] {
  const out: Candidate[] = [];
  for (const [i, j] of matchedPairs(facts)) {
    const a = facts[i]!;
    const b = facts[j]!;
    const aToB = pairReuse(a.doc, b.doc);
    const bToA = pairReuse(b.doc, a.doc);
    if (!substantial(aToB, b) && !substantial(bToA, a)) continue;
    const evidence = weighDirection(a, b, aToB, bToA);
    const margin = evidence.reduce((sum, e) => sum + e.weight, 0);
    const forward = margin > 0 || (margin === 0 && carriesMore(a, b, aToB, bToA));
    const c: Candidate = forward
      ? { from: i, to: j, reuse: aToB, margin, evidence }
      : { from: j, to: i, reuse: bToA, margin: -margin, evidence: evidence.map((e) => ({ ...e, weight: -e.weight })) };
    // Without a sign of direction, only copying (not rewording alone) is worth an edge.
    if (c.margin < MIN_DIRECTION_MARGIN && c.reuse.copiedSentences < MIN_EDGE_SENTENCES) continue;
    out.push(c);
  }
  return out;
}

/**
 * Pairs [i, j], i < j, of documents with at least one match between them, in order: a pair
 * without any shares nothing, so only these can be candidates (the work follows the matches,
 * not the square of the documents).
 */
function matchedPairs(facts: readonly DocumentFacts[]): [number, number][] {
  const index = new Map(facts.map((f, i) => [f.doc.id, i]));
  const seen = new Set<number>();
  const out: [number, number][] = [];
  facts.forEach((f, i) => {
    for (const s of f.doc.segments)
      for (const m of s.matches) {
        const j = index.get(m.document);
        if (j === undefined || j <= i) continue;
        const key = i * facts.length + j;
        if (seen.has(key)) continue;
        seen.add(key);
        out.push([i, j]);
      }
  });
  return out.sort((x, y) => x[0] - y[0] || x[1] - y[1]);
}

function describe(c: Candidate, facts: readonly DocumentFacts[], explainedBy: string[]): ProvenanceEdge {
  const from = facts[c.from]!;
  const to = facts[c.to]!;
  const nf = shortName(from.doc);
  const nt = shortName(to.doc);
  const r = c.reuse;
  const lines: string[] = [];
  const total = to.doc.stats.articleSentences;
  if (r.copiedSentences > 0)
    lines.push(
      `${r.copiedSentences} of ${possessive(nt)} ${total} article sentences ${r.copiedSentences === 1 ? 'is an identical or near-verbatim' : 'are identical or near-verbatim'} ${nf} ${r.copiedSentences === 1 ? 'sentence' : 'sentences'}${r.sameOrder && r.copiedSentences > 1 ? ', in the same order' : ''}`,
    );
  if (r.paraphrasedSentences > 0) {
    const p = r.paraphrasedSentences;
    const subject = r.copiedSentences > 0 ? `${p} more ${p === 1 ? 'is a paraphrase' : 'are paraphrases'}` : `${p} of ${possessive(nt)} ${total} article sentences ${p === 1 ? 'is a paraphrase' : 'are paraphrases'}`;
    lines.push(`${subject} of ${p === 1 ? `a sentence of ${nf}` : `${nf} sentences`}`);
  }
  const credit = strongestCredit(to, from);
  const directionClear = c.margin >= MIN_DIRECTION_MARGIN;
  // Whether the copier credits its source is a question only once it is known which is the copier.
  if (!credit && directionClear) lines.push(`${nt} does not credit ${nf} anywhere in its text`);
  for (const e of c.evidence) if (e.weight > 0 && !(credit && e.text.startsWith(`${nt} credits `))) lines.push(e.text);
  if (credit) lines.unshift(`${nt} credits ${credit.source}: '${credit.text}'`);
  if (!directionClear) lines.push(`the texts give no clear sign of which came first`);
  for (const e of c.evidence) if (e.weight < 0) lines.push(`against this direction: ${e.text}`);
  // Copies that are not faithful: worth a reader's check against the source.
  const copiesOf = (n: number): string => (n === 1 ? `${possessive(nt)} copy of one ${nf} sentence` : `${possessive(nt)} copies of ${n} ${nf} sentences`);
  if (r.changedFigures > 0) lines.push(`${copiesOf(r.changedFigures)} ${r.changedFigures === 1 ? 'changes a figure' : 'change figures'}`);
  if (r.changedNegations > 0) lines.push(`${copiesOf(r.changedNegations)} ${r.changedNegations === 1 ? 'adds or drops a negation' : 'add or drop negations'}`);
  if (r.quoteOnlySentences > 0)
    lines.push(`${r.quoteOnlySentences} further sentence${r.quoteOnlySentences === 1 ? ' is' : 's are'} shared only as quotations: a common primary source, not counted as copying`);
  if (explainedBy.length > 0) lines.push(`part of what ${nt} shares with ${nf} is also in ${explainedBy.join(', ')}, counted there`);
  const n = r.copiedSentences + r.paraphrasedSentences;
  const confidence = Math.min(MAX_CONFIDENCE, sigmoid(c.margin) * (1 - Math.pow(0.5, n)));
  return {
    from: from.doc.id,
    to: to.doc.id,
    share: round4(shareOf(r.copiedWords + r.paraphrasedWords, to)),
    copiedShare: round4(shareOf(r.copiedWords, to)),
    paraphrasedShare: round4(shareOf(r.paraphrasedWords, to)),
    confidence: round2(confidence),
    directionClear,
    credited: credit !== undefined,
    evidence: lines,
  };
}

export function inferEdges(facts: readonly DocumentFacts[]): ProvenanceEdge[] {
  const all = candidates(facts);
  const edges: ProvenanceEdge[] = [];
  for (let to = 0; to < facts.length; to++) {
    const incoming = all
      .filter((c) => c.to === to)
      .sort(
        (x, y) =>
          Number(y.margin >= MIN_DIRECTION_MARGIN) - Number(x.margin >= MIN_DIRECTION_MARGIN) ||
          y.margin - x.margin ||
          y.reuse.copiedWords + y.reuse.paraphrasedWords - (x.reuse.copiedWords + x.reuse.paraphrasedWords) ||
          x.from - y.from,
      );
    const target = facts[to]!;
    const kept = keepExplainingSources(
      incoming.map((c) => ({ ...c, sharedSegments: c.reuse.sharedSegments })),
      (s) => countWords(target.doc.segments[s]!.text),
      target.doc.stats.articleWords,
    );
    kept.forEach((c, k) => {
      const before = kept.slice(0, k).filter((b) => c.reuse.sharedSegments.some((s) => sharedWith(facts, to, s, b.from)));
      edges.push(describe(c, facts, before.map((b) => facts[b.from]!.doc.outlet.name)));
    });
  }
  const order = new Map(facts.map((f, i) => [f.doc.id, i]));
  return edges.sort((x, y) => order.get(x.from)! - order.get(y.from)! || order.get(x.to)! - order.get(y.to)!);
}

function sharedWith(facts: readonly DocumentFacts[], to: number, segment: number, other: number): boolean {
  return facts[to]!.doc.segments[segment]!.matches.some((m) => !m.quote && m.document === facts[other]!.doc.id);
}
