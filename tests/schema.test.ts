/**
 * The published JSON Schemas (schema/) accept what the commands print, and reject what breaks
 * the contract. Corpus mode, hostile input and the property tests' generated documents are
 * validated in their own test files (corpus, hostile-input, properties).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { SCHEMA_VERSION } from '../src/types.js';
import { runCli, seedsAnalysis } from './helpers.js';
import { expectValid, schemaErrors } from './schema-validator.js';

const json = (args: string[]): unknown => {
  const r = runCli(args);
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout);
};
const lines = (args: string[]): unknown[] => {
  const r = runCli(args);
  expect(r.code).toBe(0);
  return r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l) as unknown);
};

describe('the published JSON Schemas', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'wiretrace-schema-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('accept `analyze --json` on the seeds, which carries the version and the engine', () => {
    const out = json(['analyze', '--json']) as { schemaVersion: number; engine: unknown };
    expectValid('analysis', out);
    expect(out.schemaVersion).toBe(SCHEMA_VERSION);
    expect(out.engine).toEqual({ candidates: 'all-pairs' });
  });

  it('accept every line of `analyze --jsonl` on the seeds, with either candidate step', () => {
    for (const args of [['analyze', '--jsonl'], ['analyze', '--jsonl', '--candidates', 'index']]) {
      const all = lines(args);
      expect(all).toHaveLength(6);
      for (const l of all) expectValid('analysis-line', l);
    }
  });

  it('accept `exercise --json` for several seeds', () => {
    for (const seed of ['1', '7', '4294967295']) {
      const out = json(['exercise', '--json', '--seed', seed]) as { schemaVersion: number; questions: unknown[] };
      expectValid('exercise', out);
      expect(out.schemaVersion).toBe(SCHEMA_VERSION);
      expect(out.questions.length).toBeGreaterThan(0);
    }
  });

  it('accept every line of `pairs`, whatever the relation', () => {
    const file = path.join(dir, 'pairs.tsv');
    const a = 'The storm knocked out power to about 200,000 homes across the state on Sunday night.';
    const rows = [
      [a, a],
      [a, 'The storm knocked out power to about 200,000 homes across the state on Sunday night, officials said.'],
      ['Quarterly profit rose 12 percent, the company said on Tuesday, beating forecasts.', 'The company said Tuesday its quarterly profit climbed 12 percent, topping forecasts.'],
      [a, 'The central bank left interest rates unchanged at 4 percent.'],
    ];
    writeFileSync(file, 'Quality\t#1 ID\t#2 ID\t#1 String\t#2 String\n' + rows.map(([x, y], i) => `1\t${i}a\t${i}b\t${x}\t${y}\n`).join(''));
    const out = lines(['pairs', file]);
    for (const l of out) expectValid('pairs-line', l);
    expect(out.map((l) => (l as { relation: string }).relation)).toEqual(expect.arrayContaining(['identical', 'near-verbatim', 'none']));
  });

  it('reject output that breaks the contract: a field it does not define, a wrong value, a missing field, another version', () => {
    const good = JSON.parse(JSON.stringify(seedsAnalysis())) as Record<string, any>;
    expect(schemaErrors('analysis', good)).toEqual([]);
    const broken = (change: (r: Record<string, any>) => void): string[] => {
      const r = structuredClone(good);
      change(r);
      return schemaErrors('analysis', r);
    };
    expect(broken((r) => (r.documents[0].segments[0].colour = 'red'))).not.toEqual([]);
    expect(broken((r) => (r.documents[0].segments[0].label = 'stolen'))).not.toEqual([]);
    expect(broken((r) => delete r.documents[1].text)).not.toEqual([]);
    expect(broken((r) => (r.documents[0].segments[0].start = -1))).not.toEqual([]);
    expect(broken((r) => (r.units[0].id = 1.5))).not.toEqual([]);
    expect(broken((r) => (r.provenance.edges[0].share = 1.2))).not.toEqual([]);
    expect(broken((r) => (r.engine.candidates = 'guess'))).not.toEqual([]);
    expect(broken((r) => (r.schemaVersion = 2))).not.toEqual([]);
    // A whole analysis is no line of --jsonl (those hold one document, or everything but the documents).
    expect(schemaErrors('analysis-line', good)).not.toEqual([]);
    expect(schemaErrors('analysis-line', { ...good, documents: undefined })).toEqual([]);
    expect(schemaErrors('pairs-line', { schemaVersion: 3, id1: '1', id2: '2', relation: 'similar', score: 0.5 })).not.toEqual([]);
  });
});
