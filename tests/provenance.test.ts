import { cpSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { analyzeDocuments } from '../src/analyze.js';
import { loadDocuments } from '../src/ingest/load-documents.js';
import { speakerOf } from '../src/provenance/quoted-sources.js';
import type { AnalysisResult, OutletInfo } from '../src/types.js';
import { HARBOUR_OWN, HARBOUR_WIRE, SEEDS, seedsAnalysis } from './helpers.js';

function analyse(docs: { id: string; outlet?: Partial<OutletInfo>; text: string }[]): AnalysisResult {
  return analyzeDocuments(docs.map((d) => ({ id: d.id, file: `${d.id}.txt`, outlet: { name: d.id, ...d.outlet }, text: d.text })));
}

const edgeList = (r: AnalysisResult) => r.provenance.edges.map((e) => `${e.from}->${e.to}`);

const WIRE = HARBOUR_WIRE;
const OWN = HARBOUR_OWN;

describe('provenance: each kind of evidence alone', () => {
  it('an attribution line alone gives the direction and the credit', () => {
    const r = analyse([
      { id: 'copier', text: [WIRE[0], OWN[0], WIRE[1], WIRE[2], OWN[1], 'According to the Harbour Gazette, the vote was close.'].join('\n') },
      { id: 'gazette', outlet: { name: 'Harbour Gazette' }, text: [WIRE[0], WIRE[1], WIRE[2], WIRE[3]].join('\n') },
    ]);
    expect(edgeList(r)).toEqual(['gazette->copier']);
    const e = r.provenance.edges[0]!;
    expect(e.credited).toBe(true);
    expect(e.evidence.join('\n')).toMatch(/copier credits Harbour Gazette: 'According to the Harbour Gazette/);
    expect(r.provenance.documents.find((d) => d.document === 'copier')!.attributions[0]).toMatchObject({ source: 'Harbour Gazette', kind: 'according-to' });
  });

  it('a wire fingerprint alone (an instrument code the copier drops) gives the direction; no credit means credited: false', () => {
    const r = analyse([
      { id: 'blog', text: ['Shares of Harbour Freight fell 4 percent after the company said the bridge closure would hurt its quarterly results.', WIRE[1], WIRE[2], OWN[2]].join('\n') },
      { id: 'wire', text: ['Shares of Harbour Freight HFRT.O fell 4 percent after the company said the bridge closure would hurt its quarterly results.', WIRE[1], WIRE[2], WIRE[4]].join('\n') },
    ]);
    expect(edgeList(r)).toEqual(['wire->blog']);
    const e = r.provenance.edges[0]!;
    expect(e.credited).toBe(false);
    expect(e.evidence).toContain('blog does not credit wire anywhere in its text');
    expect(e.evidence.join('\n')).toMatch(/drops the instrument code/);
    expect(r.provenance.documents.find((d) => d.document === 'wire')!.agencyCopy).toBe(true);
    expect(r.provenance.documents.find((d) => d.document === 'blog')!.agencyCopy).toBe(false);
  });

  it('a merge alone is weak (it reads as well as a split the other way): the edge says which came first is unclear', () => {
    const merged = 'The ban takes effect on March 1 and will last until repairs are finished, the council said in a statement, and trucking firms warned that detours through the town centre would add hours to deliveries and raise costs for local shops.';
    const r = analyse([
      { id: 'first', text: [WIRE[0], WIRE[1], WIRE[2], WIRE[3]].join('\n') },
      { id: 'second', text: [OWN[0], WIRE[0], merged, OWN[1]].join('\n') },
    ]);
    expect(r.provenance.edges).toHaveLength(1);
    const e = r.provenance.edges[0]!;
    expect(e.directionClear).toBe(false);
    expect(e.evidence.join('\n')).toMatch(/second merges first's adjacent sentences .* \(or first split it\)/);
    expect(e.items!.find((i) => i.kind === 'merge')).toMatchObject({ weight: expect.any(Number) });
    expect(Math.abs(e.items!.find((i) => i.kind === 'merge')!.weight)).toBeLessThan(1);
  });

  it('shared quotes alone create no edge, only a common source', () => {
    const q1 = '“We will not allow the harbour to become a car park for heavy trucks,” the mayor said on Tuesday.';
    const q2 = '“Every family in this town depends on that bridge, and we will fix it this year,” she said.';
    const r = analyse([
      { id: 'one', text: ['The mayor spoke at a crowded council meeting.', q1, 'Opposition members walked out before the vote.', q2].join('\n') },
      { id: 'two', text: ['Council members debated for four hours.', `"We will not allow the harbour to become a car park for heavy trucks," the mayor told reporters.`, 'The vote came late at night.', q2].join('\n') },
    ]);
    expect(r.provenance.edges).toEqual([]);
    expect(r.provenance.sources.length).toBeGreaterThanOrEqual(1);
    const s = r.provenance.sources.find((x) => x.statement.startsWith('We will not allow'))!;
    expect(s.quotedBy.map((q) => q.document)).toEqual(['one', 'two']);
    expect(s.speaker).toBe('the mayor');
  });

  it('shared copy with no sign of direction: an edge, marked directionClear: false, that says so', () => {
    const r = analyse([
      { id: 'one', text: [WIRE[0], WIRE[1], WIRE[2], OWN[0]].join('\n') },
      { id: 'two', text: [OWN[1], WIRE[0], WIRE[1], WIRE[2]].join('\n') },
    ]);
    expect(r.provenance.edges).toHaveLength(1);
    const e = r.provenance.edges[0]!;
    expect(e.directionClear).toBe(false);
    expect(e.evidence).toContain('the texts give no clear sign of which came first');
    expect(e.evidence.join('\n')).not.toMatch(/does not credit/);
    // With a sign (a credit), the same texts give a clear direction.
    const credited = analyse([
      { id: 'one', text: [WIRE[0], WIRE[1], WIRE[2], OWN[0], 'According to the Harbour Gazette, the vote was close.'].join('\n') },
      { id: 'two', outlet: { name: 'Harbour Gazette' }, text: [OWN[1], WIRE[0], WIRE[1], WIRE[2]].join('\n') },
    ]);
    expect(credited.provenance.edges.map((x) => [x.from, x.to, x.directionClear])).toEqual([['two', 'one', true]]);
  });

  it('a copy that changes a figure says so on the match, in the edge\'s evidence, the report and the review', async () => {
    const changed = WIRE[3]!.replace('14 million', '40 million');
    const r = analyse([
      { id: 'wire', outlet: { name: 'Wire', wire: true, agency: 'Wire' }, text: WIRE.join('\n') },
      { id: 'blog', text: [WIRE[0], WIRE[1], changed, OWN[0]].join('\n') },
    ]);
    const s = r.documents[1]!.segments.find((x) => x.text === changed)!;
    expect(s.matches).toMatchObject([{ document: 'wire', relation: 'near-verbatim', changes: ['number'] }]);
    const e = r.provenance.edges.find((x) => x.to === 'blog')!;
    expect(e.evidence).toContain("blog's copy of one Wire sentence changes a figure");
    const { renderReport } = await import('../src/report/render-report.js');
    expect(renderReport(r)).toContain('**the edits change a figure**');
  });

  it('stated dates count only when they are ISO dates, by calendar day unless both give a zone', async () => {
    const { compareStatedDates, isIsoDate } = await import('../src/text/iso-date.js');
    expect(compareStatedDates('2020-09-25', '2020-09-26')).toBe(-1);
    expect(compareStatedDates('2020-09-25T23:00Z', '2020-09-25T01:00+03:00')).toBe(1);
    expect(compareStatedDates('2020-09-25', '2020-09-25T03:00Z')).toBe(0);
    for (const junk of ['1', 'Tuesday 5', '2020-02-30', '2020-09-25T24:00Z', '2020-09-25T03:00']) expect(isIsoDate(junk), junk).toBe(false);
    const withDates = (x: string, y: string) =>
      analyse([
        { id: 'one', outlet: { published: x }, text: [WIRE[0], WIRE[1], WIRE[2], OWN[0]].join('\n') },
        { id: 'two', outlet: { published: y }, text: [OWN[1], WIRE[0], WIRE[1], WIRE[2]].join('\n') },
      ]).provenance.edges[0]!;
    expect(withDates('1', 'Tuesday 5').directionClear).toBe(false);
    expect(withDates('2020-09-26', '2020-09-25')).toMatchObject({ from: 'two', to: 'one', directionClear: true });
  });

  it('siblings that took from one source get no edge between them', () => {
    const r = analyse([
      { id: 'wire', outlet: { name: 'Wire', wire: true, agency: 'Wire' }, text: WIRE.join('\n') },
      { id: 'left', text: [WIRE[0], OWN[0], WIRE[1], WIRE[2], WIRE[3]].join('\n') },
      { id: 'right', text: [WIRE[0], WIRE[1], OWN[2], WIRE[2], WIRE[3]].join('\n') },
    ]);
    expect(edgeList(r).sort()).toEqual(['wire->left', 'wire->right']);
  });
});

describe('provenance of the seeds', () => {
  it('names who is quoted in each common source, from "X said" or "X proposed", never the outlet that "reported" it', () => {
    // Evanina's without his office ("National Counterintelligence and Security Center Director William Evanina said").
    expect(seedsAnalysis().provenance.sources.map((x) => x.speaker)).toEqual(['William Evanina', 'Putin', 'the Kremlin', 'Putin']);
  });

  it.each([
    ['General Motors said it would cut jobs.', 'General Motors'],
    ['Attorney General William Barr said the inquiry was over.', 'William Barr'],
    ['President Vladimir Putin said on Friday.', 'Vladimir Putin'],
    ['Gen. Mark Milley told reporters.', 'Mark Milley'],
    ['Putin proposed "talks", Reuters reported.', 'Putin'],
    ['"We are ready," he said.', undefined],
  ])('finds the speaker of %j', (text, speaker) => {
    expect(speakerOf(text)).toBe(speaker);
  });

  it('knows the direction of both edges', () => {
    expect(seedsAnalysis().provenance.edges.map((e) => [e.from, e.to, e.directionClear])).toEqual([
      ['reuters', 'rferl', true],
      ['reuters', 'ibtimes', true],
    ]);
  });

  it('with the manifest: Reuters → RFE/RL and Reuters → IBTimes, both credited, with evidence', () => {
    const r = seedsAnalysis();
    expect(edgeList(r)).toEqual(['reuters->rferl', 'reuters->ibtimes']);
    const [rferl, ibtimes] = r.provenance.edges;
    expect(rferl!.credited).toBe(true);
    expect(rferl!.evidence[0]).toBe("RFE/RL credits Reuters: 'With reporting by Interfax and Reuters'");
    expect(rferl!.evidence.join('\n')).toMatch(/of RFE\/RL's \d+ article sentences are identical or near-verbatim Reuters sentences, in the same order/);
    expect(rferl!.share).toBeGreaterThan(0.4);
    expect(rferl!.confidence).toBeGreaterThan(0.9);
    expect(ibtimes!.credited).toBe(true);
    expect(ibtimes!.evidence[0]).toMatch(/^IBTimes credits Reuters: '.*Reuters reported\.'$/);
    const quoted = r.provenance.sources.flatMap((s) => s.quotedBy.map((q) => q.document));
    expect(new Set(quoted)).toEqual(new Set(['axios', 'rferl', 'ibtimes', 'polygraph', 'reuters']));
  });

  it('tells two translations of the Kremlin statement apart as wordings of one source', () => {
    const s = seedsAnalysis().provenance.sources.find((x) => x.quotedBy.some((q) => q.wording.startsWith('One of today’s major')))!;
    const byDoc = Object.fromEntries(s.quotedBy.map((q) => [q.document, q.variant]));
    expect(byDoc.reuters).toBe(byDoc.rferl);
    expect(byDoc.axios).toBe(byDoc.reuters);
    expect(byDoc.polygraph).not.toBe(byDoc.reuters);
  });

  it('says on each shared quote whether the two quote the same words', () => {
    const r = seedsAnalysis();
    const match = (d: string, needle: string, other: string) =>
      r.documents.find((x) => x.id === d)!.segments.find((x) => x.text.includes(needle))!.matches.find((m) => m.document === other)!;
    expect(match('axios', 'using a range of measures', 'polygraph')).toMatchObject({ relation: 'paraphrase', quote: true, sameWording: true });
    expect(match('reuters', 'One of the main strategic challenges', 'rferl')).toMatchObject({ quote: true, sameWording: true });
    expect(match('reuters', 'One of the main strategic challenges', 'polygraph')).toMatchObject({ relation: 'paraphrase', quote: true, sameWording: false });
    expect(match('reuters', 'Moscow denies that charge', 'rferl')).not.toHaveProperty('sameWording');
  });

  it('keeps one wording for a quotation that two outlets frame differently, named in its fullest form', () => {
    const s = seedsAnalysis().provenance.sources.find((x) => x.quotedBy.some((q) => q.document === 'axios' && q.wording.includes('using a range of measures')))!;
    expect(s.quotedBy.map((q) => [q.document, q.variant])).toEqual([
      ['axios', 0],
      ['polygraph', 0],
    ]);
    expect(s.statement).toMatch(/^We assess that Russia is using a range of measures to primarily denigrate/);
  });

  it('names the most likely origin of copied units', () => {
    const r = seedsAnalysis();
    const moscow = r.documents.find((d) => d.id === 'rferl')!.segments.find((s) => s.text === 'Moscow denies that charge.')!;
    expect(r.units.find((u) => u.id === moscow.unit)!.origin).toBe('reuters');
    for (const u of r.units.filter((x) => x.quote)) expect(u.origin).toBeUndefined();
  });

  describe('blind: the seeds under neutral, shuffled names and no manifest', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'wiretrace-blind-'));
    afterAll(() => rmSync(dir, { recursive: true, force: true }));
    // seed file → neutral name; the order of a–e is not the seeds' order.
    const names: Record<string, string> = { '003': 'a', '001': 'b', '004': 'c', '000': 'd', '002': 'e' };
    for (const f of readdirSync(SEEDS).filter((n) => n.endsWith('.txt'))) cpSync(path.join(SEEDS, f), path.join(dir, `${names[f.slice(0, 3)]}.txt`));
    const input = await loadDocuments([dir]);
    const r = analyzeDocuments(input.documents);

    it('finds the syndicated Reuters text (c) as the source of RFE/RL (b) and of IBTimes (e), and nothing else', () => {
      expect(r.documents.map((d) => d.outlet.name)).toEqual(['a.txt', 'b.txt', 'c.txt', 'd.txt', 'e.txt']);
      expect(edgeList(r)).toEqual(['c->b', 'c->e']);
      for (const e of r.provenance.edges) expect(e.credited).toBe(true);
    });

    it('recognises c as agency copy from its own fingerprints', () => {
      const c = r.provenance.documents.find((d) => d.document === 'c')!;
      expect(c.agencyCopy).toBe(true);
      expect(c.fingerprints[0]).toMatchObject({ agency: 'Reuters', kind: 'instrument-code', text: 'Microsoft MSFT.O' });
      for (const d of r.provenance.documents.filter((x) => x.document !== 'c')) expect(d.agencyCopy).toBe(false);
    });

    it('finds the same edges whatever the names and their order', async () => {
      const other = mkdtempSync(path.join(os.tmpdir(), 'wiretrace-blind2-'));
      try {
        const names2: Record<string, string> = { '000': 'v', '001': 'w', '002': 'x', '003': 'y', '004': 'z' };
        for (const f of readdirSync(SEEDS).filter((n) => n.endsWith('.txt'))) cpSync(path.join(SEEDS, f), path.join(other, `${names2[f.slice(0, 3)]}.txt`));
        const r2 = analyzeDocuments((await loadDocuments([other])).documents);
        expect(edgeList(r2)).toEqual(['z->w', 'z->x']);
      } finally {
        rmSync(other, { recursive: true, force: true });
      }
    });

    it('draws no edge into c, none touching Polygraph (a), none between RFE/RL (b) and IBTimes (e)', () => {
      expect(r.provenance.edges.filter((e) => e.to === 'c')).toEqual([]);
      expect(r.provenance.edges.filter((e) => e.from === 'a' || e.to === 'a')).toEqual([]);
      expect(r.provenance.edges.filter((e) => [e.from, e.to].sort().join() === 'b,e')).toEqual([]);
    });
  });
});
