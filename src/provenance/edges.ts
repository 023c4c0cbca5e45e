/**
 * Edges of the provenance graph: from the document whose text was reused to the one that reused
 * it. An edge rests on copied prose of substance (identical or near-verbatim article sentences
 * outside quotations: MIN_COPIED_WORDS words and MIN_COPIED_SHARE of the copier's article);
 * paraphrase, shared facts and shared quotations alone are coverage of one event, listed apart as
 * similar pairs with no direction and no credit verdict. For each pair with copied prose,
 * direction is weighed (direction.ts); then, for each document, candidate sources are taken
 * strongest first, and a later candidate is kept only for what the sources already kept do not
 * explain. Two outlets that both carry one agency's copy, or whose shared text is also in a given
 * agency text, are siblings of that source, not copier and copied.
 */
import type { AnalyzedDocument, EvidenceData, ProvenanceEdge, Segment, SimilarPair } from '../types.js';
import { countWords } from '../text/tokens.js';
import { strongestCredit } from './attributions.js';
import { keepExplainingSources, MIN_EDGE_SENTENCES, MIN_EDGE_SHARE } from './explained-sources.js';
import { possessive } from '../text/possessive.js';
import { shortName } from './document-names.js';
import type { DocumentFacts } from './document-facts.js';
import { feedAndReprint } from './feed-form.js';
import { evidenceItem, weighDirection, WEIGHTS, type EvidenceItem } from './direction.js';
import { pairReuse, type PairReuse } from './pair-reuse.js';
import { AGENCY_DRAWN_MIN_SHARE, DERIVED_MIN_SHARE, drawnFrom, holdsProse, isBrief, segmentDraws, sharedWith } from '../label/derived-words.js';
import { agencyStories } from './agency-stories.js';

/** Below this margin (log-odds) the text gives no clear sign of direction. */
export const MIN_DIRECTION_MARGIN = 1;
/** Copied prose of substance: at least this many derived words of the copier's article (copied sentences, shared runs)… */
export const MIN_COPIED_WORDS = 12;
/** …making up at least this share of it: the document-level measure's own threshold (derived-words.ts). */
export const MIN_COPIED_SHARE = DERIVED_MIN_SHARE;
/** Inference from text is never certain. */
export const MAX_CONFIDENCE = 0.99;
/** At most this many evidence items (and prose lines) per edge; the rest are counted. */
export const EVIDENCE_CAP = 12;

