/**
 * The classroom exercise: every answer checked against the analysis it was built from, the
 * question mix on the seeds, determinism per seed, escaping, the committed worksheet and key,
 * and the `exercise` / `quiz` commands.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeDocuments } from '../src/analyze.js';
import { buildExercise, DEFAULT_SEED } from '../src/exercise/build-exercise.js';
import { exerciseJson } from '../src/exercise/exercise-json.js';
import { answersPath, defaultWorksheetPath } from '../src/exercise/output-paths.js';
import { defaultReportPath } from '../src/report/report-path.js';
import { parseSeed } from '../src/exercise/parse-seed.js';
import { QUESTION_TYPES, type Question } from '../src/exercise/question.js';
import { renderAnswers } from '../src/exercise/render-answers.js';
import { renderWorksheet } from '../src/exercise/render-worksheet.js';
import { describeEdit, editsOf } from '../src/exercise/word-diff.js';
import { possessive } from '../src/text/possessive.js';
import type { AnalysisResult, Segment } from '../src/types.js';
import { ROOT, runCli, seedsAnalysis, unclearPair } from './helpers.js';

const result = seedsAnalysis();
const exercise = buildExercise(result, DEFAULT_SEED);
const segIn = (r: AnalysisResult, doc: string, id: number): Segment => r.documents.find((d) => d.id === doc)!.segments.find((s) => s.id === id)!;
const seg = (doc: string, id: number): Segment => segIn(result, doc, id);
const quotedIn = (line: string): string => /"(.*)"$/s.exec(line)![1]!;

/** Checks one question's answer against the analysis; returns nothing, fails with expect. */
function checkAnswer(q: Question, r: AnalysisResult): void {
  const seg = (doc: string, id: number): Segment => segIn(r, doc, id);
  const outletDoc = (name: string): string => r.documents.find((d) => d.outlet.name === name)!.id;
  const matchBetween = (a: { document: string; segment: number }, b: { document: string; segment: number }) =>
    seg(a.document, a.segment).matches.find((m) => m.document === b.document && m.segment === b.segment);
  expect(q.choices).toContain(q.answer);
  expect(new Set(q.choices).size).toBe(q.choices.length);
  for (const p of q.passages) expect(seg(p.document, p.segment).text).toBe(p.text);
  const [a, b] = q.passages;
  switch (q.type) {
    case 'copied-or-original': {
      const s = seg(a!.document, a!.segment);
      const verbatim = s.matches.filter((m) => m.relation !== 'paraphrase');
      if (q.answer.startsWith('Copied')) {
        expect(s.label).toBe('copied');
        expect(verbatim.length).toBeGreaterThan(0);
      } else if (q.answer.startsWith('Paraphrased')) {
        expect(s.label).toBe('paraphrased');
        expect(verbatim).toEqual([]);
        expect(s.matches.some((m) => m.relation === 'paraphrase')).toBe(true);
      } else {
        expect(q.answer).toMatch(/^Original/);
        expect(s.label).toBe('unique');
        expect(s.matches).toEqual([]);
      }
      // Every counterpart quoted in the evidence is the counterpart's real text.
      for (const m of s.matches) expect(q.evidence.join('\n')).toContain(seg(m.document, m.segment).text);
      break;
    }
    case 'who-was-first': {
      const from = outletDoc(q.answer.replace(/ came first$/, ''));
      const to = [a!, b!].find((p) => p.document !== from)!.document;
      expect([a!.document, b!.document]).toContain(from);
      expect(r.provenance.edges.some((e) => e.from === from && e.to === to)).toBe(true);
      const m = matchBetween(a!, b!);
      expect(m && m.relation !== 'paraphrase' && !m.quote).toBeTruthy();
      break;
    }
    case 'spot-the-edits': {
      expect(matchBetween(a!, b!)?.relation).toBe('near-verbatim');
      const diff = q.diff!;
      expect(diff.filter((p) => p.kind !== 'added').map((p) => p.text).join('')).toBe(a!.text);
      expect(diff.filter((p) => p.kind !== 'removed').map((p) => p.text).join('')).toBe(b!.text);
      const edits = editsOf(diff).map(describeEdit);
      expect(edits).toContain(q.answer);
      for (const c of q.choices) if (c !== q.answer) expect(edits).not.toContain(c);
      break;
    }
    case 'credit-check': {
      const doc = outletDoc(/^Read (.*?)'s? whole page/.exec(q.prompt)![1]!);
      const attributions = r.provenance.documents.find((d) => d.document === doc)!.attributions;
      const text = r.documents.find((d) => d.id === doc)!.segments.map((s) => s.text).join('\n');
      if (q.answer.startsWith('Yes')) {
        expect(attributions.length).toBeGreaterThan(0);
        const lines = q.evidence.filter((e) => / credits .*: "/.test(e));
        expect(lines.length).toBeGreaterThan(0);
        for (const l of lines) expect(text).toContain(quotedIn(l));
      } else {
        expect(attributions).toEqual([]);
        expect(r.provenance.edges.some((e) => e.to === doc)).toBe(true);
      }
      break;
    }
    case 'quote-or-copy': {
      const m = matchBetween(a!, b!)!;
      expect(m).toBeDefined();
      expect(q.answer.startsWith('A common primary source')).toBe(m.quote);
      if (!m.quote) {
        // Copying is asked about only where none of the shared words is a speaker's (speaker-words.ts).
        const [sa, sb] = [seg(a!.document, a!.segment), seg(b!.document, b!.segment)];
        expect([sa.quote, sb.quote]).toEqual([false, false]);
        expect([sa.shared?.find((w) => w.document === b!.document)?.quotedWords, sb.shared?.find((w) => w.document === a!.document)?.quotedWords]).toEqual([undefined, undefined]);
      }
      break;
    }
    case 'which-outlet': {
      const s = seg(a!.document, a!.segment);
      expect(a!.outlet).toBe('');
      expect(q.answer).toBe(r.documents.find((d) => d.id === a!.document)!.outlet.name);
      expect(s.label).toBe('unique');
      expect(s.matches).toEqual([]);
      for (const d of r.documents) if (d.id !== a!.document) expect(d.segments.some((x) => x.text === s.text)).toBe(false);
      // Its position counts article sentences as the provenance evidence does ("N article sentences").
      const owner = r.documents.find((d) => d.id === a!.document)!;
      let position = 0;
      for (const x of owner.segments) if (x.id <= s.id && x.label !== 'boilerplate') position++;
      const total = owner.segments.reduce((n, x) => n + Number(x.label !== 'boilerplate'), 0);
      expect(q.evidence).toContain(`It is sentence ${position} of the ${total} of ${possessive(q.answer)} article (counted without the page around it).`);
      break;
    }
  }
}

describe('exercise on the seeds', () => {
  it('has at least 10 questions across at least 4 types, all 6 types on the seeds', () => {
    const types = new Set(exercise.questions.map((q) => q.type));
    expect(exercise.questions.length).toBeGreaterThanOrEqual(10);
    expect(types.size).toBeGreaterThanOrEqual(4);
    expect([...types].sort()).toEqual([...QUESTION_TYPES].sort());
    expect(exercise.questions.map((q) => q.id)).toEqual(exercise.questions.map((_, i) => `q${i + 1}`));
    expect(exercise.discussion.length).toBeGreaterThanOrEqual(3);
  });

  it('derives every answer from the analysis, for several seeds', () => {
    for (const seed of [1, 2, 3, 42, 4294967295]) for (const q of buildExercise(result, seed).questions) checkAnswer(q, result);
  });

  it('never shows the same content in two questions', () => {
    for (const seed of [1, 2, 3]) {
      const keys = buildExercise(result, seed).questions.flatMap((q) => [...new Set(q.passages.map((p) => seg(p.document, p.segment).unit ?? `${p.document}#${p.segment}`))]);
      expect(new Set(keys).size).toBe(keys.length);
    }
  });

  it('asks who was first with the Reuters fingerprint the copier dropped', () => {
    const q = [1, 2, 3, 4, 5].flatMap((s) => buildExercise(result, s).questions).find((x) => x.type === 'who-was-first' && x.passages.some((p) => p.text.includes('MSFT.O')));
    expect(q).toBeDefined();
    expect(q!.answer).toBe('Reuters, syndicated copy came first');
    expect(q!.evidence.join('\n')).toMatch(/MSFT\.O/);
    expect(editsOf(q!.diff!).map(describeEdit).join(' ')).toMatch(/MSFT\.O/);
  });

  it('gives the same bytes for the same seed and different passages or order for different seeds', () => {
    const render = (seed: number) => {
      const e = buildExercise(result, seed);
      return renderWorksheet(e) + renderAnswers(e) + JSON.stringify(exerciseJson(e));
    };
    expect(render(7)).toBe(render(7));
    const outputs = [1, 2, 3, 4, 5].map((s) => renderWorksheet(buildExercise(result, s)).replace(/seed \d+/, ''));
    expect(new Set(outputs).size).toBe(outputs.length);
    const passages = (seed: number) => buildExercise(result, seed).questions.map((q) => q.passages.map((p) => `${p.document}#${p.segment}`).join(',')).sort();
    expect(passages(1)).not.toEqual(passages(2));
  });

  it('matches the committed worksheet and answer key byte for byte (npm run reports regenerates them)', () => {
    expect(readFileSync(path.join(ROOT, 'reports', 'exercise-seeds.md'), 'utf8')).toBe(renderWorksheet(exercise));
    expect(readFileSync(path.join(ROOT, 'reports', 'exercise-seeds-answers.md'), 'utf8')).toBe(renderAnswers(exercise));
  });

  it('keeps answers out of the worksheet and puts them, with evidence, in the key', () => {
    const sheet = renderWorksheet(exercise);
    const key = renderAnswers(exercise);
    expect(sheet).not.toMatch(/Answer:|Evidence/);
    expect(key.match(/\*\*Answer: [a-p]\) /g)!.length).toBe(exercise.questions.length);
    expect(key).toContain('With reporting by Interfax and Reuters');
    expect(key).toMatch(/<del>MSFT\.O<\/del>|<del>.*<\/del>/);
  });
});

describe('escaping untrusted article text', () => {
  it('escapes Markdown and HTML and drops terminal sequences in passages', () => {
    const hostile = structuredClone(result);
    for (const d of hostile.documents) for (const s of d.segments) s.text = `${s.text} <script>alert(1)</script> **x** | # \u001b[31m[a](http://e.x)`;
    const e = buildExercise(hostile, 1);
    for (const text of [renderWorksheet(e), renderAnswers(e)]) {
      expect(text).not.toContain('<script>');
      expect(text).not.toContain('\u001b');
      expect(text).toContain('&lt;script&gt;');
      expect(text).toContain('\\*\\*x\\*\\*');
      expect(text).not.toMatch(/[^\\]\[a\]\(http/);
    }
  });
});

describe('a story without shared text', () => {
  it('asks only what the story supports', () => {
    const docs = [
      { id: 'one', file: 'one.txt', outlet: { name: 'One' }, text: 'The town council met on Tuesday evening to discuss the new bridge over the river.\nResidents complained loudly about the noise from the building site near the school.\n' },
      { id: 'two', file: 'two.txt', outlet: { name: 'Two' }, text: 'A local bakery won a national prize for its rye bread after a long and careful competition.\nThe owner thanked her staff and her many loyal customers in the village.\n' },
    ];
    const e = buildExercise(analyzeDocuments(docs, { name: 'tiny' }), 1);
    expect(e.questions.length).toBeGreaterThan(0);
    expect(new Set(e.questions.map((q) => q.type))).toEqual(new Set(['copied-or-original', 'which-outlet']));
    for (const q of e.questions) checkAnswer(q, analyzeDocuments(docs, { name: 'tiny' }));
  });
});

describe("a sentence two outlets share whose words are partly a speaker's", () => {
  it('is not asked about as copying: only prose with no quoted word in common is', () => {
    const mixed = 'Officials at the ministry said the minister had been "pushed out by his own party" and had failed to win the support of backbench members.';
    const plain = 'The ministry confirmed that the resignation would take effect at the end of the week, and a successor would be named on Monday.';
    const docs = [
      { id: 'one', file: 'one.txt', outlet: { name: 'One' }, text: [mixed, plain, 'Opposition leaders called for an early election within hours of the announcement.'].join('\n') + '\n' },
      { id: 'two', file: 'two.txt', outlet: { name: 'Two' }, text: [mixed.replace(/"/g, ''), plain, 'Markets barely moved on the news, and the currency held steady against the dollar.'].join('\n') + '\n' },
    ];
    const r = analyzeDocuments(docs, { name: 'mixed' });
    // The two are still one sentence to the analysis, copied near-verbatim.
    expect(r.documents[1]!.segments[0]!.matches.map((m) => [m.relation, m.quote])).toEqual([['near-verbatim', false]]);
    expect(r.documents[1]!.segments[0]!.shared?.[0]?.quotedWords).toBeGreaterThan(0);
    const asked = [1, 2, 3, 7, 42].flatMap((seed) => buildExercise(r, seed).questions.filter((q) => q.type === 'quote-or-copy'));
    const texts = new Set(asked.flatMap((q) => q.passages.map((p) => p.text)));
    expect(texts.has(plain)).toBe(true);
    expect([...texts].some((t) => t.startsWith('Officials at the ministry'))).toBe(false);
    for (const q of asked) checkAnswer(q, r);
  });
});

describe('a story whose shared copy shows no direction', () => {
  const result = analyzeDocuments(unclearPair(), { name: 'unclear' });

  it('asks no "Who was first?" question, since its answer would be a guess', () => {
    expect(result.provenance.edges.map((e) => [e.directionClear, e.evidence.at(-1)])).toEqual([[false, 'the texts give no clear sign of which came first']]);
    for (const seed of [1, 2, 3, 7, 42]) expect(buildExercise(result, seed).questions.map((q) => q.type)).not.toContain('who-was-first');
  });

  it('and its discussion questions do not claim one, and speak of both articles', () => {
    const discussion = buildExercise(result, 1).discussion.join('\n');
    expect(discussion).toMatch(/^3 pieces of content appear in both articles\. If you read both, /m);
    expect(discussion).toContain('neither text shows which came first');
    expect(discussion).not.toMatch(/took \d+% of its article words/);
  });

  it('and the report says the direction is unclear', async () => {
    const { renderReport } = await import('../src/report/render-report.js');
    const report = renderReport(result);
    expect(report).toMatch(/\*\*\w+\*\* and \*\*\w+\*\* share text \(\d+% of \w+'s? article: .*\), and the texts give no clear sign of which came first/);
    expect(report).not.toMatch(/\*\*not credited\*\*|does not credit/);
    expect(report).toMatch(/\*\*One ↔ Two\*\*: \d+% of Two's article shared, which came first unclear/);
    expect(report).toMatch(/ d\d ---\|"\d+% · direction unclear"\| d\d/);
    const { formatSummary } = await import('../src/summary/format-summary.js');
    // No origin for its units, no "took … from" in the exercises, and the review's tab says the same.
    expect(result.units.every((u) => u.origin === undefined)).toBe(true);
    const evidence = [1, 2, 3, 7, 42].flatMap((seed) => buildExercise(result, seed).questions.flatMap((q) => q.evidence)).join('\n');
    expect(evidence).not.toMatch(/ took \d+%|came from (One|Two)|NOT name/);
    const summary = formatSummary(result);
    expect(summary).toMatch(/One ↔ Two: (\d+)% of Two's article is shared with One \(\1% copied, 0% paraphrased\); which came first is unclear/);
    expect(summary).not.toMatch(/NOT credited|does not credit/);
  });
});

describe('paths and seeds', () => {
  it('names the files after the collection and parses --seed strictly', () => {
    expect(defaultWorksheetPath('seeds')).toBe(path.join('reports', 'exercise-seeds.md'));
    // A hostile name is cleaned as the report's is: the same stem, inside reports/.
    expect(defaultWorksheetPath('../../pwned')).toBe(path.join('reports', 'exercise-pwned.md'));
    expect(defaultReportPath('../../pwned')).toBe(path.join('reports', 'pwned.md'));
    expect(answersPath('out/w.md')).toBe('out/w-answers.md');
    expect(answersPath('w')).toBe('w-answers.md');
    expect(parseSeed(undefined)).toBe(DEFAULT_SEED);
    expect(parseSeed('42')).toBe(42);
    for (const bad of ['-1', '1.5', 'x', '4294967296', '']) expect(() => parseSeed(bad)).toThrow(/--seed/);
  });
});

describe('wiretrace exercise and quiz (CLI)', () => {
  it('prints the documented JSON with --json', () => {
    const r = runCli(['exercise', '--json', '--seed', '3']);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json.seed).toBe(3);
    for (const q of json.questions) {
      expect(Object.keys(q)).toEqual(expect.arrayContaining(['id', 'type', 'prompt', 'passages', 'choices', 'answer', 'evidence']));
      expect(q.choices).toContain(q.answer);
    }
    expect(json).toEqual(JSON.parse(JSON.stringify(exerciseJson(buildExercise(result, 3)))));
  });

  it('writes the worksheet and the key with --out, and rejects a bad seed with exit 2', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'wiretrace-exercise-'));
    try {
      const out = path.join(dir, 'sheet.md');
      const r = runCli(['exercise', '--out', out, '--seed', '5']);
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(/^wrote .*sheet\.md and .*sheet-answers\.md \(\d+ questions\)\n$/);
      const e = buildExercise(result, 5);
      expect(readFileSync(out, 'utf8')).toBe(renderWorksheet(e));
      expect(readFileSync(path.join(dir, 'sheet-answers.md'), 'utf8')).toBe(renderAnswers(e));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    const bad = runCli(['exercise', '--seed', 'abc']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe('wiretrace: --seed must be a whole number from 0 to 4294967295, not "abc"\n');
  });

  it.each([
    [['--out', '-'], 'exercise writes two files, a worksheet and its answer key: --out needs a file name (--json prints the questions instead)'],
    [['--json', '--out', 'x.md'], '--out and --json cannot be used together: --json prints the questions and writes no file'],
  ])('refuses %j with exit 2 and writes nothing', (args, message) => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'wiretrace-exercise-'));
    try {
      const r = runCli(['exercise', ...args], { cwd: dir });
      expect([r.code, r.stderr, r.stdout]).toEqual([2, `wiretrace: ${message}\n`, '']);
      expect(readdirSync(dir)).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('quiz prints the worksheet when stdout is not a terminal', () => {
    const r = runCli(['quiz', '--seed', '2']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(renderWorksheet(buildExercise(result, 2)));
    expect(r.stderr).toMatch(/^wiretrace: warning: quiz needs a terminal/);
  });
});
