import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyzeCorpus, type CorpusTail } from '../src/corpus/analyze-corpus.js';
import { listCorpusFiles } from '../src/corpus/corpus-files.js';
import { givenPaths } from '../src/ingest/load-documents.js';
import { maxDocumentFrequency } from '../src/align/common-passages.js';
import { CORPUS_THRESHOLD, useCorpusMode } from '../src/corpus/corpus-threshold.js';
import type { AnalyzedDocument } from '../src/types.js';
import { spawnSync } from 'node:child_process';
import { CLI, runCli, SEEDS } from './helpers.js';

/** Seeded PRNG (mulberry32): the corpora are the same on every run. */
function prng(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s + 0x6d2b79f5) | 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SYLLABLES = ['ka', 'lo', 'mi', 'ren', 'tus', 'bra', 've', 'dor', 'shi', 'pan', 'gel', 'qua', 'nor', 'fi', 'zem', 'tal'];

/** Short synthetic articles: a headline and sentences of made-up words, so unrelated ones share little. */
function makeCorpus(seed: number, count: number) {
  const rnd = prng(seed);
  const vocabulary = Array.from({ length: 400 }, () => Array.from({ length: 2 + Math.floor(rnd() * 2) }, () => SYLLABLES[Math.floor(rnd() * SYLLABLES.length)]).join(''));
  const word = () => vocabulary[Math.floor(rnd() * vocabulary.length)]!;
  const sentence = () => {
    const words = Array.from({ length: 10 + Math.floor(rnd() * 8) }, word);
    return words[0]!.charAt(0).toUpperCase() + words[0]!.slice(1) + ' ' + words.slice(1).join(' ') + '.';
  };
  return Array.from({ length: count }, () => ({
    headline: Array.from({ length: 5 }, word).join(' ').replace(/^./, (c) => c.toUpperCase()),
    sentences: Array.from({ length: 5 + Math.floor(rnd() * 4) }, sentence),
  }));
}

const FOOTER = [
  'Subscribers to the morning briefing receive these market figures before the exchanges open every weekday.',
  'Readers can reach the newsroom with corrections and tips through the contact page of this website at any time.',
];

interface Built {
  dir: string;
  planted: { from: string; to: string }[];
  footerIds: string[];
}

/** 80 originals (40 of them with the same two-sentence footer) and 4 planted partial copies. */
function buildCorpus(dir: string): Built {
  mkdirSync(dir, { recursive: true });
  const articles = makeCorpus(7, 80);
  const file = (i: number) => `a${String(i).padStart(3, '0')}`;
  const footerIds: string[] = [];
  articles.forEach((a, i) => {
    const lines = [a.headline, ...a.sentences];
    if (i % 2 === 0) {
      lines.push(...FOOTER);
      footerIds.push(file(i));
    }
    writeFileSync(path.join(dir, `${file(i)}.txt`), lines.join('\n\n') + '\n');
  });
  const planted: { from: string; to: string }[] = [];
  [3, 17, 42, 65].forEach((src, k) => {
    const a = articles[src]!;
    const kept = a.sentences.slice(0, 4).map((s, i) => (i === 2 ? s.replace(/ (\S+) /, ' changed ') : s));
    const id = `p${k}`;
    writeFileSync(path.join(dir, `${id}.txt`), [`Planted ${k}: ${a.headline.toLowerCase()}`, ...kept, 'Our correspondent adds a sentence of her own here today.'].join('\n\n') + '\n');
    planted.push({ from: file(src), to: id });
  });
  return { dir, planted, footerIds };
}

function run(dir: string): { tail: CorpusTail; documents: AnalyzedDocument[] } {
  const documents: AnalyzedDocument[] = [];
  const tail = analyzeCorpus(listCorpusFiles(givenPaths([dir])), { onDocument: (d) => documents.push(d) });
  return { tail, documents };
}

let work: string;
let built: Built;
let result: ReturnType<typeof run>;

