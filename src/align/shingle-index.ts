/**
 * The inverted index of shingles over all documents and the candidate document pairs it yields.
 * Built from per-document signatures (sorted distinct shingle hashes) by sorting one packed array
 * of (hash, document) keys: document frequencies fall out as run lengths, with no per-shingle
 * objects. Shingles in one document only are dropped at once (most of them); shingles above the
 * document-frequency cut-off are remembered as common; the rest keep a posting list.
 */

/** Bits of a packed key given to the document number: up to 2,097,152 documents. */
export const DOCUMENT_BITS = 21;
export const MAX_INDEXED_DOCUMENTS = 2 ** DOCUMENT_BITS;
const DOC_FACTOR = 2 ** DOCUMENT_BITS;

/**
 * Two documents are candidates when the non-common shingles they share weigh at least this much,
 * a shingle in df documents weighing 2 / df (1 for a passage two documents share, less for one
 * spread wider): one sentence of six content words that only they share (its four shingles of
 * three stems, candidate-step.ts), or more of a passage found in more places. Stock phrases that
 * stay under the cut-off thus add little…
 */
export const MIN_SHARED_WEIGHT = 4;
/** …and each document keeps at most this many partners (the ones sharing most). */
export const MAX_PARTNERS_PER_DOCUMENT = 100;

export interface ShingleIndex {
  /** Shingles above the document-frequency cut-off. */
  common: Set<number>;
  /** hash → packed (start into `docs`) * DOC_FACTOR + document frequency, for shingles in 2…maxDf documents. */
  postings: Map<number, number>;
  docs: Int32Array;
}

export function buildShingleIndex(signatures: readonly Uint32Array[], maxDf: number): ShingleIndex {
  let total = 0;
  for (const s of signatures) total += s.length;
  const keys = new Float64Array(total);
  let k = 0;
  signatures.forEach((s, d) => {
    for (const h of s) keys[k++] = h * DOC_FACTOR + d;
  });
  keys.sort();
  const common = new Set<number>();
  const postings = new Map<number, number>();
  const kept: number[] = [];
  for (let i = 0; i < keys.length; ) {
    const h = Math.floor(keys[i]! / DOC_FACTOR);
    let j = i + 1;
    while (j < keys.length && Math.floor(keys[j]! / DOC_FACTOR) === h) j++;
    const df = j - i;
    if (df > maxDf) common.add(h);
    else if (df >= 2) {
      postings.set(h, kept.length * DOC_FACTOR + df);
      for (let x = i; x < j; x++) kept.push(keys[x]! - h * DOC_FACTOR);
    }
    i = j;
  }
  return { common, postings, docs: Int32Array.from(kept) };
}

/**
 * Candidate pairs [i, j], i < j, sorted, as packed numbers i * DOC_FACTOR + j. Per document, the
 * later partners whose shared shingles weigh at least MIN_SHARED_WEIGHT; at most
 * MAX_PARTNERS_PER_DOCUMENT of them (heaviest first, then document order).
 */
export function candidateDocumentPairs(signatures: readonly Uint32Array[], index: ShingleIndex): Float64Array {
  const out: number[] = [];
  const shared = new Map<number, number>();
  signatures.forEach((sig, i) => {
    shared.clear();
    for (const h of sig) {
      const p = index.postings.get(h);
      if (p === undefined) continue;
      const start = Math.floor(p / DOC_FACTOR);
      const df = p - start * DOC_FACTOR;
      for (let x = start; x < start + df; x++) {
        const j = index.docs[x]!;
        if (j > i) shared.set(j, (shared.get(j) ?? 0) + shingleWeight(df));
      }
    }
    for (const j of strongestPartners(shared)) out.push(i * DOC_FACTOR + j);
  });
  return Float64Array.from(out);
}

/** What one shared shingle found in `df` documents (the two sharing it included) adds to their weight. */
export const shingleWeight = (df: number): number => 2 / df;

/**
 * The partners (document → summed shingle weight) that are candidates: weight at least
 * MIN_SHARED_WEIGHT, at most MAX_PARTNERS_PER_DOCUMENT of them (heaviest first, then document
 * order), returned in document order.
 */
export function strongestPartners(shared: ReadonlyMap<number, number>): number[] {
  let partners: [number, number][] = [];
  for (const [j, w] of shared) if (w >= MIN_SHARED_WEIGHT - 1e-9) partners.push([j, w]);
  if (partners.length > MAX_PARTNERS_PER_DOCUMENT)
    partners = partners.sort((a, b) => b[1] - a[1] || a[0] - b[0]).slice(0, MAX_PARTNERS_PER_DOCUMENT);
  return partners.map(([j]) => j).sort((a, b) => a - b);
}

export function unpackPair(p: number): [number, number] {
  const i = Math.floor(p / DOC_FACTOR);
  return [i, p - i * DOC_FACTOR];
}
