/** Shared test fixtures: the bundled seeds, analysed once per test file. */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyzeDocuments } from '../src/analyze.js';
import { loadDocuments } from '../src/ingest/load-documents.js';
import type { AnalysisResult, AnalyzedDocument, Segment, SourceDocument } from '../src/types.js';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const SEEDS = path.join(ROOT, 'seeds');
export const CLI = path.join(ROOT, 'dist', 'bin', 'main.js');

let cached: AnalysisResult | undefined;
/** The seeds as read (a few small files: read when this module loads, so seedsAnalysis() can stay synchronous). */
const seedsInput = await loadDocuments([SEEDS]);

export function seedsAnalysis(): AnalysisResult {
  if (!cached) {
    const input = seedsInput;
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

/** A short wire-like story, written for these tests (no seed): its sentences, and others of an outlet's own. */
export const HARBOUR_WIRE = [
  'The city council voted on Tuesday to close the old harbour bridge to heavy trucks after engineers found deep cracks in two of its supports.',
  'The ban takes effect on March 1 and will last until repairs are finished, the council said in a statement.',
  'Trucking firms warned that detours through the town centre would add hours to deliveries and raise costs for local shops.',
  'Engineers estimated the repairs at 14 million dollars, money the council said it would seek from the regional government.',
  'The bridge, opened in 1962, carries about 9,000 vehicles a day.',
] as const;
export const HARBOUR_OWN = [
  'Residents of the east bank have complained about the bridge for years.',
  'Local shopkeepers fear a difficult spring.',
  'Several families said they would now drive their children to school by a longer route along the river.',
] as const;

/** Two outlets, One and Two, carrying the same three wire sentences and nothing that tells which came first. */
export function unclearPair(): SourceDocument[] {
  const shared = HARBOUR_WIRE.slice(0, 3);
  return [
    { id: 'one', file: 'one.txt', outlet: { name: 'One' }, text: [...shared, HARBOUR_OWN[0]].join('\n') },
    { id: 'two', file: 'two.txt', outlet: { name: 'Two' }, text: [HARBOUR_OWN[1], ...shared].join('\n') },
  ];
}
