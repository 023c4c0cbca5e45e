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
    it(`gives the same ${format} with 1, 2 and 3 jobs, on the seeds and on 200 documents`, () => {
      for (const input of [[], [corpus]]) {
        const outs = [1, 2, 3].map((n) => analyze([format, '--jobs', String(n), ...input]));
        for (const o of outs) expect(o.code, o.stderr).toBe(0);
        expect(outs[0]!.stdout.length).toBeGreaterThan(1000);
        expect(outs.map((o) => o.stdout.length)).toEqual(outs.map(() => outs[0]!.stdout.length));
        expect(outs[1]!.stdout).toBe(outs[0]!.stdout);
        expect(outs[2]!.stdout).toBe(outs[0]!.stdout);
      }
    }, 120_000);
  }

  it('refuses a --jobs that is not a positive whole number, in one line, exit 2', () => {
    for (const bad of ['0', '-1', '1.5', 'two', '']) {
      const r = runCli(['analyze', '--jobs', bad]);
      expect(r.code, bad).toBe(2);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).toMatch(/^wiretrace: --jobs must be a whole number/);
    }
  });
});
