import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { classifyPair, mayRelate, pairEvidence } from '../src/classify/classify-pair.js';
import { FEATURES, FEATURE_GROUPS, FEATURE_NAMES, pairBasis } from '../src/classify/features.js';
import { fitLogistic, predict } from '../src/classify/logistic.js';
import { MODEL_URL, parseModel, shippedModel } from '../src/classify/paraphrase-model.js';
import { prepareText } from '../src/classify/prepared-text.js';
import { related, relatedEntries, synsets, synsetsRelated, type SynsetEntry } from '../src/classify/synonyms.js';
import { stem } from '../src/text/stems.js';
import type { MeaningChange, PairRelation } from '../src/types.js';
import { SCHEMA_VERSION } from '../src/types.js';
import { meaningChanges } from '../src/classify/meaning-changes.js';
import { doc, runCli, seedsAnalysis, segment } from './helpers.js';

const classify = (x: string, y: string) => classifyPair(prepareText(x), prepareText(y));

describe('the classifier on sentences of the seeds', () => {
  const r = seedsAnalysis();
  const text = (id: string, needle: string) => segment(r, id, needle).text;

  it.each<[string, [string, string], [string, string], PairRelation]>([
    ['identical: quote styles differ', ['rferl', 'The Kremlin called the report'], ['reuters', 'The Kremlin called the report'], 'identical'],
    ['near-verbatim: a dropped ticker', ['rferl', 'Microsoft said two weeks ago'], ['reuters', 'Microsoft MSFT.O said'], 'near-verbatim'],
    [
      'paraphrase: "meddled … with the goal of getting Trump elected" vs "interfered … with the aim of tilting it in Trump\'s favour"',
      ['ibtimes', 'deliberately meddled'],
      ['reuters', 'with the aim of tilting it'],
      'paraphrase',
    ],
    ['none: different reporting on the same story', ['polygraph', 'Mueller indicted 13 Russian nationals'], ['reuters', 'post-Cold War lows'], 'none'],
    [
      'paraphrase: one quotation framed two ways ("Evanina said … "using a range of measures" to "denigrate …"" vs "the report stated")',
      ['axios', 'using a range of measures'],
      ['polygraph', 'We assess that Russia is using'],
      'paraphrase',
    ],
    [
      'none: a claim and its denial ("concluded that Russia … meddled" vs "disputed that Russia helped him win")',
      ['ibtimes', 'deliberately meddled'],
      ['polygraph', 'have repeatedly disputed'],
      'none',
    ],
  ])('%s', (_, [da, na], [db, nb], relation) => {
    const a = prepareText(text(da, na));
    const b = prepareText(text(db, nb));
    expect(classifyPair(a, b).relation).toBe(relation);
    expect(classifyPair(b, a)).toEqual(classifyPair(a, b));
  });

  it('computes every feature the same both ways round, and never prunes a pair that relates (mayRelate is an upper bound), across two whole articles', () => {
    const sentences = (id: string) =>
      doc(r, id)
        .segments.filter((s) => s.label !== 'boilerplate')
        .map((s) => prepareText(s.text));
    let related = 0;
    for (const a of sentences('ibtimes'))
      for (const b of sentences('reuters')) {
        const basis = [pairBasis(a, b), pairBasis(b, a)];
        for (const f of FEATURE_NAMES) expect(FEATURES[f](basis[0]!), f).toBe(FEATURES[f](basis[1]!));
        if (classifyPair(a, b).relation === 'none') continue;
        related++;
        expect(mayRelate(a, b)).toBe(true);
      }
    expect(related).toBeGreaterThan(3);
  });
});

