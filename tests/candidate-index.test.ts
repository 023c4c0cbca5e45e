/**
 * The index step's shingles (three consecutive content-word stems, src/align/candidate-step.ts):
 * in a corpus whose stock collocations ("central bank", "interest rates", "bond markets") recur in
 * many documents, a story that keeps one sentence of another (whose agency also sent an update
 * with that sentence), or rewords it keeping runs of its words, is still proposed. With shingles of
 * two stems those collocations are common passages, and the one shared sentence weighed too little
 * (4 against the 5 it needed).
 */
import { describe, expect, it } from 'vitest';
import { analyzeDocuments } from '../src/analyze.js';
import { documentStems, indexedDocumentPairs, stemShingles } from '../src/align/candidate-step.js';
import { classifyLines } from '../src/clean/boilerplate.js';
import { segmentDocument } from '../src/segment/segment-document.js';
import type { SourceDocument } from '../src/types.js';

/** Market sentences that reuse the same stock collocations in other combinations. */
const STOCK = [
  'Economists expect the central bank to hold interest rates steady at its next meeting.',
  'Bond markets were quiet as traders waited for the central bank to speak.',
  'Mortgage interest rates climbed half a point over the quarter, lenders said.',
  'The central bank governor told lawmakers that bond markets had calmed since the spring.',
  'Higher interest rates have cooled the housing market in most regions this year.',
  'Shares and bond markets fell sharply on Tuesday after weak factory figures.',
  'A half point cut in interest rates would help exporters, the trade group argued.',
  'Analysts said the central bank could surprise markets again before the summer.',
  'Yields on government bonds rose on Tuesday as investors sold long-dated debt.',
  'Consumer prices rose faster than the central bank had forecast in its last report.',
  'Small businesses say interest rates on loans are now the highest in a decade.',
  'Currency traders bought the dollar after the central bank minutes were published.',
];
/** Sentences of each document's own, so that no two documents are the same. */
const TOWNS = ['Arlen', 'Brisby', 'Corwick', 'Dunmore', 'Elsham', 'Fenwold', 'Garrow', 'Hollins', 'Ivebridge', 'Jarrow', 'Kelso', 'Lindum'];
const TRADES = ['bakery', 'shipyard', 'brewery', 'printworks', 'sawmill', 'tannery'];

/** 60 market stories, each a headline, three stock sentences and one of its own. */
function market(): SourceDocument[] {
  return Array.from({ length: 60 }, (_, k) => {
    const body = [STOCK[k % 12]!, STOCK[(k * 5 + 3) % 12]!, STOCK[(k * 7 + 5) % 12]!];
    const own = `The ${TRADES[k % 6]} in ${TOWNS[Math.floor(k / 6) % 12]} reported ${k + 3} new orders this month.`;
    return { id: `m${String(k).padStart(2, '0')}`, file: `m${k}.txt`, outlet: { name: `Market ${k}` }, text: [`Markets report ${k + 1}`, ...body, own].join('\n\n') + '\n' };
  });
}

const SOURCE =
  'Rates decision\n\n' +
  'The central bank raised interest rates by half a point on Tuesday, surprising bond markets.\n\n' +
  'Governor Miriam Tolland said inflation in services had stayed stubbornly high through the winter.\n\n' +
  'The bank will publish its next forecasts for growth and prices in the first week of June.\n\n' +
  'Retail lenders are expected to pass the increase on to mortgage holders within days.\n';

/** A later version of the source story (an agency's update): the lead again, then news of its own. */
const UPDATE =
  'Rates decision (update)\n\n' +
  'The central bank raised interest rates by half a point on Tuesday, surprising bond markets.\n\n' +
  'Two members of the rate-setting committee voted to leave borrowing costs unchanged, minutes showed.\n\n' +
  'The pound gained against the euro within minutes of the announcement.\n';

/** One sentence of the source, inside a story of its own. */
const EXCERPT =
  'Week ahead for savers\n\n' +
  'Savings accounts at the largest building societies paid little more than last year.\n\n' +
  'The central bank raised interest rates by half a point on Tuesday, surprising bond markets.\n\n' +
  'Several smaller societies have promised to review their own accounts next week.\n';

/** The source reworded: other function words and verbs, but runs of its content words kept. */
const REWORDED =
  'Bank lifts rates again\n\n' +
  'On Tuesday interest rates were raised by half a point by the central bank, a move that surprised bond markets.\n\n' +
  'According to Governor Miriam Tolland, inflation in services stayed stubbornly high all winter.\n\n' +
  'Its next forecasts for growth and prices are due from the bank early in June.\n';

const doc = (id: string, text: string): SourceDocument => ({ id, file: `${id}.txt`, outlet: { name: id }, text });

function proposed(docs: readonly SourceDocument[]): Set<string> {
  const sentences = docs.map((d) => segmentDocument(d.text, classifyLines(d.text, {})));
  return new Set(indexedDocumentPairs(documentStems(sentences)).map(([a, b]) => `${docs[a]!.id}|${docs[b]!.id}`));
}

describe('the index step among stock collocations', () => {
  const corpus = [doc('source', SOURCE), doc('update', UPDATE), ...market(), doc('excerpt', EXCERPT), doc('reworded', REWORDED)];

  it('shingles runs of three content stems: two sentences sharing only pairs of stems share no shingle', () => {
    const sig = (text: string) => stemShingles(documentStems([segmentDocument(text, classifyLines(text, {}))])[0]!);
    const a = sig('The central bank raised interest rates on Tuesday.\n');
    const b = sig('Interest rates rose as the central bank met on Tuesday.\n');
    expect(a.filter((h) => b.includes(h))).toHaveLength(0);
    expect(sig('The central bank raised interest rates.\n').filter((h) => a.includes(h)).length).toBeGreaterThan(0);
  });

  it('proposes a one-sentence excerpt and a rewording that keeps runs of words, and no pair of market stories for that sentence', () => {
    const pairs = proposed(corpus);
    expect(pairs.has('source|excerpt')).toBe(true);
    expect(pairs.has('update|excerpt')).toBe(true);
    expect(pairs.has('source|reworded')).toBe(true);
    // The market stories share the collocations of the source's lead, not the lead: none is paired with it.
    expect([...pairs].filter((p) => p.startsWith('source|m'))).toEqual([]);
  });

  it('finds the excerpt as copied from its source with the index forced on, as all pairs do', () => {
    const index = analyzeDocuments(corpus, { candidates: 'index' });
    const all = analyzeDocuments(corpus, { candidates: 'all-pairs' });
    const excerpt = index.documents.find((d) => d.id === 'excerpt')!;
    const lead = excerpt.segments.find((s) => s.text.startsWith('The central bank raised'))!;
    expect(lead.label).toBe('copied');
    expect(lead.matches.map((m) => m.document)).toContain('source');
    const edges = (r: typeof index) => r.provenance.edges.filter((e) => e.to === 'excerpt' || e.from === 'excerpt').map((e) => `${e.from}>${e.to}`);
    expect(edges(index)).toEqual(edges(all));
    expect(edges(index).some((e) => /^(source|update)>excerpt$|^excerpt>(source|update)$/.test(e))).toBe(true);
    // The rewording relates to its source as all pairs relate it (all pairs also find chance
    // paraphrases of the market stories' stock sentences, which the index does not propose: README, "Large inputs").
    const toSource = (r: typeof index) => r.documents.find((d) => d.id === 'reworded')!.segments.map((s) => s.matches.filter((m) => m.document === 'source'));
    expect(toSource(index)).toEqual(toSource(all));
    expect(toSource(index).flat().length).toBeGreaterThanOrEqual(2);
  });
});
