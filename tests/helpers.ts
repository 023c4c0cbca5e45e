/** Shared test fixtures: the bundled seeds, analysed once per test file. */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyzeDocuments } from '../src/analyze.js';
import { loadDocuments } from '../src/ingest/load-documents.js';
import type { AnalysisResult, AnalyzedDocument, Segment } from '../src/types.js';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const SEEDS = path.join(ROOT, 'seeds');
export const CLI = path.join(ROOT, 'dist', 'cli', 'main.js');

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