describe('what a near-verbatim copy changes besides wording', () => {
  it.each<[string, string, string, MeaningChange[]]>([
    [
      'a figure',
      'The company said on Tuesday that quarterly profit rose to $3 billion as sales of its phones grew strongly in Asia.',
      'The company said on Tuesday that quarterly profit rose to $30 billion as sales of its phones grew strongly in Asia.',
      ['number'],
    ],
    [
      'a negation, replacing a word',
      'Shares of the company rose sharply in early trading on Wall Street after the results were published.',
      'Shares of the company did not rise in early trading on Wall Street after the results were published.',
      ['negation'],
    ],
    [
      'a bare negation added',
      'The minister said the report about the budget deficit was true and would be published next week.',
      'The minister said the report about the budget deficit was not true and would be published next week.',
      ['negation'],
    ],
    [
      'nothing: a date written out',
      'Putin called on Friday for a reset between Russia and the United States ahead of the election on Nov. 3, 2020.',
      'Putin called on Friday for a reset between Russia and the United States ahead of the election on November 3, 2020.',
      [],
    ],
    [
      'nothing: a clause with a number cut',
      'The council voted on Tuesday to close the bridge, which carries 9,000 vehicles a day, to heavy trucks.',
      'The council voted on Tuesday to close the bridge to heavy trucks.',
      [],
    ],
    [
      'nothing: a clause with a negation cut',
      'The council voted on Tuesday to close the bridge to heavy trucks, a decision the mayor did not support.',
      'The council voted on Tuesday to close the bridge to heavy trucks.',
      [],
    ],
    ...(
      [
        ['figures swapped', 'There were 3 men and 5 women', 'There were 5 men and 3 women', ['number']],
        ['a decimal point dropped', 'It will cost $4.5 billion', 'It will cost $45 billion', ['number']],
        ['negations moved', 'The bridge is not safe and the repairs were finished', 'The bridge is safe and the repairs were not finished', ['negation']],
        ['nothing: a time written another way', 'The vote was held at 3:30 p.m.', 'The vote was held at 3.30pm', []],
        ['nothing: billions abbreviated', 'The plan will cost $3 billion', 'The plan will cost $3bn', []],
        ['nothing: millions written out', 'The plan will cost $40m', 'The plan will cost $40 million', []],
        ['nothing: an ordinal suffix', 'The vote is due on November 3rd', 'The vote is due on November 3', []],
        ['nothing: a score written out', 'The council backed the plan 7-2', 'The council backed the plan 7 to 2', []],
        ['nothing: a thousands separator', 'The bridge carries 9,000 vehicles', 'The bridge carries 9000 vehicles', []],
        ['nothing: "failed to" for "did not"', 'The council failed to pass the plan', 'The council did not pass the plan', []],
      ] as [string, string, string, MeaningChange[]][]
    ).map(([name, x, y, c]): [string, string, string, MeaningChange[]] => [
      name,
      `${x} after a long debate at the town hall on Tuesday evening, officials said in a statement.`,
      `${y} after a long debate at the town hall on Tuesday evening, officials said in a statement.`,
      c,
    ]),
  ])('%s', (_name, x, y, changes) => {
    const a = prepareText(x);
    const b = prepareText(y);
    expect(classifyPair(a, b).relation).toBe('near-verbatim');
    expect(meaningChanges(a, b)).toEqual(changes);
    expect(meaningChanges(b, a)).toEqual(changes);
  });

  it('finds none among the seeds\' copies (dates and spellings differ, figures do not)', () => {
    const r = seedsAnalysis();
    const verbatim = r.documents.flatMap((d) => d.segments.flatMap((s) => s.matches.filter((m) => m.relation === 'near-verbatim')));
    expect(verbatim.length).toBeGreaterThan(10);
    for (const m of verbatim) expect(m).not.toHaveProperty('changes');
  });
});

describe('one quotation framed two ways', () => {
  const quote = '"has never interfered and will never interfere in the elections of other countries"';
  const putin = prepareText(`Putin said on Friday that Russia ${quote}.`);
  it('is a paraphrase and a shared quote by the quotation alone, either way round', () => {
    const kremlin = prepareText(`The Kremlin insisted in a statement that Russia ${quote}, a spokesman told reporters.`);
    expect(pairEvidence(putin, kremlin).rule).toBe('shared-quotation');
    expect(classifyPair(putin, kremlin)).toEqual(classifyPair(kremlin, putin));
    expect(classifyPair(putin, kremlin).relation).toBe('paraphrase');
    expect(mayRelate(putin, kremlin)).toBe(true);
  });
  it('but not by the quotation alone when one frame denies it', () => {
    const denial = prepareText(`U.S. officials rejected the claim that Russia ${quote}, a spokesman said.`);
    expect(pairEvidence(putin, denial).rule).toBeUndefined();
    expect(pairEvidence(denial, putin).rule).toBeUndefined();
  });
});

