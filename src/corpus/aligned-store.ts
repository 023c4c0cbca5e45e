/**
 * Every sentence relation found in the corpus, in flat typed arrays (no object per relation), and
 * an index from each document to the relations that touch it. This, the units and the edges are
 * what corpus mode holds between aligning and writing; never a score per pair of documents.
 */
import type { Match, MeaningChange, Relation } from '../types.js';

const RELATIONS: readonly Relation[] = ['identical', 'near-verbatim', 'paraphrase'];
const MEANING_CHANGES: readonly MeaningChange[] = ['number', 'negation'];

class Growable<T extends Int32Array | Float64Array | Uint8Array> {
  data: T;
  constructor(private make: (n: number) => T) {
    this.data = make(1024);
  }
  set(i: number, v: number): void {
    if (i >= this.data.length) {
      const next = this.make(this.data.length * 2);
      next.set(this.data);
      this.data = next;
    }
    this.data[i] = v;
  }
}

export class AlignedStore {
  size = 0;
  private docA = new Growable((n) => new Int32Array(n));
  private segA = new Growable((n) => new Int32Array(n));
  private docB = new Growable((n) => new Int32Array(n));
  private segB = new Growable((n) => new Int32Array(n));
  private rel = new Growable((n) => new Uint8Array(n));
  private quote = new Growable((n) => new Uint8Array(n));
  /** What a near-verbatim pair's edits change: a bit per MEANING_CHANGES entry. */
  private changes = new Growable((n) => new Uint8Array(n));
  private score = new Growable((n) => new Float64Array(n));
  private byDocStart: Int32Array | undefined;
  private byDoc: Int32Array | undefined;

  /** `quote`: 0 no shared quote, 1 a shared quote in two wordings, 2 in the same words. */
  add(da: number, sa: number, db: number, sb: number, relation: Relation, score: number, quote: 0 | 1 | 2, changes: readonly MeaningChange[] = []): void {
    const k = this.size++;
    this.docA.set(k, da);
    this.segA.set(k, sa);
    this.docB.set(k, db);
    this.segB.set(k, sb);
    this.rel.set(k, RELATIONS.indexOf(relation));
    this.quote.set(k, quote);
    this.changes.set(k, changes.reduce((bits, c) => bits | (1 << MEANING_CHANGES.indexOf(c)), 0));
    this.score.set(k, score);
  }

  /** The k-th relation: [docA, segA, docB, segB]. */
  ends(k: number): [number, number, number, number] {
    return [this.docA.data[k]!, this.segA.data[k]!, this.docB.data[k]!, this.segB.data[k]!];
  }
  relation(k: number): Relation {
    return RELATIONS[this.rel.data[k]!]!;
  }
  isQuote(k: number): boolean {
    return this.quote.data[k] !== 0;
  }

  /** Build the document → relations index (call once, after the last add). */
  index(documents: number): void {
    const count = new Int32Array(documents + 1);
    for (let k = 0; k < this.size; k++) {
      count[this.docA.data[k]! + 1]!++;
      count[this.docB.data[k]! + 1]!++;
    }
    for (let d = 0; d < documents; d++) count[d + 1]! += count[d]!;
    const fill = count.slice();
    const byDoc = new Int32Array(this.size * 2);
    for (let k = 0; k < this.size; k++) {
      byDoc[fill[this.docA.data[k]!]!++] = k;
      byDoc[fill[this.docB.data[k]!]!++] = k;
    }
    this.byDocStart = count;
    this.byDoc = byDoc;
  }

  /** The matches of document `d`'s sentences, as [sentence, match] pairs, naming documents by `ids`. */
  matchesOf(d: number, ids: readonly string[]): [number, Match][] {
    const out: [number, Match][] = [];
    const start = this.byDocStart![d]!;
    const end = this.byDocStart![d + 1]!;
    for (let x = start; x < end; x++) {
      const k = this.byDoc![x]!;
      const [da, sa, db, sb] = this.ends(k);
      const common: Omit<Match, 'segment' | 'document'> = { relation: this.relation(k), score: this.score.data[k]!, quote: this.isQuote(k) };
      if (common.quote) common.sameWording = this.quote.data[k] === 2;
      const bits = this.changes.data[k]!;
      if (bits !== 0) common.changes = MEANING_CHANGES.filter((_, i) => (bits >> i) & 1);
      if (da === d) out.push([sa, { segment: sb, document: ids[db]!, ...common }]);
      else out.push([sb, { segment: sa, document: ids[da]!, ...common }]);
    }
    return out;
  }
}
