/**
 * Common quoted sources: a statement that several documents quote (in one wording or in
 * several, e.g. two translations). Shared quotes point to a primary source that all of them
 * used, not to one outlet copying another, so they are listed here and create no edge.
 */
import type { AnalyzedDocument, QuotedSource, Segment } from '../types.js';
import { findQuotedSpans } from '../quotes/quote-spans.js';
import { postAuthor } from '../clean/social-post.js';

/** Quotation marks (and white space) at either end of a quotation, TeX's `` among them; a trailing comma too. */
const QUOTE_MARKS = /^[\s“”„"«»‘’'`]+|[\s“”„"«»‘’'`,]+$/g;

/** The quoted words of a segment, without the quotation marks. */
export function quotedWording(text: string): string {
  const spans = findQuotedSpans(text);
  const parts = spans.length > 0 ? spans.map((s) => text.slice(s.start, s.end)) : [text];
  return parts
    .map((p) => p.replace(QUOTE_MARKS, ''))
    .filter((p) => p !== '')
    .join(' … ');
}

const WHO = String.raw`(the\s+[\w'’.-]+(?:\s+[A-Z][\w'’.-]*)*|[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*)`;
/** Verbs that introduce what someone says ("Putin said", "Putin proposed …"); never "reported", which names the outlet. */
const SPEECH = String.raw`(?:said|says|stated|wrote|told|added|declared|proposed|proposes|urged|warned|insisted)`;
const SPEAKER_BEFORE = new RegExp(String.raw`\b${WHO}\s+${SPEECH}\b`);
const SPEAKER_AFTER = new RegExp(String.raw`\b(?:said|says|stated|added)\s+${WHO}`);
const SPEECH_WORD = new RegExp(SPEECH);

/** Who a sentence says is speaking, outside its quotations ("Putin", "the Kremlin"). */
export function speakerOf(text: string): string | undefined {
  if (!SPEECH_WORD.test(text)) return undefined; // words both patterns need
  let outside = text;
  for (const s of findQuotedSpans(text).reverse()) outside = outside.slice(0, s.start) + ' ' + outside.slice(s.end);
  const m = SPEAKER_BEFORE.exec(outside) ?? SPEAKER_AFTER.exec(outside);
  const name = m?.[1]?.trim();
  return name && !/^(He|She|They|It|We|I)$/.test(name) ? withoutTitle(name) : undefined;
}

/** Words of office before a name ("Security Center Director William Evanina", "President Vladimir Putin"). */
const TITLES: ReadonlySet<string> = new Set([
  'President', 'Vice', 'Prime', 'Minister', 'Secretary', 'Director', 'Chief', 'Head', 'Chairman', 'Chairwoman', 'Chair',
  'Spokesman', 'Spokeswoman', 'Spokesperson', 'Senator', 'Sen.', 'Rep.', 'Representative', 'Governor', 'Gov.', 'Mayor',
  'Ambassador', 'Gen.', 'Commissioner', 'Adviser', 'Advisor', 'Attorney', 'Judge', 'Leader', 'Officer',
]);

/** Words of office only after another ("Attorney General", "Secretary General"): "General Motors" is a name. */
const TRAILING_TITLES: ReadonlySet<string> = new Set(['General']);

/** A speaker's name without the office before it: the words after the last title word, if any remain. */
function withoutTitle(name: string): string {
  const words = name.split(/\s+/);
  let last = -1;
  words.forEach((w, i) => {
    if (TITLES.has(w) || (TRAILING_TITLES.has(w) && i === last + 1 && last >= 0)) last = i;
  });
  return last >= 0 && last < words.length - 1 ? words.slice(last + 1).join(' ') : name;
}

interface Node {
  doc: number;
  seg: Segment;
}

/**
 * `preferred`: documents whose wording names a statement first (agency copy, the usual first
 * English wording); otherwise the most common wording, in document order.
 */
export function quotedSources(documents: readonly AnalyzedDocument[], preferred: ReadonlySet<string> = new Set()): QuotedSource[] {
  const index = new Map(documents.map((d, i) => [d.id, i]));
  const key = (d: number, s: number) => `${d}:${s}`;
  const parent = new Map<string, string>();
  const find = (k: string): string => {
    let r = k;
    while (parent.get(r) !== r) r = parent.get(r)!;
    parent.set(k, r);
    return r;
  };
  const union = (x: string, y: string) => {
    const rx = find(x);
    const ry = find(y);
    if (rx !== ry) parent.set(rx < ry ? ry : rx, rx < ry ? rx : ry);
  };
  const nodes = new Map<string, Node>();
  documents.forEach((d, di) =>
    d.segments.forEach((s) => {
      if (s.matches.some((m) => m.quote)) {
        const k = key(di, s.id);
        parent.set(k, k);
        nodes.set(k, { doc: di, seg: s });
      }
    }),
  );
  // Statements: segments joined by shared-quote matches.
  for (const [k, n] of nodes)
    for (const m of n.seg.matches) if (m.quote) union(k, key(index.get(m.document)!, m.segment));

  const groups = new Map<string, Node[]>();
  for (const [k, n] of nodes) {
    const r = find(k);
    let g = groups.get(r);
    if (!g) groups.set(r, (g = []));
    g.push(n);
  }

  const sources: QuotedSource[] = [];
  for (const g of groups.values()) {
    if (new Set(g.map((n) => n.doc)).size < 2) continue;
    g.sort((x, y) => x.doc - y.doc || x.seg.id - y.seg.id);
    // Wordings: members joined by identical or near-verbatim quote matches share a variant.
    const variantOf = new Map<Node, number>();
    // The same wording: alignment says so of each shared quote (copies, or one quotation framed two ways).
    const verbatimLinks = (n: Node): Node[] =>
      n.seg.matches
        .filter((m) => m.quote && (m.sameWording ?? m.relation !== 'paraphrase'))
        .map((m) => g.find((x) => x.doc === index.get(m.document) && x.seg.id === m.segment))
        .filter((x): x is Node => x !== undefined);
    let next = 0;
    for (const n of g) {
      if (variantOf.has(n)) continue;
      // A document quoting the statement twice, linked to no other wording, keeps one wording.
      const sibling = verbatimLinks(n).length === 0 ? g.find((x) => x.doc === n.doc && variantOf.has(x) && verbatimLinks(x).length === 0) : undefined;
      const v = sibling ? variantOf.get(sibling)! : next++;
      const stack = [n];
      variantOf.set(n, v);
      while (stack.length) {
        for (const other of verbatimLinks(stack.pop()!)) {
          if (!variantOf.has(other)) {
            variantOf.set(other, v);
            stack.push(other);
          }
        }
      }
    }
    const speakers = new Map<string, number>();
    for (const n of g) {
      // An embedded post's author signs it on the line after (social-post.ts).
      const sp = speakerOf(n.seg.text) ?? postAuthor(documents[n.doc]!.segments[n.seg.id + 1]?.text ?? '');
      if (sp) speakers.set(sp, (speakers.get(sp) ?? 0) + 1);
    }
    const speaker = [...speakers].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1))[0]?.[0];
    const counts = new Map<number, number>();
    for (const v of variantOf.values()) counts.set(v, (counts.get(v) ?? 0) + 1);
    const common = [...counts].sort((x, y) => y[1] - x[1] || x[0] - y[0])[0]![0];
    const inCommon = g.filter((n) => variantOf.get(n) === common);
    // Named in a preferred document's words, else in the fullest quotation of the common wording.
    const fullest = (): Node => {
      const lengths = inCommon.map((n) => quotedWording(n.seg.text).length);
      return inCommon[lengths.indexOf(Math.max(...lengths))]!;
    };
    const named = inCommon.find((n) => preferred.has(documents[n.doc]!.id)) ?? fullest();
    const source: QuotedSource = {
      id: 0,
      statement: quotedWording(named.seg.text),
      quotedBy: g.map((n) => ({ document: documents[n.doc]!.id, segment: n.seg.id, wording: quotedWording(n.seg.text), variant: variantOf.get(n)! })),
    };
    if (speaker) source.speaker = speaker;
    sources.push(source);
  }
  sources.sort((x, y) => {
    const a = x.quotedBy[0]!;
    const b = y.quotedBy[0]!;
    return index.get(a.document)! - index.get(b.document)! || a.segment - b.segment;
  });
  sources.forEach((s, i) => (s.id = i));
  return sources;
}
