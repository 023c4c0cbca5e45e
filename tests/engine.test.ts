/**
 * One engine at every size: the candidate step (all pairs, or the index of stem shingles) is the
 * only stage that depends on the input's size, and the answer does not depend on which ran.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyzeDocuments } from '../src/analyze.js';
import { allPairsCost, ALL_PAIRS_MAX_COST, chooseCandidateStep, documentStems } from '../src/align/candidate-step.js';
import { maxDocumentFrequency } from '../src/align/common-passages.js';
import { loadDocuments } from '../src/ingest/load-documents.js';
import { classifyLines } from '../src/clean/boilerplate.js';
import { segmentDocument } from '../src/segment/segment-document.js';
import type { AnalysisResult, SourceDocument } from '../src/types.js';
import { SCHEMA_VERSION } from '../src/types.js';
import { runCli } from './helpers.js';
import { expectValid } from './schema-validator.js';
import { sample } from './sample-corpus.js';

const json = (r: AnalysisResult): string => JSON.stringify({ ...r, engine: undefined }, null, 1);

describe('the candidate step', () => {
  it('gives the same analysis on the seeds with the index forced on and forced off', async () => {
    const docs = (await loadDocuments([])).documents;
    const all = analyzeDocuments(docs, { candidates: 'all-pairs' });
    const index = analyzeDocuments(docs, { candidates: 'index' });
    expect(all.engine.candidates).toBe('all-pairs');
    expect(index.engine.candidates).toBe('index');
    expect(json(index)).toBe(json(all));
    expect(index.provenance.edges.map((e) => `${e.from}>${e.to}`).sort()).toEqual(['reuters>ibtimes', 'reuters>rferl']);
  });

  let docs: SourceDocument[];
  let all: AnalysisResult;
  let index: AnalysisResult;
  beforeAll(() => {
    docs = sample();
    all = analyzeDocuments(docs, { candidates: 'all-pairs' });
    index = analyzeDocuments(docs, { candidates: 'index' });
  }, 120_000);

  it('gives the same analysis on 200 documents with the index forced on and forced off', () => {
    // Compared document by document, so that a difference names where it is.
    expect(index.documents.length).toBe(all.documents.length);
    expectValid('analysis', index);
    expectValid('analysis', all);
    index.documents.forEach((d, i) => expect(JSON.stringify(d), d.id).toBe(JSON.stringify(all.documents[i])));
    expect(JSON.stringify(index.units)).toBe(JSON.stringify(all.units));
    expect(JSON.stringify(index.provenance)).toBe(JSON.stringify(all.provenance));
    expect(json(index) === json(all)).toBe(true);
  });

  it('finds every derived document from its source on that sample, reworded and one-sentence excerpts included', () => {
    const edges = new Set(index.provenance.edges.map((e) => `${e.from}>${e.to}`));
    const derived = Array.from({ length: 40 }, (_, k) => [`s${String((k * 37) % 160).padStart(3, '0')}`, `d${String(k).padStart(3, '0')}`] as const);
    // Every kind relates each derived sentence to its source…
    for (const [from, to] of derived) {
      const d = index.documents.find((x) => x.id === to)!;
      const carried = d.segments.filter((s) => s.label !== 'boilerplate' && s.matches.some((m) => m.document === from));
      expect(carried.length, to).toBeGreaterThan(0);
    }
    // …and the reworded ones are paraphrases of it.
    const reworded = index.documents.find((x) => x.id === 'd003')!;
    expect(reworded.segments.filter((s) => s.label === 'paraphrased').length).toBeGreaterThanOrEqual(3);
    // Whole copies, trims and light edits give an edge between the two (the texts hold no sign of which came
    // first, so either way round).
    for (const [from, to] of derived.filter((_, k) => k % 5 < 3)) expect(edges.has(`${from}>${to}`) || edges.has(`${to}>${from}`), `${from}-${to}`).toBe(true);
  });

  it('chooses from the measured cost: all pairs for the seeds and this sample, the index above ALL_PAIRS_MAX_COST', async () => {
    expect(analyzeDocuments((await loadDocuments([])).documents).engine.candidates).toBe('all-pairs');
    expect(analyzeDocuments(docs).engine.candidates).toBe('all-pairs');
    const sentences = docs.map((d) => segmentDocument(d.text, classifyLines(d.text, {})));
    const cost = allPairsCost(documentStems(sentences));
    expect(cost).toBeGreaterThan(0);
    expect(cost).toBeLessThan(ALL_PAIRS_MAX_COST);
    // Below the limit the count is exact; past it, counting stops early with some figure above the limit.
    expect(allPairsCost(documentStems(sentences), cost)).toBe(cost);
    const stopped = allPairsCost(documentStems(sentences), 100);
    expect(stopped).toBeGreaterThan(100);
    expect(stopped).toBeLessThan(cost);
    expect(chooseCandidateStep(100, 'auto', () => Infinity)).toBe('all-pairs');
    expect(chooseCandidateStep(10_000, 'auto', () => ALL_PAIRS_MAX_COST)).toBe('all-pairs');
    expect(chooseCandidateStep(10_000, 'auto', () => ALL_PAIRS_MAX_COST + 1)).toBe('index');
    expect(chooseCandidateStep(10, 'index', () => 0)).toBe('index');
  });

  it('grows the index\'s document-frequency cut-off with the input', () => {
    expect(maxDocumentFrequency(50)).toBe(10);
    expect(maxDocumentFrequency(16_500)).toBe(129);
  });
});

describe('wiretrace analyze at any size (CLI)', () => {
  let work: string;
  beforeAll(() => {
    work = mkdtempSync(path.join(os.tmpdir(), 'wiretrace-engine-test-'));
    for (const d of [...sample().slice(0, 40), ...sample().slice(160, 180)]) writeFileSync(path.join(work, d.file), d.text);
  });
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('says which candidate step ran, and takes --candidates', () => {
    const auto = JSON.parse(runCli(['analyze', '--json']).stdout);
    expect(auto.schemaVersion).toBe(SCHEMA_VERSION);
    expect(auto.engine.candidates).toBe('all-pairs');
    const forced = runCli(['analyze', '--json', '--candidates', 'index']);
    expect(forced.code).toBe(0);
    expect(JSON.parse(forced.stdout)).toEqual({ ...auto, engine: { candidates: 'index' } });
    const bad = runCli(['analyze', '--candidates', 'some']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe('wiretrace: --candidates must be one of auto, all-pairs, index (got "some")\n');
  });

  it('streams --jsonl: one line per document, then the rest; deterministic; the same as --json', () => {
    const a = runCli(['analyze', '--jsonl', work]);
    expect(a.code).toBe(0);
    expect(a.stderr).toBe('');
    expect(a.stdout).not.toMatch(/\r|\u001b/);
    const lines = a.stdout.trimEnd().split('\n').map((l) => JSON.parse(l));
    expect(lines).toHaveLength(61);
    const docs = lines.slice(0, -1);
    for (const d of docs) expect(Object.keys(d)).toEqual(['id', 'file', 'outlet', 'text', 'segments', 'stats']);
    const last = lines.at(-1);
    expect(Object.keys(last)).toEqual(['schemaVersion', 'engine', 'name', 'units', 'provenance', 'warnings']);
    expect(runCli(['analyze', '--jsonl', work]).stdout).toBe(a.stdout);
    const json = JSON.parse(runCli(['analyze', '--json', work]).stdout);
    expect(json.documents).toEqual(docs);
    expect(json.provenance).toEqual(last.provenance);
    expect(json.units).toEqual(last.units);
  });

  it('summarises many documents as figures and the strongest edges; every command reads the same input', () => {
    const r = runCli(['analyze', work]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/60 documents; candidate pairs: all-pairs/);
    expect(r.stdout).toMatch(/reuse edges/);
    for (const args of [['report', '--out', '-', work], ['exercise', '--json', work]]) expect(runCli(args).code, args[0]).toBe(0);
    // review off a terminal prints the same summary.
    expect(runCli(['review', work]).stdout).toBe(r.stdout);
    // The report summarises the strongest edges and the heaviest reusers instead of a 60 × 60 matrix; --full gives it.
    const report = runCli(['report', '--out', '-', work]).stdout;
    expect(report).toContain('This collection has 60 documents, more than 12, so this report summarises');
    expect(report).toContain('## Strongest reuse');
    expect(runCli(['report', '--full', '--out', '-', work]).stdout).toContain('| share of ↓ found in →');
    expect(report).not.toContain('| share of ↓ found in →');
    const both = runCli(['analyze', '--json', '--jsonl', work]);
    expect(both.code).toBe(2);
  });
});

describe('the progress line', () => {
  it('never wraps: it fits the terminal less one column, the bar giving way first; it gives the time left', async () => {
    const { progressLine } = await import('../src/cli/progress-bar.js');
    expect(progressLine('aligning', 1200, 3400, 80)).toBe(`[${'#'.repeat(8)}${'.'.repeat(16)}] aligning 1200/3400`);
    for (const columns of [10, 20, 30, 40, 80, 200]) expect([...progressLine('aligning', 64, 200, columns, 5000)].length).toBeLessThan(columns);
    expect(progressLine('aligning', 64, 200, 30)).toBe('[####.......] aligning 64/200');
    expect(progressLine('aligning', 64, 200, 20)).toBe('aligning 64/200');
    expect(progressLine('aligning', 100, 400, 80, 4000)).toBe('[######..................] aligning 100/400, 12 s left');
    expect(progressLine('aligning', 10, 400, 80, 4000)).toMatch(/2 min 36 s left$/);
  });
});
