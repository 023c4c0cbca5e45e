/**
 * The library's own entry points, from the sources (tests/package.test.ts uses them from the
 * installed package): texts in memory, paths, the command line as their user.
 */
import { describe, expect, it } from 'vitest';
import { analyze, analyzeFiles, classifyPair, loadDocuments, WiretraceError } from '../src/index.js';
import { toJson } from '../src/cli/json-output.js';
import { MAX_DOCUMENT_CHARS } from '../src/ingest/limits.js';
import { runCli } from './helpers.js';
import { expectValid } from './schema-validator.js';

const WIRE = 'The storm knocked out power to about 200,000 homes across the state on Sunday night. Crews worked through the night.';
const COPY = 'The storm knocked out power to about 200,000 homes across the state on Sunday night, officials said. Schools stayed shut.';

describe('analyze (texts in memory)', () => {
  it('names texts document-1, document-2, …, keeps the text its offsets point into, and finds the copy', () => {
    const r = analyze([WIRE, COPY]);
    expectValid('analysis', r);
    expect(r.documents.map((d) => [d.id, d.file, d.outlet.name])).toEqual([
      ['document-1', '', 'document-1'],
      ['document-2', '', 'document-2'],
    ]);
    for (const d of r.documents) for (const s of d.segments) expect(d.text.slice(s.start, s.end)).toBe(s.text);
    expect(r.documents[1]!.segments[0]).toMatchObject({ label: 'copied', matches: [{ document: 'document-1', relation: 'near-verbatim' }] });
    expect(r.engine).toEqual({ candidates: 'all-pairs' });
  });

  it('takes ids and outlets as given, making ids unique and safe', () => {
    const r = analyze([{ id: 'wire', text: WIRE, outlet: { name: 'Wire', wire: true } }, { id: 'wire', text: COPY, file: 'copy.txt' }, { id: 'a b/c', text: 'Another text entirely, about the weather.' }], { name: 'storm', title: 'A storm' });
    expect(r.documents.map((d) => [d.id, d.file, d.outlet])).toEqual([
      ['wire', '', { name: 'Wire', wire: true }],
      ['wire-2', 'copy.txt', { name: 'wire-2' }],
      ['a-b-c', '', { name: 'a-b-c' }],
    ]);
    expect([r.name, r.title]).toEqual(['storm', 'A storm']);
  });

  it('warns as for files: duplicates, text that is not English, a text over the limit (left out)', () => {
    const seen: string[] = [];
    const long = 'word '.repeat(MAX_DOCUMENT_CHARS / 5 + 1);
    const r = analyze([WIRE, WIRE, 'Der Sturm hat am Sonntag die Stromversorgung von etwa 200.000 Haushalten unterbrochen, teilten die Behörden mit. Die Schulen bleiben geschlossen, weil die Straßen noch nicht frei sind. Die Reparaturen werden mehrere Tage dauern.', long], { onWarning: (w) => seen.push(w) });
    expect(r.documents).toHaveLength(3);
    expect(r.warnings).toEqual(seen);
    expect(seen[0]).toMatch(/^document-2: duplicate: the same text as document-1/);
    expect(seen[1]).toMatch(/^document-3: does not look like English/);
    expect(seen[2]).toMatch(/^document-4: 1,000,005 characters of text is over the limit .*; skipped$/);
  });

  it('needs two usable texts, and says so with the error the command line exits 1 on', () => {
    expect(() => analyze([WIRE])).toThrow(WiretraceError);
    expect(() => analyze([WIRE])).toThrow('it needs at least two usable ones, and found 1');
    try {
      analyze([]);
    } catch (e) {
      expect((e as WiretraceError).exitCode).toBe(1);
    }
  });
});

describe('analyzeFiles and the command line', () => {
  it('gives what `wiretrace analyze --json` prints, byte for byte (the command is its user)', async () => {
    const stages: string[] = [];
    const r = await analyzeFiles([], { onStage: (s) => stages.push(s) });
    expect(toJson(r) + '\n').toBe(runCli(['analyze', '--json']).stdout);
    expect(stages).toEqual(['read', 'clean', 'segment', 'prepare', 'align', 'label', 'provenance']);
  });

  it('rejects with the same one-line errors, and loadDocuments reads alone', async () => {
    await expect(analyzeFiles(['/nonexistent/wiretrace-file.txt'])).rejects.toThrow(WiretraceError);
    const input = await loadDocuments([]);
    expect(input.documents.map((d) => d.id)).toEqual(['axios', 'rferl', 'ibtimes', 'polygraph', 'reuters']);
  });

  it('classifyPair is what `wiretrace pairs` prints', () => {
    expect(classifyPair(WIRE.split('. ')[0]!, COPY.split('. ')[0]!)).toEqual({ relation: 'near-verbatim', score: expect.any(Number) });
    expect(classifyPair('The bridge reopened on Monday.', 'Shares of the bank fell sharply.').relation).toBe('none');
  });
});