beforeAll(() => {
  work = mkdtempSync(path.join(os.tmpdir(), 'wiretrace-corpus-test-'));
  built = buildCorpus(path.join(work, 'corpus'));
  result = run(built.dir);
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('corpus mode', () => {
  it('finds every planted source → copy edge, in the right direction', () => {
    const edges = result.tail.provenance.edges;
    for (const p of built.planted) {
      const e = edges.find((x) => x.from === p.from && x.to === p.to);
      expect(e, `${p.from} → ${p.to}`).toBeDefined();
      expect(e!.share).toBeGreaterThan(0.6);
    }
    // Nothing else: the originals are unrelated.
    expect(edges).toHaveLength(built.planted.length);
  });

  it('labels the copied sentences and records each relation on both sides', () => {
    const copy = result.documents.find((d) => d.id === 'p0')!;
    const copied = copy.segments.filter((s) => s.label === 'copied');
    expect(copied.length).toBeGreaterThanOrEqual(4);
    for (const s of copied)
      for (const m of s.matches) {
        const other = result.documents.find((d) => d.id === m.document)!;
        expect(other.segments[m.segment]!.matches.some((x) => x.document === 'p0' && x.segment === s.id)).toBe(true);
      }
  });

  it('down-weights a footer shared by 40 documents: no relation, no edge, no unit', () => {
    const footerIds = new Set(built.footerIds);
    expect(footerIds.size).toBe(40);
    for (const d of result.documents) {
      for (const s of d.segments) {
        if (!FOOTER.some((f) => s.text === f)) continue;
        expect(s.matches, `${d.id}: ${s.text}`).toEqual([]);
      }
    }
    expect(result.tail.provenance.edges.filter((e) => footerIds.has(e.from) && footerIds.has(e.to))).toEqual([]);
    expect(result.tail.units.every((u) => u.members.some((m) => m.document.startsWith('p')))).toBe(true);
    // The cut-off is what keeps the footer out: it grows with the corpus, and 40 is above it here.
    expect(maxDocumentFrequency(result.documents.length)).toBeLessThan(40);
    expect(result.tail.figures.commonShingles).toBeGreaterThan(0);
  });

  it('aligns the same footer when it is rare: the cut-off, not the classifier, keeps it out above', () => {
    const dir = path.join(work, 'few');
    mkdirSync(dir, { recursive: true });
    makeCorpus(11, 8).forEach((a, i) => writeFileSync(path.join(dir, `f${i}.txt`), [a.headline, ...a.sentences, ...FOOTER].join('\n\n') + '\n'));
    const few = run(dir);
    expect(maxDocumentFrequency(8)).toBeGreaterThan(8);
    const footer = few.documents[0]!.segments.filter((s) => FOOTER.includes(s.text));
    expect(footer).toHaveLength(2);
    for (const s of footer) expect(s.matches).toHaveLength(7);
  });

  it('grows the document-frequency cut-off with the corpus', () => {
    expect(maxDocumentFrequency(50)).toBe(10);
    expect(maxDocumentFrequency(16_500)).toBe(129);
    expect(maxDocumentFrequency(1_000_000)).toBe(1000);
  });

  it('switches on above the documented threshold, or with --corpus', () => {
    expect(CORPUS_THRESHOLD).toBe(50);
    expect(useCorpusMode([built.dir], false)).toBe(true);
    expect(useCorpusMode([SEEDS], false)).toBe(false);
    expect(useCorpusMode([SEEDS], true)).toBe(true);
  });

  it('gives the small path\'s documents, units and edges on the seeds', () => {
    const small = JSON.parse(runCli(['analyze', '--json', 'seeds']).stdout);
    const corpus = JSON.parse(runCli(['analyze', '--json', '--corpus', 'seeds']).stdout);
    expect(corpus.documents).toEqual(small.documents);
    expect(corpus.units).toEqual(small.units);
    expect(corpus.provenance.edges).toEqual(small.provenance.edges);
    expect(corpus.provenance.documents).toEqual(small.provenance.documents);
  });

  it('reads what the small path reads: Markdown, web pages, a manifest with a BOM, links kept in their folder, standard input', () => {
    const d = mkdtempSync(path.join(os.tmpdir(), 'wiretrace-corpus-inputs-'));
    const outside = mkdtempSync(path.join(os.tmpdir(), 'wiretrace-corpus-outside-'));
    try {
      const reuters = readFileSync(path.join(SEEDS, '004_b54e5c689f3d536f.txt'), 'utf8');
      const rferl = readFileSync(path.join(SEEDS, '001_158b9c1d23f3b436.txt'), 'utf8');
      writeFileSync(path.join(d, 'a.txt'), reuters);
      writeFileSync(path.join(d, 'b.md'), `---\ntitle: "Putin pact"\ndate: 2020-09-25\n---\n# Putin Calls For Pact\n\n${rferl}`);
      const paragraphs = reuters.split('\n').filter((l) => l.trim().length > 60).slice(0, 4).map((l) => `<p>${l}</p>`).join('\n');
      writeFileSync(path.join(d, 'c.html'), `<!doctype html><html lang="en"><head><title>Putin proposes pact | Example News</title></head><body><article><h1>Putin proposes pact with U.S.</h1>\n${paragraphs}</article></body></html>`);
      writeFileSync(path.join(outside, 'x.txt'), rferl);
      symlinkSync(path.join(outside, 'x.txt'), path.join(d, 'link.txt'));
      writeFileSync(path.join(d, 'manifest.json'), '\ufeff' + JSON.stringify({ name: 'mixed', documents: [{ file: 'b.md', outlet: 'RFE/RL' }] }));
      const small = runCli(['analyze', '--json', d]);
      const corpus = runCli(['analyze', '--json', '--corpus', d]);
      expect(corpus.code).toBe(0);
      expect(corpus.stderr).toBe(small.stderr);
      expect(corpus.stderr).toContain('link.txt: is a link to a file outside');
      const docs = (r: { stdout: string }) => JSON.parse(r.stdout).documents.map((x: { id: string; outlet: { name: string }; segments: { text: string }[] }) => [x.id, x.outlet.name, x.segments[0]!.text]);
      expect(docs(corpus)).toEqual(docs(small));
      expect(docs(corpus).map((x: string[]) => x[0])).toEqual(['b', 'a', 'c']);
      // A pipe the user names (read once, kept: it cannot be read again).
      const pipe = spawnSync('bash', ['-c', `"${process.execPath}" "${CLI}" analyze --corpus "${path.join(d, 'a.txt')}" <(cat "${path.join(outside, 'x.txt')}")`], { encoding: 'utf8' });
      expect(pipe.status).toBe(0);
      expect(pipe.stdout).toMatch(/^1 reuse edge; 1 document reuses another's text$/m);
      // Standard input, read once and kept for every pass.
      const piped = runCli(['analyze', '--json', '--corpus', '-', path.join(d, 'a.txt')], { input: rferl });
      expect(piped.code).toBe(0);
      expect(JSON.parse(piped.stdout).documents.map((x: { id: string }) => x.id)).toEqual(['stdin', 'a']);
      expect(JSON.parse(piped.stdout).provenance.edges).toHaveLength(1);
    } finally {
      rmSync(d, { recursive: true, force: true });
      rmSync(outside, { recursive: true, force: true });
    }
  });

  it('names the bundled seeds as the small path does, from any folder', () => {
    const cwd = os.tmpdir();
    const small = JSON.parse(runCli(['analyze', '--json'], { cwd }).stdout);
    const corpus = JSON.parse(runCli(['analyze', '--json', '--corpus'], { cwd }).stdout);
    expect(small.documents[0].file).toBe('seeds/000_45e1f0cb4df3766a.txt');
    expect(corpus.documents.map((d: { file: string }) => d.file)).toEqual(small.documents.map((d: { file: string }) => d.file));
  });

  it('warns of a duplicate text and of a file given twice, as the small path does', () => {
    const d = mkdtempSync(path.join(os.tmpdir(), 'wiretrace-corpus-dup-'));
    try {
      const reuters = path.join(SEEDS, '004_b54e5c689f3d536f.txt');
      copyFileSync(reuters, path.join(d, 'a.txt'));
      writeFileSync(path.join(d, 'b.txt'), readFileSync(reuters, 'utf8').replace(/\n/g, '\r\n'));
      copyFileSync(path.join(SEEDS, '001_158b9c1d23f3b436.txt'), path.join(d, 'c.txt'));
      const args = [d, path.join(d, 'c.txt')];
      const small = runCli(['analyze', ...args]);
      const corpus = runCli(['analyze', '--corpus', ...args]);
      const expected =
        `wiretrace: warning: ${path.join(d, 'c.txt')}: the same file as ${path.join(d, 'c.txt')}; read once\n` +
        `wiretrace: warning: ${path.join(d, 'b.txt')}: duplicate: the same text as ${path.join(d, 'a.txt')}; both are analysed, so each reads as copied from the other\n`;
      // The same lines; the small path warns as it reads, corpus mode of the listing first.
      const lines = (stderr: string) => stderr.split('\n').sort();
      expect(lines(small.stderr)).toEqual(lines(expected));
      expect(lines(corpus.stderr)).toEqual(lines(expected));
      expect(corpus.stdout).toMatch(/3 documents, corpus mode/);
    } finally {
      rmSync(d, { recursive: true, force: true });
    }
  });
});

describe('wiretrace analyze on a corpus (CLI)', () => {
  it('streams --jsonl: one line per document, then units and provenance; deterministic; stdout clean', () => {
    const a = runCli(['analyze', '--jsonl', built.dir]);
    expect(a.code).toBe(0);
    expect(a.stderr).toBe('');
    expect(a.stdout).not.toMatch(/\r|\u001b/);
    const lines = a.stdout.trimEnd().split('\n').map((l) => JSON.parse(l));
    expect(lines).toHaveLength(result.documents.length + 1);
    const docs = lines.slice(0, -1);
    for (const d of docs) expect(Object.keys(d)).toEqual(['id', 'file', 'outlet', 'segments', 'stats']);
    expect(docs.map((d) => d.id)).toEqual(result.documents.map((d) => d.id));
    const last = lines.at(-1);
    expect(Object.keys(last)).toEqual(['schemaVersion', 'name', 'units', 'provenance', 'warnings']);
    expect(last.schemaVersion).toBe(2);
    expect(last.provenance.edges).toEqual(result.tail.provenance.edges);
    // Determinism: byte-identical run to run.
    expect(runCli(['analyze', '--jsonl', built.dir]).stdout).toBe(a.stdout);
    // --json streams the same result as one document.
    const json = JSON.parse(runCli(['analyze', '--json', built.dir]).stdout);
    expect(json.documents).toEqual(docs);
    expect(json.provenance).toEqual(last.provenance);
  });

  it('prints a corpus summary without --json, and refuses --json with --jsonl', () => {
    const r = runCli(['analyze', built.dir]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/84 documents, corpus mode/);
    expect(r.stdout).toMatch(/4 reuse edges/);
    const both = runCli(['analyze', '--json', '--jsonl', built.dir]);
    expect(both.code).toBe(2);
    expect(both.stderr).toBe('wiretrace: --json and --jsonl cannot be used together\n');
  });
});

describe('the corpus progress line', () => {
  it('never wraps: it fits the terminal less one column, the bar giving way first', async () => {
    const { progressLine } = await import('../src/corpus/progress-bar.js');
    expect(progressLine('aligning', 1200, 3400, 80)).toBe(`[${'#'.repeat(8)}${'.'.repeat(16)}] aligning 1200/3400`);
    for (const columns of [10, 20, 30, 40, 80, 200]) expect([...progressLine('aligning', 64, 200, columns)].length).toBeLessThan(columns);
    expect(progressLine('aligning', 64, 200, 30)).toBe('[####.......] aligning 64/200');
    expect(progressLine('aligning', 64, 200, 20)).toBe('aligning 64/200');
  });
});