interface Candidate {
  basis: 'copied-prose' | 'credited-paraphrase' | 'agency-copy';
  /** When the source is one version of an agency story the target draws on: the story's other versions it draws on, and its sentences drawing on the story's prose. */
  story?: { versions: number[]; segments: number[] };
  /** True when only weak evidence (dates, merges) points this way and too little is copied whole for it to decide. */
  weakOnly?: boolean;
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

/** Words of the given segments of a document. */
function wordsOf(facts: DocumentFacts, segments: readonly number[]): number {
  return segments.reduce((sum, s) => sum + countWords(facts.doc.segments[s]!.text), 0);
}

/** Whether `words` derived words of `to` (copied sentences and shared runs) are copied prose of substance. */
function copiedSubstance(to: DocumentFacts, words: number): boolean {
  return words >= MIN_COPIED_WORDS && shareOf(words, to) >= MIN_COPIED_SHARE;
}

/** Enough shared content, of any kind, to be worth listing as similar coverage. */
function sharesContent(reuse: PairReuse, to: DocumentFacts): boolean {
  const n = reuse.copiedSentences + reuse.paraphrasedSentences;
  return (n >= MIN_EDGE_SENTENCES && shareOf(reuse.derivedWords + reuse.paraphrasedWords, to) >= MIN_EDGE_SHARE) || reuse.derivedWords >= MIN_COPIED_WORDS;
}

/**
 * With no evidence either way, an edge is drawn from the text the other carries more of (copied
 * words, then all shared words, then the longer article, then the input order): that order is
 * no claim, and the edge says `directionClear: false` and gives no credit verdict.
 */
function carriesMore(a: DocumentFacts, b: DocumentFacts, aToB: PairReuse, bToA: PairReuse): boolean {
  const keys = (x: DocumentFacts, y: DocumentFacts, r: PairReuse) => [shareOf(r.derivedWords, y), shareOf(r.derivedWords + r.paraphrasedWords, y), x.doc.stats.articleWords];
  const ka = keys(a, b, aToB);
  const kb = keys(b, a, bToA);
  for (let k = 0; k < ka.length; k++) if (ka[k] !== kb[k]) return ka[k]! > kb[k]!;
  return true;
}

/** The agency both documents carry the marks of, when both are agency copy of one agency. */
function commonAgency(a: DocumentFacts, b: DocumentFacts): string | undefined {
  if (!a.agencyCopy || !b.agencyCopy) return undefined;
  // The feed's text and a client's reprint of it: source and credited copy (feed-form.ts).
  if (feedAndReprint(a, b)) return undefined;
  const named = (f: DocumentFacts) => new Set(f.fingerprints.map((p) => p.agency).filter((x) => x !== ''));
  const na = named(a);
  const nb = named(b);
  const both = [...na].filter((x) => nb.has(x)).sort();
  if (both.length > 0) return both[0];
  // Marks that name no agency (a feed's slug line) on both sides: one unnamed agency.
  return na.size === 0 || nb.size === 0 ? '' : undefined;
}

function similarPair(a: DocumentFacts, b: DocumentFacts, aToB: PairReuse, bToA: PairReuse, kind: SimilarPair['kind'], source?: string, versions = false): SimilarPair {
  const na = shortName(a.doc);
  const nb = shortName(b.doc);
  const lines: string[] = [];
  const sentences = (n: number, what: string) => `${n} ${n === 1 ? 'sentence' : 'sentences'} ${what}`;
  for (const [r, x, y] of [
    [aToB, nb, na],
    [bToA, na, nb],
  ] as const) {
    const parts: string[] = [];
    if (r.copiedSentences > 0) parts.push(sentences(r.copiedSentences, 'copied'));
    if (r.paraphrasedSentences > 0) parts.push(sentences(r.paraphrasedSentences, 'paraphrased'));
    if (r.quoteOnlySentences > 0) parts.push(sentences(r.quoteOnlySentences, 'shared only as quotations'));
    if (parts.length > 0) lines.push(`${x} shares with ${y}: ${parts.join(', ')}`);
  }
  if (versions) {
    lines.push(`versions of one ${source ? `${source} ` : 'news agency '}story (a take, a substitute, an update): the agency reusing its own copy`);
  } else if (kind === 'same-source') {
    lines.push(`both run the same ${source ? `${source} ` : ''}copy${source === undefined || source === '' ? ' of a news agency' : ''}: siblings of one source, not copier and copied`);
  } else {
    lines.push(`no copied prose of substance: coverage of the same event (facts, names, quotations), not reuse; no direction is drawn`);
  }
  const pair: SimilarPair = {
    documents: [a.doc.id, b.doc.id],
    kind,
    shares: [round4(shareOf(bToA.derivedWords + bToA.paraphrasedWords, a)), round4(shareOf(aToB.derivedWords + aToB.paraphrasedWords, b))],
    evidence: lines,
  };
  if (source !== undefined && source !== '') pair.source = source;
  return pair;
}

interface Pairs {
  candidates: Candidate[];
  similar: Map<string, SimilarPair>;
  reuse: Map<string, [PairReuse, PairReuse]>;
  /** Sharing pairs [i, j], i < j. */
  sharing: [number, number][];
}

const pairKey = (i: number, j: number): string => (i < j ? `${i}:${j}` : `${j}:${i}`);

/** One directed candidate per pair of documents that share copied prose; the rest of the sharing pairs as similar. */
function candidates(facts: readonly DocumentFacts[]): Pairs {
  const out: Pairs = { candidates: [], similar: new Map(), reuse: new Map(), sharing: sharingPairs(facts) };
  for (const [i, j] of out.sharing) {
    const a = facts[i]!;
    const b = facts[j]!;
    const aToB = pairReuse(a.doc, b.doc);
    const bToA = pairReuse(b.doc, a.doc);
    out.reuse.set(pairKey(i, j), [aToB, bToA]);
    const copiedIntoB = copiedSubstance(b, aToB.evidentWords);
    const copiedIntoA = copiedSubstance(a, bToA.evidentWords);
    if (!copiedIntoA && !copiedIntoB) {
      // Rewording with a credit is reuse the reuser owns to: an edge, never an accusation.
      const credited = creditedParaphrase(facts, i, j, aToB, bToA) ?? creditedParaphrase(facts, j, i, bToA, aToB);
      if (credited) {
        out.candidates.push(credited);
        continue;
      }
      if (sharesContent(aToB, b) || sharesContent(bToA, a)) out.similar.set(pairKey(i, j), similarPair(a, b, aToB, bToA, 'similar-coverage'));
      continue;
    }
    const agency = commonAgency(a, b);
    if (agency !== undefined) {
      // Versions of one agency story (agency-stories.ts): reuse of one text, shown as such.
      out.similar.set(pairKey(i, j), similarPair(a, b, aToB, bToA, 'same-source', agency, true));
      continue;
    }
    const evidence = weighDirection(a, b, aToB, bToA);
    const margin = evidence.reduce((sum, e) => sum + e.weight, 0);
    // The direction of the copying the texts show; with no sign either way, the side that carries copied prose of substance.
    const forward = margin > 0 || (margin === 0 && (copiedIntoB !== copiedIntoA ? copiedIntoB : carriesMore(a, b, aToB, bToA)));
    const c: Candidate = forward
      ? { basis: 'copied-prose', from: i, to: j, reuse: aToB, margin, evidence }
      : { basis: 'copied-prose', from: j, to: i, reuse: bToA, margin: -margin, evidence: evidence.map((e) => ({ ...e, weight: -e.weight })) };
    if (!(forward ? copiedIntoB : copiedIntoA)) {
      out.similar.set(pairKey(i, j), similarPair(a, b, aToB, bToA, 'similar-coverage'));
      continue;
    }
    // Weak evidence alone (a date a day earlier, a merge) decides only between texts that share
    // whole copied sentences: between texts sharing runs of words it would accuse on too little.
    const strong = c.evidence.some((e) => e.weight >= WEIGHTS.droppedMark);
    const to = facts[c.to]!;
    if (!strong && c.margin >= MIN_DIRECTION_MARGIN && !(c.reuse.copiedWords >= MIN_COPIED_WORDS && shareOf(c.reuse.copiedWords, to) >= MIN_EDGE_SHARE)) c.weakOnly = true;
    out.candidates.push(c);
  }
  agencyStoryCandidates(facts, out);
  return out;
}

/** The pair's reuse oriented from `from` to `to`. */
function reuseFrom(out: Pairs, from: number, to: number): [PairReuse, PairReuse] {
  const [aToB, bToA] = out.reuse.get(pairKey(from, to))!;
  return from < to ? [aToB, bToA] : [bToA, aToB];
}

/**
 * Texts written from an agency story. For each document that is not agency copy, the agency-copy
 * documents it shares anything with are taken story by story (agency-stories.ts): what it draws
 * on is the story, so its versions count together. Where one version already has an edge to it
 * (copied prose), that edge stands for the story and lists the other versions; the others' own
 * candidates go. Otherwise the story gives an `agency-copy` edge when the document's sentences
 * drawing on the story's prose (copied, paraphrased, carrying runs of its words that hold prose;
 * not quotations, nor a speaker's phrase one of the two quotes: holdsProse) reach
 * AGENCY_DRAWN_MIN_SHARE of its article and keep a trace of the agency's own words (keepsOwnWords: a
 * copied sentence or a run of its words: rewording alone is coverage of one event; a brief, too
 * short to keep a run, needs none: isBrief), from the
 * version it draws on most, when the direction is clear (the agency's marks say which is the agency's).
 */
function agencyStoryCandidates(facts: readonly DocumentFacts[], out: Pairs): void {
  const sameAgency = (i: number, j: number) => commonAgency(facts[i]!, facts[j]!) !== undefined;
  const versionPairs = out.sharing.filter(([i, j]) => {
    if (!facts[i]!.agencyCopy || !facts[j]!.agencyCopy) return false;
    const [aToB, bToA] = out.reuse.get(pairKey(i, j))!;
    return copiedSubstance(facts[j]!, aToB.evidentWords) || copiedSubstance(facts[i]!, bToA.evidentWords);
  });
  const story = agencyStories(facts, sameAgency, versionPairs);
  // For each target that is not agency copy: its agency stories, and their members it shares with.
  const byTarget = new Map<number, Map<number, number[]>>();
  for (const [i, j] of out.sharing)
    for (const [x, y] of [
      [i, j],
      [j, i],
    ] as const) {
      const root = story[x];
      // Targets: texts that are not agency copy, and reprints of a feed text.
      if (root === undefined || (facts[y]!.agencyCopy && !feedAndReprint(facts[x]!, facts[y]!))) continue;
      const stories = byTarget.get(y) ?? new Map<number, number[]>();
      byTarget.set(y, stories);
      const members = stories.get(root) ?? [];
      stories.set(root, members);
      members.push(x);
    }
  for (const [y, stories] of [...byTarget].sort((p, q) => p[0] - q[0]))
    for (const [, members] of [...stories].sort((p, q) => p[0] - q[0])) {
      members.sort((p, q) => p - q);
      const target = facts[y]!;
      const storyIds = new Set(members.map((m) => facts[m]!.doc.id));
      const drawnBy = new Map(members.map((m) => [m, drawnFrom(target.doc, new Set([facts[m]!.doc.id]))]));
      const segments = target.doc.segments.filter((s) => segmentDraws(s, storyIds, false)).map((s) => s.id);
      const own = out.candidates.filter((c) => c.to === y && members.includes(c.from));
      let lead: Candidate | undefined;
      if (own.length > 0) {
        lead = [...own].sort((p, q) => q.reuse.derivedWords + q.reuse.paraphrasedWords - (p.reuse.derivedWords + p.reuse.paraphrasedWords) || p.from - q.from)[0]!;
        out.candidates = out.candidates.filter((c) => c === lead || !own.includes(c));
      } else {
        const drawn = drawnFrom(target.doc, storyIds);
        if (drawn.proseSentences === 0 || drawn.proseShare < AGENCY_DRAWN_MIN_SHARE) continue;
        // A trace of the agency's own words (a copied sentence or a run of its words): rewording alone
        // is coverage of one event, except in a brief, too short to keep a run of them.
        if (!isBrief(target.doc) && !members.some((m) => keepsOwnWords(target.doc, facts[m]!.doc.id, reuseFrom(out, m, y)[0]))) continue;
        const from = members.reduce((best, m) => (drawnBy.get(m)!.proseWords > drawnBy.get(best)!.proseWords ? m : best));
        const [forward, backward] = reuseFrom(out, from, y);
        const evidence = weighDirection(facts[from]!, target, forward, backward);
        const margin = evidence.reduce((sum, e) => sum + e.weight, 0);
        if (margin < MIN_DIRECTION_MARGIN) continue;
        lead = { basis: 'agency-copy', from, to: y, reuse: forward, margin, evidence };
        out.candidates.push(lead);
      }
      lead.story = { versions: members.filter((m) => m !== lead!.from && drawnBy.get(m)!.words > 0), segments };
      // The edge stands for the story: its versions are no similar pairs of the target's apart.
      for (const m of members) out.similar.delete(pairKey(m, y));
    }
}

/**
 * Whether `doc` keeps a trace of document `from`'s own words: a sentence copied from it (`reuse`,
 * its pairReuse) or a run of its words that holds prose (holdsProse: a run every word of which one
 * of the two quotes is a speaker's words, not `from`'s).
 */
function keepsOwnWords(doc: AnalyzedDocument, from: string, reuse: PairReuse): boolean {
  if (reuse.copiedSentences > 0) return true;
  return doc.segments.some((s) => {
    if (s.label === 'boilerplate' || s.role !== undefined) return false;
    const w = sharedWith(s, from);
    return w !== undefined && holdsProse(w);
  });
}

/**
 * An edge from `src` to `dst` resting on reworded prose: only when `dst` credits `src` and shares
 * enough with it (MIN_EDGE_SENTENCES sentences and MIN_EDGE_SHARE of its words), and `src` does
 * not credit `dst` back.
 */
function creditedParaphrase(facts: readonly DocumentFacts[], src: number, dst: number, forward: PairReuse, backward: PairReuse): Candidate | undefined {
  const a = facts[src]!;
  const b = facts[dst]!;
  const n = forward.copiedSentences + forward.paraphrasedSentences;
  if (!strongestCredit(b, a) || strongestCredit(a, b) || n < MIN_EDGE_SENTENCES || shareOf(forward.derivedWords + forward.paraphrasedWords, b) < MIN_EDGE_SHARE) return undefined;
  const evidence = src < dst ? weighDirection(a, b, forward, backward) : weighDirection(b, a, backward, forward).map((e) => ({ ...e, weight: -e.weight }));
  const margin = evidence.reduce((sum, e) => sum + e.weight, 0);
  if (margin < MIN_DIRECTION_MARGIN) return undefined;
  return { basis: 'credited-paraphrase', from: src, to: dst, reuse: forward, margin, evidence };
}

/** Both ends of each pair, for an evidence item's sentences. */
function pairSentences(pairs: readonly [number, number][], to: DocumentFacts, from: DocumentFacts): { document: string; segment: number }[] {
  return pairs.flatMap(([b, a]) => [
    { document: to.doc.id, segment: b },
    { document: from.doc.id, segment: a },
  ]);
}

/**
 * Pairs [i, j], i < j, of documents with at least one match or shared run of words between them,
 * in order: a pair without any shares nothing, so only these can be candidates (the work follows
 * the matches, not the square of the documents).
 */
function sharingPairs(facts: readonly DocumentFacts[]): [number, number][] {
  const index = new Map(facts.map((f, i) => [f.doc.id, i]));
  const seen = new Set<number>();
  const out: [number, number][] = [];
  facts.forEach((f, i) => {
    for (const s of f.doc.segments)
      for (const other of [...s.matches.map((m) => m.document), ...(s.shared ?? []).map((r) => r.document)]) {
        const j = index.get(other);
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
  const items: EvidenceData[] = [];
  const total = to.doc.stats.articleSentences;
  const versions = c.story?.versions ?? [];
  const sources = new Set([from.doc.id, ...versions.map((v) => facts[v]!.doc.id)]);
  const drawn = drawnFrom(to.doc, sources);
  if (r.copiedSentences > 0 || (r.tiled.length === 0 && c.basis !== 'agency-copy')) items.push(
    evidenceItem(
      'copied-prose',
      0,
      `${r.copiedSentences} of ${possessive(nt)} ${total} article sentences ${r.copiedSentences === 1 ? 'is an identical or near-verbatim' : 'are identical or near-verbatim'} ${nf} ${r.copiedSentences === 1 ? 'sentence' : 'sentences'}${r.sameOrder && r.copiedSentences > 1 ? ', in the same order' : ''}`,
      pairSentences(r.copiedPairs, to, from),
    ),
  );
  if (r.paraphrasedSentences > 0) {
    const p = r.paraphrasedSentences;
    const subject = r.copiedSentences > 0 ? `${p} more ${p === 1 ? 'is a paraphrase' : 'are paraphrases'}` : `${p} of ${possessive(nt)} ${total} article sentences ${p === 1 ? 'is a paraphrase' : 'are paraphrases'}`;
    items.push(evidenceItem('paraphrased-prose', 0, `${subject} of ${p === 1 ? `a sentence of ${nf}` : `${nf} sentences`}`, pairSentences(r.paraphrasedPairs, to, from)));
  }
  if (r.tiled.length > 0) {
    const w = r.tiled.reduce((sum, [, x]) => sum + x, 0);
    // Words of names and words one side quotes lie in the runs too, and are no evidence of copying (pair-reuse.ts).
    const aside = w - r.tiled.reduce((sum, [b]) => sum + (r.evidence.get(b) ?? 0), 0);
    const words = aside > 0 ? `${w} words, ${aside} of them names, figures or words one of the two quotes, not counted as copying` : `${w} words`;
    items.push(
      evidenceItem(
        'shared-runs',
        0,
        `${r.tiled.length} more ${r.tiled.length === 1 ? 'sentence carries' : 'sentences carry'} runs of ${possessive(nf)} words inside ${r.tiled.length === 1 ? 'a sentence' : 'sentences'} reworded, split or merged (${words})`,
        r.tiled.map(([segment]) => ({ document: to.doc.id, segment })),
      ),
    );
  }
  const credit = strongestCredit(to, from);
  const directionClear = c.margin >= MIN_DIRECTION_MARGIN && c.weakOnly !== true;
  const direction = [...c.evidence].sort((x, y) => Math.abs(y.weight) - Math.abs(x.weight) || y.weight - x.weight);
  // The copier's own credit line leads the evidence; the same credit is not listed twice.
  for (const e of direction) if (!(credit && e.kind === 'credit' && e.weight > 0)) items.push(e);
  if (credit) {
    const creditItem = c.evidence.find((e) => e.kind === 'credit' && e.weight > 0) ?? evidenceItem('credit', 0, `${nt} credits ${credit.source}: '${credit.text}'`, [{ document: to.doc.id, segment: credit.segment }]);
    items.unshift({ ...creditItem, text: `${nt} credits ${credit.source}: '${credit.text}'` });
  }
  const copiesOf = (n: number): string => (n === 1 ? `${possessive(nt)} copy of one ${nf} sentence` : `${possessive(nt)} copies of ${n} ${nf} sentences`);
  const at = (ss: readonly number[]) => ss.map((segment) => ({ document: to.doc.id, segment }));
  if (r.changedFigures.length > 0)
    items.push(evidenceItem('changed-figure', 0, `${copiesOf(r.changedFigures.length)} ${r.changedFigures.length === 1 ? 'changes a figure' : 'change figures'}`, at(r.changedFigures)));
  if (r.changedNegations.length > 0)
    items.push(evidenceItem('changed-negation', 0, `${copiesOf(r.changedNegations.length)} ${r.changedNegations.length === 1 ? 'adds or drops a negation' : 'add or drop negations'}`, at(r.changedNegations)));
  if (r.quoteOnlySentences > 0)
    items.push(
      evidenceItem(
        'shared-quote',
        0,
        `${r.quoteOnlySentences} further sentence${r.quoteOnlySentences === 1 ? ' is' : 's are'} shared only as quotations: a common primary source, not counted as copying`,
        pairSentences(r.quotePairs, to, from),
      ),
    );
  if (explainedBy.length > 0) items.push(evidenceItem('explained-elsewhere', 0, `part of what ${nt} shares with ${nf} is also in ${explainedBy.join(', ')}, counted there`));

  // The prose: the same items in words, with what the verdict is.
  const lines: string[] = [];
  for (const e of items) {
    if (e.kind === 'credit' && e.weight < 0) lines.push(`against this direction: ${e.text}`);
    else if (e.weight < 0) lines.push(`against this direction: ${e.text}`);
    else lines.push(e.text);
    // Whether the copier credits its source is a question only once it is known which is the copier.
    if ((e.kind === 'copied-prose' || e.kind === 'paraphrased-prose' || e.kind === 'shared-runs') && e === items[0] && !credit && directionClear && c.basis === 'copied-prose') lines.push(`${nt} does not credit ${nf} anywhere in its text`);
  }
  if (c.basis === 'agency-copy')
    lines.unshift(
      `${nt} is written from ${possessive(nf)} agency story: ${drawn.proseSentences} of its ${total} article sentences draw on the story's prose, reworded or in runs of its words (agency copy is sold to be rewritten: no accusation of copying)`,
    );
  if (versions.length > 0) lines.push(`counted with ${nf}, as versions of one agency story: ${versions.map((v) => shortName(facts[v]!.doc)).join(', ')}`);
  if (!directionClear) lines.splice(credit ? 2 : 1, 0, `the texts give no clear sign of which came first`);
  if (c.weakOnly) lines.push(`a publication date or a merged sentence alone does not decide between texts that share runs of words rather than whole sentences`);
  const shown = items.slice(0, EVIDENCE_CAP);
  const cappedLines = lines.length > EVIDENCE_CAP ? [...lines.slice(0, EVIDENCE_CAP), `… and ${lines.length - EVIDENCE_CAP} more`] : lines;

  // Calibrated on constructed cases (README, "How provenance is decided"): how sure the reuse is
  // (more copied sentences, surer; a paraphrase counts half), times how sure its direction is (a coin when unclear).
  const reuseSure = 1 - Math.pow(0.5, r.copiedSentences + r.paraphrasedSentences / 2 + 1);
  const directionSure = directionClear ? sigmoid(2 * c.margin) : 0.5;
  const confidence = Math.min(MAX_CONFIDENCE, reuseSure * directionSure);
  const edge: ProvenanceEdge = {
    from: from.doc.id,
    to: to.doc.id,
    share: drawn.share,
    copiedShare: round4(shareOf(r.derivedWords, to)),
    paraphrasedShare: round4(shareOf(r.paraphrasedWords, to)),
    confidence: round2(confidence),
    directionClear,
    credited: credit !== undefined,
    evidence: cappedLines,
    basis: c.basis,
    items: shown,
    itemsOmitted: items.length - shown.length,
  };
  if (versions.length > 0) edge.versions = versions.map((v) => facts[v]!.doc.id);
  return edge;
}

export interface Edges {
  edges: ProvenanceEdge[];
  similar: SimilarPair[];
}

export function inferEdges(facts: readonly DocumentFacts[]): Edges {
  const { candidates: all, similar, reuse } = candidates(facts);
  const index = new Map(facts.map((f, i) => [f.doc.id, i]));
  const edges: ProvenanceEdge[] = [];
  const byTarget = new Map<number, Candidate[]>();
  for (const c of all) {
    const list = byTarget.get(c.to);
    if (list) list.push(c);
    else byTarget.set(c.to, [c]);
  }
  for (const [to, list] of [...byTarget].sort((x, y) => x[0] - y[0])) {
    const incoming = list
      .sort(
        (x, y) =>
          Number(y.margin >= MIN_DIRECTION_MARGIN && !y.weakOnly) - Number(x.margin >= MIN_DIRECTION_MARGIN && !x.weakOnly) ||
          y.margin - x.margin ||
          y.reuse.derivedWords + y.reuse.paraphrasedWords - (x.reuse.derivedWords + x.reuse.paraphrasedWords) ||
          x.from - y.from,
      );
    const target = facts[to]!;
    const byAgency = agencySources(facts, index, to);
    const kept = keepExplainingSources(
      incoming.map((c) => ({ ...c, sharedSegments: c.story ? c.story.segments : c.reuse.sharedSegments })),
      (s) => countWords(target.doc.segments[s]!.text),
      target.doc.stats.articleWords,
      (fresh, c) => {
        if (c.basis === 'credited-paraphrase') return fresh.length >= MIN_EDGE_SENTENCES && shareOf(wordsOf(target, fresh), target) >= MIN_EDGE_SHARE;
        if (c.basis === 'agency-copy') return fresh.length >= 1 && shareOf(wordsOf(target, fresh), target) >= AGENCY_DRAWN_MIN_SHARE;
        // The copied prose left once the sources kept before, and agency copy both draw on, explain theirs.
        const left = fresh.filter((seg) => byAgency(seg, c.from).length === 0);
        return copiedSubstance(target, left.reduce((sum, seg) => sum + (c.reuse.evidence.get(seg) ?? 0), 0));
      },
    );
    for (const c of incoming) {
      if (kept.some((k) => k.from === c.from)) continue;
      // What the kept sources, or agency copy both draw on, explain: a sibling of theirs, not a source.
      const by = [...new Set([...kept.filter((b) => c.reuse.sharedSegments.some((s) => hasProseCounterpart(facts, to, s, b.from))).map((b) => b.from), ...c.reuse.sharedSegments.flatMap((s) => byAgency(s, c.from))])].sort((x, y) => x - y);
      const [i, j] = c.from < c.to ? [c.from, c.to] : [c.to, c.from];
      const [aToB, bToA] = reuse.get(pairKey(i, j))!;
      similar.set(pairKey(i, j), by.length > 0 ? similarPair(facts[i]!, facts[j]!, aToB, bToA, 'same-source', by.map((b) => facts[b]!.doc.id).join(', ')) : similarPair(facts[i]!, facts[j]!, aToB, bToA, 'similar-coverage'));
    }
    kept.forEach((c, k) => {
      const before = kept.slice(0, k).filter((b) => c.reuse.sharedSegments.some((s) => hasProseCounterpart(facts, to, s, b.from)));
      edges.push(describe(c, facts, before.map((b) => facts[b.from]!.doc.outlet.name)));
    });
  }
  const order = new Map(facts.map((f, i) => [f.doc.id, i]));
  edges.sort((x, y) => order.get(x.from)! - order.get(y.from)! || order.get(x.to)! - order.get(y.to)!);
  const pairs = [...similar.values()].sort((x, y) => order.get(x.documents[0])! - order.get(y.documents[0])! || order.get(x.documents[1])! - order.get(y.documents[1])!);
  return { edges, similar: pairs };
}

/**
 * Prose two clients share that agency copy in the input also carries is the agency's, not one
 * client's taken by the other. For the target `to` (not itself agency copy), the function returned
 * gives, for one of its segments and a candidate source `from` (not agency copy either), the
 * agency-copy documents (indices, in order) that explain what the two share there: the segment
 * draws on the agency text's prose (a match outside quotations, or a run of its words), and the
 * wording is the agency's (the segment or its counterpart in `from` carries the agency's sentence
 * near-verbatim; for a run of words alone, `from` draws on the agency text at all). A sentence the
 * target copied from the source's own rewording of the agency stays the source's. Two newspapers
 * that each rewrote one PA story share its sentences with each other; the PA text explains them,
 * whether or not enough of it reaches the target for an edge of its own.
 */
function agencySources(facts: readonly DocumentFacts[], index: ReadonlyMap<string, number>, to: number): (segment: number, from: number) => number[] {
  const target = facts[to]!;
  const isAgency = (id: string): boolean => {
    const k = index.get(id);
    return k !== undefined && k !== to && facts[k]!.agencyCopy;
  };
  const sources = (segment: number, from: number): number[] => {
    if (target.agencyCopy || facts[from]!.agencyCopy) return [];
    const s = target.doc.segments[segment]!;
    if (s.label === 'boilerplate' || s.role !== undefined) return [];
    // The agency texts the segment draws on (segmentDraws): a match outside quotations, or a run of words.
    const drawn = new Set<string>();
    for (const m of s.matches) if (!m.quote && isAgency(m.document)) drawn.add(m.document);
    for (const r of s.shared ?? []) if (isAgency(r.document)) drawn.add(r.document);
    if (drawn.size === 0) return [];
    const source = facts[from]!.doc;
    const counterparts = s.matches.filter((m) => !m.quote && m.document === source.id).map((m) => source.segments[m.segment]!);
    return [...drawn]
      .filter((id) => {
        const ids = new Set([id]);
        // A run of words only (no counterpart sentence): the source drawing on the agency at all.
        if (counterparts.length === 0) return source.segments.some((x) => segmentDraws(x, ids, false));
        // The wording they share is the agency's: one of them carries its sentence near-verbatim (a
        // wording the source made its own, copied by the target, is the source's).
        const verbatim = (x: Segment) => x.matches.some((m) => !m.quote && m.relation !== 'paraphrase' && m.document === id);
        return verbatim(s) || counterparts.some(verbatim);
      })
      .map((id) => index.get(id)!)
      .sort((x, y) => x - y);
  };
  return sources;
}

/** Whether segment `segment` of document `to` has a counterpart in document `other` that is prose, not a shared quote. */
function hasProseCounterpart(facts: readonly DocumentFacts[], to: number, segment: number, other: number): boolean {
  return facts[to]!.doc.segments[segment]!.matches.some((m) => !m.quote && m.document === facts[other]!.doc.id);
}