describe('the classifier on MRPC-style pairs (written for these tests)', () => {
  it.each<[string, string, PairRelation]>([
    [
      'The company said on Tuesday that quarterly profit rose 12 percent, beating analysts\' forecasts.',
      'Quarterly profit climbed 12 percent, the company said Tuesday, topping what analysts had expected.',
      'paraphrase',
    ],
    [
      'Officials said the minister meddled in the inquiry with the goal of protecting his ally.',
      'The minister interfered in the investigation with the aim of shielding his ally, officials said.',
      'paraphrase',
    ],
    ['Lawmakers approved the budget late on Thursday by a vote of 52 to 48.', 'The budget was passed by lawmakers late Thursday in a 52-48 vote.', 'paraphrase'],
    [
      'Police arrested two men in connection with the robbery, a spokesman said.',
      'Two men have been detained over the robbery, according to a police spokesman.',
      'paraphrase',
    ],
    [
      'The storm knocked out power to about 200,000 homes across the state on Sunday night.',
      'The storm knocked out power to about 200,000 homes across the state on Sunday night, officials said.',
      'near-verbatim',
    ],
    [
      "The judge told him: ``You knew there were children asleep in that building.''",
      'The judge told him: “You knew there were children asleep in that building.”',
      'identical',
    ],
    ["He called it ''a disgrace'' and walked out.", 'He called it "a disgrace" and walked out.', 'identical'],
    [
      'Shares of the retailer fell 3 percent to $41.20 in early trading on Monday.',
      "The retailer's chief executive resigned on Monday after eight years in the job.",
      'none',
    ],
    [
      'The central bank raised interest rates by half a point to 4.5 percent.',
      'The central bank left interest rates unchanged at 4 percent, citing slowing growth.',
      'none',
    ],
  ])('"%s" / "%s": %s', (x, y, relation) => {
    expect(classify(x, y).relation).toBe(relation);
    expect(classify(y, x)).toEqual(classify(x, y));
  });

  it('gives every feature the same value both ways round, within [0, 1]', () => {
    const x = prepareText('Russia has denied it is attempting to interfere in the 2020 U.S. campaign, the Kremlin said on Friday.');
    const y = prepareText('The Kremlin on Friday again denied that Moscow meddles in U.S. elections, calling the accusations "absurd".');
    for (const f of FEATURE_NAMES) {
      const ab = FEATURES[f](pairBasis(x, y));
      expect(ab, f).toBe(FEATURES[f](pairBasis(y, x)));
      expect(ab, f).toBeGreaterThanOrEqual(0);
      expect(ab, f).toBeLessThanOrEqual(1);
    }
  });
});

describe('WordNet synonym table', () => {
  const rel = (x: string, y: string) => related(stem(x), stem(y));
  it('relates synonyms and direct hypernyms', () => {
    expect(rel('meddled', 'interfered')).toBe(true);
    expect(rel('aim', 'goal')).toBe(true);
    expect(rel('purchase', 'buy')).toBe(true);
  });
  it('does not relate siblings or unrelated words', () => {
    expect(rel('monday', 'tuesday')).toBe(false);
    expect(rel('election', 'banana')).toBe(false);
    expect(rel('xyzzyplugh', 'interfere')).toBe(false);
  });

  it('finds the related stems of two lists as comparing every pair does', () => {
    const pairwise = (xs: SynsetEntry[], ys: SynsetEntry[]) => {
      const fx = new Uint8Array(xs.length);
      const fy = new Uint8Array(ys.length);
      xs.forEach((x, i) => ys.forEach((y, j) => void (synsetsRelated(x, y) && (fx[i] = fy[j] = 1))));
      return [[...fx], [...fy]];
    };
    // Small synset ids so that lists meet often; 0 and 65535 at the ends of the id range.
    const ids = fc.uniqueArray(fc.oneof(fc.integer({ min: 0, max: 40 }), fc.constantFrom(0, 65535)), { maxLength: 6 }).map((a) => Uint16Array.from(a.sort((p, q) => p - q)));
    const entry = fc.record({ own: ids, related: ids });
    fc.assert(
      fc.property(fc.array(entry, { maxLength: 8 }), fc.array(entry, { maxLength: 40 }), (xs, ys) => {
        const [fx, fy] = relatedEntries(xs, ys);
        expect([[...fx], [...fy]]).toEqual(pairwise(xs, ys));
      }),
      { numRuns: 400 },
    );
    // Real entries: "meddle" and "interfere" share a synset, "banana" relates to neither.
    const e = (w: string) => synsets(stem(w));
    const [fx, fy] = relatedEntries([e('meddled'), e('banana')], [e('election'), e('interfered')]);
    expect([...fx]).toEqual([1, 0]);
    expect([...fy]).toEqual([0, 1]);
  });
});

