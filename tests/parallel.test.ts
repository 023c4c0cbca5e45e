/**
 * All cores, one answer: the analysis with worker threads (src/parallel/) gives byte-identical
 * output for any number of jobs. Runs the built command line and library (workers load built JS).
 */
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLI, ROOT, runCli, scratchFolders } from './helpers.js';
import { sample } from './sample-corpus.js';
import { WORKERS_MIN_DOCUMENTS, usesWorkers } from '../src/parallel/jobs.js';
import { analyzeDocuments, cleanDocument, planCandidates, segmentSource } from '../src/analyze.js';
import { documentStems } from '../src/align/candidate-step.js';
import { alignmentParts } from '../src/align/alignment-parts.js';
import type { ParallelOptions } from '../src/parallel/analyze-in-parallel.js';
import type { AnalysisResult, SourceDocument } from '../src/types.js';

const area = scratchFolders('wiretrace-parallel-');
afterAll(area.cleanup);
let corpus: string;

/** The command's whole output (the 200 documents' JSON is over spawnSync's default buffer of 1 MiB). */
function analyze(args: string[]) {
  const r = spawnSync(process.execPath, [CLI, 'analyze', ...args], { encoding: 'utf8', cwd: ROOT, maxBuffer: 256 * 1024 * 1024 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

beforeAll(() => {
  corpus = area.folder();
  for (const d of sample()) writeFileSync(path.join(corpus, d.file), d.text);
});

describe('--jobs', () => {
  it('starts workers on the 200-document sample, not on the seeds, never with one job', () => {
    expect(sample().length).toBeGreaterThanOrEqual(WORKERS_MIN_DOCUMENTS);
    expect(usesWorkers(sample().length, 2)).toBe(true);
    expect(usesWorkers(5, 8)).toBe(false);
    expect(usesWorkers(100_000, 1)).toBe(false);
  });

  for (const format of ['--json', '--jsonl']) {
    it(`gives the same ${format} with 1, 2 and 3 jobs, on the seeds and on 200 documents (each candidate step)`, () => {
      // The sample is small enough for all pairs (one part: the calling thread aligns it); with
      // the index step its groups of documents are dealt into parts that the workers align.
      for (const input of [[], [corpus], ['--candidates', 'index', corpus]]) {
        const outs = [1, 2, 3].map((n) => analyze([format, '--jobs', String(n), ...input]));
        for (const o of outs) expect(o.code, o.stderr).toBe(0);
        expect(outs[0]!.stdout.length).toBeGreaterThan(1000);
        expect(outs.map((o) => o.stdout.length)).toEqual(outs.map(() => outs[0]!.stdout.length));
        expect(outs[1]!.stdout).toBe(outs[0]!.stdout);
        expect(outs[2]!.stdout).toBe(outs[0]!.stdout);
      }
    }, 120_000);
  }

  it('gives the same match with 1, 2 and 3 jobs (articles and archived candidates together, over 200 documents)', () => {
    const archived = area.folder();
    const archive = path.join(archived, 'arc');
    // Earlier versions of half the articles (a text already archived as given is not a candidate).
    const files = sample().map((d) => path.join(corpus, d.file));
    const earlier = sample()
      .slice(0, 100)
      .map((d) => {
        const f = path.join(archived, d.file);
        writeFileSync(f, d.text.replace(/\n*$/, '\n\nThe story was first filed on Monday.\n'));
        return f;
      });
    const add = runCli(['archive', 'add', '--archive', archive, ...earlier]);
    expect(add.code, add.stderr).toBe(0);
    const outs = [1, 2, 3].map((n) => {
      const r = spawnSync(process.execPath, [CLI, 'match', '--json', '--jobs', String(n), '--archive', archive, corpus], { encoding: 'utf8', cwd: ROOT, maxBuffer: 256 * 1024 * 1024 });
      return { code: r.status, stdout: r.stdout, stderr: r.stderr };
    });
    for (const o of outs) expect(o.code, o.stderr).toBe(0);
    const first = JSON.parse(outs[0]!.stdout) as AnalysisResult;
    expect(first.documents.length).toBeGreaterThanOrEqual(WORKERS_MIN_DOCUMENTS);
    expect(first.documents.some((d) => d.id.startsWith('archive-'))).toBe(true);
    expect(outs[1]!.stdout).toBe(outs[0]!.stdout);
    expect(outs[2]!.stdout).toBe(outs[0]!.stdout);
    const bad = runCli(['match', '--jobs', '0', '--archive', archive, files[0]!]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/^wiretrace: --jobs must be a whole number/);
  }, 120_000);

  it('reports progress while the workers classify: counts that only grow, up to the total, and the one-thread result', async () => {
    // Workers load built JavaScript, so this runs the built module (npm test builds first).
    const built = (await import(path.join(ROOT, 'dist/parallel/analyze-in-parallel.js'))) as {
      analyzeDocumentsInParallel: (docs: readonly SourceDocument[], options: ParallelOptions) => Promise<AnalysisResult>;
    };
    const calls: [string, number, number][] = [];
    const docs = sample();
    const result = await built.analyzeDocumentsInParallel(docs, { jobs: 2, candidates: 'index', onProgress: (stage, done, total) => calls.push([stage, done, total]) });
    expect(JSON.stringify(result)).toBe(JSON.stringify(analyzeDocuments(docs, { candidates: 'index' })));
    const aligning = calls.filter((c) => c[0] === 'aligning');
    expect(aligning.length).toBeGreaterThan(1);
    const total = aligning[0]![2];
    expect(total).toBeGreaterThan(0);
    for (let k = 1; k < aligning.length; k++) {
      expect(aligning[k]![2]).toBe(total);
      expect(aligning[k]![1]).toBeGreaterThanOrEqual(aligning[k - 1]![1]);
      expect(aligning[k]![1]).toBeLessThanOrEqual(total);
    }
    expect(aligning.at(-1)![1]).toBe(total);
    expect(calls.some((c) => c[0] === 'preparing')).toBe(true);
  }, 120_000);

  it('gives the one-thread result with workers when the index pairs no documents at all', async () => {
    const built = (await import(path.join(ROOT, 'dist/parallel/analyze-in-parallel.js'))) as {
      analyzeDocumentsInParallel: (docs: readonly SourceDocument[], options: ParallelOptions) => Promise<AnalysisResult>;
    };
    // Each document its own made-up words: nothing for the index to pair.
    const docs: SourceDocument[] = Array.from({ length: WORKERS_MIN_DOCUMENTS }, (_, k) => {
      const word = (n: number) => `w${k}x${n}q`;
      return { id: `u${k}`, file: `u${k}.txt`, outlet: { name: `U${k}` }, text: `The ${word(1)} ${word(2)} said its ${word(3)} would ${word(4)} the ${word(5)} ${word(6)} soon.\n` };
    });
    const result = await built.analyzeDocumentsInParallel(docs, { jobs: 2, candidates: 'index' });
    expect(result.engine.candidates).toBe('index');
    expect(result.provenance.edges).toEqual([]);
    expect(JSON.stringify(result)).toBe(JSON.stringify(analyzeDocuments(docs, { candidates: 'index' })));
  });

  it('deals the groups of documents the index pairs into parts of about equal weight, each group whole', () => {
    const docs = sample();
    const sentences = docs.map((d) => segmentSource(d, cleanDocument(d)));
    const plan = planCandidates(sentences, 'index', () => documentStems(sentences));
    const pairs = plan.documentPairs!;
    expect(pairs.length).toBeGreaterThan(10);
    const weight = (d: number) => sentences[d]!.length;
    for (const count of [2, 3]) {
      const parts = alignmentParts(docs.length, pairs, count, weight);
      expect(parts).toHaveLength(count);
      const owner = new Map<number, number>();
      parts.forEach((p, k) => p.documents.forEach((d) => owner.set(d, k)));
      // Every paired document in exactly one part, every pair inside one part, and in it.
      expect(owner.size).toBe(new Set(pairs.flat()).size);
      expect(parts.reduce((n, p) => n + p.documents.length, 0)).toBe(owner.size);
      for (const [a, b] of pairs) expect(owner.get(a)).toBe(owner.get(b));
      expect(parts.flatMap((p) => p.documentPairs!).sort((x, y) => x[0] - y[0] || x[1] - y[1])).toEqual(pairs);
      const loads = parts.map((p) => p.documents.reduce((n, d) => n + weight(d), 0));
      expect(Math.min(...loads) / Math.max(...loads)).toBeGreaterThan(0.8);
    }
    // All pairs (no index): one part of every document.
    expect(alignmentParts(docs.length, undefined, 3, weight)).toEqual([{ documents: docs.map((_, d) => d) }]);
  });

  it('refuses a --jobs that is not a positive whole number, in one line, exit 2', () => {
    for (const bad of ['0', '-1', '1.5', 'two', '']) {
      const r = runCli(['analyze', '--jobs', bad]);
      expect(r.code, bad).toBe(2);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).toMatch(/^wiretrace: --jobs must be a whole number/);
    }
  });
});
