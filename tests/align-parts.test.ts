/**
 * Alignment in parts (src/align/align-part.ts): the groups of documents the candidate step pairs,
 * dealt into parts and aligned apart, join into what one part of everything gives, including
 * the one count that crosses parts: a run of words so many documents hold in all that it is a
 * stock phrase, though no part alone holds it that often.
 */
import { describe, expect, it } from 'vitest';
import { analyzeDocuments, cleanDocument, segmentSource } from '../src/analyze.js';
import { alignmentParts } from '../src/align/alignment-parts.js';
import { alignPart, joinParts, partRunCounts, preparePart, stockCandidates, stockRuns } from '../src/align/align-part.js';
import { maxDocumentFrequency } from '../src/align/common-passages.js';
import { runKey, type RunKey } from '../src/align/shared-runs.js';
import type { SourceDocument } from '../src/types.js';

const TOWNS = ['Arnhem', 'Bergen', 'Cork', 'Dundee', 'Esbjerg', 'Faro', 'Ghent', 'Haarlem', 'Izmir', 'Jena', 'Kassel', 'Lille', 'Malmo', 'Nantes', 'Oulu', 'Perth'];
const THINGS = ['bridge', 'harbour', 'library', 'stadium', 'tramway', 'hospital', 'museum', 'airport', 'market', 'school', 'theatre', 'station', 'dam', 'prison', 'zoo', 'port'];

/** Two reports of each of 16 stories (a pair of documents the candidate step would join), every one with the same stock phrase in a sentence of its own. */
function documents(): SourceDocument[] {
  const docs: SourceDocument[] = [];
  TOWNS.forEach((town, k) => {
    const thing = THINGS[k]!;
    const story = `The council of ${town} voted on Tuesday to close the old ${thing} after inspectors found cracks in its walls.`;
    for (const side of [0, 1]) {
      const own = side === 0 ? `Residents of ${town} had campaigned for repairs since the winter storms.` : `Engineers said rebuilding the ${thing} would take several years.`;
      const stock = side === 0 ? `The decision follows figures released by the national statistics office last month.` : `Rents rose, according to figures released by the national statistics office.`;
      const text = [`${town} closes ${thing}`, side === 0 ? story : story.replace('on Tuesday ', ''), own, stock].join('\n\n') + '\n';
      docs.push({ id: `p${k}-${side}`, file: `p${k}-${side}.txt`, outlet: { name: `Paper ${2 * k + side}` }, text });
    }
  });
  return docs;
}

describe('alignment in parts', () => {
  const docs = documents();
  const n = docs.length;
  const sentences = docs.map((d) => segmentSource(d, cleanDocument(d)));
  const pairs = TOWNS.map((_, k): [number, number] => [2 * k, 2 * k + 1]);
  const whole = () => {
    const [part] = alignmentParts(n, pairs, 1, () => 1);
    return joinParts(sentences, [alignPart(preparePart(sentences, part!), n)]);
  };
  const inParts = (count: number, stockOf?: (keys: RunKey[], counts: Int32Array[]) => RunKey[]) => {
    const parts = alignmentParts(n, pairs, count, (d) => sentences[d]!.length);
    const prepared = parts.map((p) => preparePart(sentences, p));
    const keys = [...new Set(prepared.flatMap((p) => stockCandidates(p, n, parts.length)))].sort((a, b) => a - b);
    const counts = prepared.map((p) => partRunCounts(p, keys));
    const stock = stockOf ? stockOf(keys, counts) : stockRuns(keys, counts, n);
    return { parts, stock, joined: joinParts(sentences, prepared.map((p) => alignPart(p, n, stock))) };
  };
  const stockSentence = (d: number) => sentences[d]!.findIndex((s) => s.text.includes('statistics office'));

  it('finds the stories shared within each pair, and the stock phrase shared by none', () => {
    const { pairs: aligned, runs } = whole();
    for (const [a, b] of pairs) expect(aligned.some((p) => p.a[0] === a && p.b[0] === b && p.relation !== 'paraphrase')).toBe(true);
    // 32 documents hold "figures released by the national statistics office": above the cut-off.
    expect(n).toBeGreaterThan(maxDocumentFrequency(n));
    for (let d = 0; d < n; d++) expect(runs[d]![stockSentence(d)]!.size).toBe(0);
    // The story's sentence shares its runs with the other report of it, and only with it.
    expect([...runs[0]![1]!.keys()]).toEqual([1]);
  });

  it('gives the same pairs, shared runs and quoted shares in 2, 4 and 8 parts as in one', () => {
    const one = JSON.stringify(whole(), (_, v: unknown) => (v instanceof Map ? [...v] : v));
    for (const count of [2, 4, 8]) {
      const { parts, stock, joined } = inParts(count);
      expect(parts).toHaveLength(count);
      expect(stock).toContain(runKey('by the national statistics office'.split(' ')));
      expect(JSON.stringify(joined, (_, v: unknown) => (v instanceof Map ? [...v] : v))).toBe(one);
    }
  });

  it('needs the parts\u2019 counts summed: in 8 parts no part alone holds the stock phrase often enough', () => {
    const { joined } = inParts(8, () => []);
    // Each part holds 4 of the 32 documents: counted alone, the phrase would read as shared prose.
    expect(joined.runs[0]![stockSentence(0)]!.get(1)?.words).toBeGreaterThan(0);
  });

  it('aligns an input whose documents the index pairs with none: one part of no document, nothing compared', () => {
    expect(alignmentParts(3, [], 2, () => 1)).toEqual([{ documents: [], documentPairs: [] }]);
    const two: SourceDocument[] = [
      { id: 'a', file: 'a.txt', outlet: { name: 'A' }, text: 'Apples grow on trees in the orchard near the river every summer season.\n' },
      { id: 'b', file: 'b.txt', outlet: { name: 'B' }, text: 'The central bank raised interest rates by half a point on Tuesday morning.\n' },
    ];
    const index = analyzeDocuments(two, { candidates: 'index' });
    expect(index.engine.candidates).toBe('index');
    expect({ ...index, engine: undefined }).toEqual({ ...analyzeDocuments(two, { candidates: 'all-pairs' }), engine: undefined });
    expect(index.documents.every((d) => d.segments.every((s) => s.label === 'unique'))).toBe(true);
  });
});