describe('the shipped model', () => {
  it('names known features, one weight each, with a threshold and MRPC provenance', () => {
    const raw = JSON.parse(readFileSync(MODEL_URL, 'utf8')) as { features: string[]; weights: number[]; description: string; threshold: number };
    const model = shippedModel();
    expect(model.features).toEqual(raw.features);
    expect(new Set(model.features).size).toBe(model.features.length);
    for (const f of model.features) expect(FEATURE_NAMES).toContain(f);
    expect(model.weights).toHaveLength(model.features.length);
    for (const w of [...model.weights, model.bias]) expect(Number.isFinite(w)).toBe(true);
    expect(model.threshold).toBeGreaterThan(0);
    expect(model.threshold).toBeLessThan(1);
    expect(raw.description).toMatch(/Microsoft Research Paraphrase Corpus/);
    expect(raw.description).toMatch(/non-commercial/);
  });

  it('puts every feature in exactly one ablation group', () => {
    const grouped = Object.values(FEATURE_GROUPS).flat();
    expect([...grouped].sort()).toEqual([...FEATURE_NAMES].sort());
  });

  it('rejects a model file naming an unknown feature or with a missing weight', () => {
    expect(() => parseModel(JSON.stringify({ features: ['noSuchFeature'], weights: [1], bias: 0, threshold: 0.5 }))).toThrow(/unknown feature/);
    expect(() => parseModel(JSON.stringify({ features: ['lcsMax', 'charDice'], weights: [1], bias: 0, threshold: 0.5 }))).toThrow(/one weight per feature/);
  });
});

describe('logistic regression', () => {
  const xs = [[0, 1], [0.2, 0.9], [0.4, 0.5], [0.6, 0.4], [0.8, 0.2], [1, 0], [0.3, 0.3], [0.7, 0.8]];
  const ys = [0, 0, 0, 1, 1, 1, 0, 1];
  it('fits deterministically and separates the classes', () => {
    const m = fitLogistic(xs, ys);
    expect(fitLogistic(xs, ys)).toEqual(m);
    expect(predict(m, [0.9, 0.1])).toBeGreaterThan(0.5);
    expect(predict(m, [0.1, 0.9])).toBeLessThan(0.5);
  });
  it('keeps constrained weights non-negative', () => {
    const m = fitLogistic(xs, ys, { nonNegative: [1] });
    expect(fitLogistic(xs, ys).weights[1]).toBeLessThan(0);
    expect(m.weights[1]).toBe(0);
  });
});

describe('wiretrace pairs', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'wiretrace-pairs-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('classifies each pair of an MRPC-format file, in input order, with the classifier analyze uses', () => {
    const file = path.join(dir, 'pairs.tsv');
    const a = 'The storm knocked out power to about 200,000 homes across the state on Sunday night.';
    const b = 'The storm knocked out power to about 200,000 homes across the state on Sunday night, officials said.';
    const c = 'The central bank left interest rates unchanged at 4 percent, citing "slowing growth".';
    writeFileSync(file, `\uFEFFQuality\t#1 ID\t#2 ID\t#1 String\t#2 String\n1\t11\t12\t${a}\t${b}\n0\t21\t22\t${a}\t${c}\n`);
    const r = runCli(['pairs', file]);
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines).toEqual([
      { schemaVersion: SCHEMA_VERSION, id1: '11', id2: '12', relation: 'near-verbatim', score: classify(a, b).score },
      { schemaVersion: SCHEMA_VERSION, id1: '21', id2: '22', relation: 'none', score: classify(a, c).score },
    ]);
  });

  it('rejects a malformed file with one line on stderr and exit code 1', () => {
    const file = path.join(dir, 'bad.tsv');
    writeFileSync(file, 'Quality\t#1 ID\t#2 ID\t#1 String\t#2 String\n1\tonly three\tfields\n');
    const r = runCli(['pairs', file]);
    expect(r.code).toBe(1);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/^wiretrace: .*expected 5 tab-separated fields/);
  });

  const HEADER = 'line 1: expected the header "Quality, #1 ID, #2 ID, #1 String, #2 String" (5 tab-separated fields), found';
  it.each([
    ['a file that is not in MRPC\'s format', 'garbage\n', `${HEADER} 1 field`],
    ['pairs without the header (the first would be lost)', '1\t1\t2\tThe cat sat.\tThe cat sat.\n0\t3\t4\tA b c.\tD e f.\n', `${HEADER} "1" first`],
    ['a header and no pairs', 'Quality\t#1 ID\t#2 ID\t#1 String\t#2 String\n\n', 'no sentence pairs after the header line'],
  ])('rejects %s: one line, exit 1', (_name, content, message) => {
    const file = path.join(dir, 'odd.tsv');
    writeFileSync(file, content);
    const r = runCli(['pairs', file]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(`wiretrace: ${file}: ${message}\n`);
  });
});
