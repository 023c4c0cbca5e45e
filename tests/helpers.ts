/** Shared test fixtures: the bundled seeds, analysed once per test file. */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyzeDocuments } from '../src/analyze.js';
import { loadDocuments } from '../src/ingest/load-documents.js';
import type { AnalysisResult, AnalyzedDocument, Segment } from '../src/types.js';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const SEEDS = path.join(ROOT, 'seeds');
export const CLI = path.join(ROOT, 'dist', 'bin', 'main.js');

let cached: AnalysisResult | undefined;

export function seedsAnalysis(): AnalysisResult {
  if (!cached) {
    const input = loadDocuments([SEEDS]);
    cached = analyzeDocuments(input.documents, { name: input.name, ...(input.title ? { title: input.title } : {}) });
  }
  return cached;
}

export function doc(result: AnalysisResult, id: string): AnalyzedDocument {
  const d = result.documents.find((x) => x.id === id);
  if (!d) throw new Error(`no document ${id}`);
  return d;
}

/** The one segment of a document whose text contains `needle`. */
export function segment(result: AnalysisResult, id: string, needle: string): Segment {
  const found = doc(result, id).segments.filter((s) => s.text.includes(needle));
  if (found.length !== 1) throw new Error(`${found.length} segments of ${id} contain "${needle}"`);
  return found[0]!;
}

export function runCli(args: string[], options: { input?: string; env?: NodeJS.ProcessEnv; cwd?: string } = {}) {
  const r = spawnSync(process.execPath, [CLI, ...args], {
    encoding: 'utf8',
    input: options.input ?? '',
    env: { ...process.env, NO_COLOR: '1', ...options.env },
    cwd: options.cwd ?? ROOT,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}



/**
 * A scratch area for one test file: `folder()` gives a new empty folder in it each call; `cleanup`
 * (pass it to afterAll) removes it all.
 */
export function scratchFolders(prefix: string): { folder: () => string; cleanup: () => void } {
  const tmp = mkdtempSync(path.join(os.tmpdir(), `wiretrace-${prefix}-`));
  let n = 0;
  return {
    folder: () => {
      const d = path.join(tmp, `case-${n++}`);
      mkdirSync(d);
      return d;
    },
    cleanup: () => rmSync(tmp, { recursive: true, force: true }),
  };
}

/** Two seed articles that share copied prose (Reuters and RFE/RL). */
export const REUTERS = path.join(SEEDS, '004_b54e5c689f3d536f.txt');
export const RFERL = path.join(SEEDS, '001_158b9c1d23f3b436.txt');
