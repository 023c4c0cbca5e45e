/**
 * The exercise and the quiz of a large collection (300 generated documents, bench/synthetic-corpus.mjs:
 * words written for it, no data set): a worksheet on a bounded, coherent set of articles (the ones
 * most closely joined around the strongest reuse, or around a named article), which it names and
 * explains, with short choice lists, deterministic. The seeds' exercise uses all five articles
 * (exercise.test.ts).
 */
import { render } from 'ink-testing-library';
import { describe, expect, it } from 'vitest';
import { analyzeDocuments } from '../src/analyze.js';
import { buildExercise } from '../src/exercise/build-exercise.js';
import { exerciseJson } from '../src/exercise/exercise-json.js';
import { renderWorksheet } from '../src/exercise/render-worksheet.js';
import { seededRandom } from '../src/exercise/seeded-random.js';
import { chooseStorySet, EXERCISE_MAX_DOCUMENTS, restrictResult } from '../src/exercise/story-set.js';
import { storySetOptions } from '../src/exercise/parse-story-set.js';
import { QuizApp } from '../src/quiz/quiz-app.js';
import { rankedEdges } from '../src/summary/reuse-ranking.js';
import { toJson } from '../src/cli/json-output.js';
import { syntheticCorpus } from '../bench/synthetic-corpus.mjs';
import { seedsAnalysis } from './helpers.js';
import { expectValid } from './schema-validator.js';

const result = analyzeDocuments(syntheticCorpus(300, seededRandom(7)), { name: 'generated' });

describe('the exercise of 300 documents', () => {
  const exercise = buildExercise(result, 1);

  it('is built on at most 8 articles around the strongest reuse, and says which and why', () => {
    const top = rankedEdges(result)[0]!;
    const chosen = exercise.selection!.documents;
    expect(chosen.length).toBe(EXERCISE_MAX_DOCUMENTS);
    expect(exercise.selection!.of).toBe(300);
    expect(chosen).toContain(top.from);
    expect(chosen).toContain(top.to);
    expect(exercise.outlets.map((o) => o.document)).toEqual(chosen);
    // In the collection's order.
    const order = result.documents.map((d) => d.id);
    expect([...chosen].sort((a, b) => order.indexOf(a) - order.indexOf(b))).toEqual(chosen);
    // Coherent: every chosen article shares content with another chosen one.
    const view = restrictResult(result, chosen);
    const joined = new Set([...view.provenance.edges.flatMap((e) => [e.from, e.to]), ...(view.provenance.similar ?? []).flatMap((p) => p.documents)]);
    for (const id of chosen) expect(joined.has(id)).toBe(true);
    const worksheet = renderWorksheet(exercise);
    expect(worksheet).toMatch(/This worksheet uses 8 of the 300 articles, around the collection's strongest reuse \(/);
    expect(worksheet.split('\n').filter((l) => /^\| \d+ \|/.test(l))).toHaveLength(8);
    expect(JSON.parse(toJson(exerciseJson(exercise))).selection.documents).toEqual(chosen);
    expectValid('exercise', exerciseJson(exercise));
  });

  it('asks questions only about the chosen articles, with short choice lists and evidence among them', () => {
    const chosen = new Set(exercise.selection!.documents);
    expect(exercise.questions.length).toBeGreaterThan(3);
    for (const q of exercise.questions) {
      expect(q.choices.length).toBeLessThanOrEqual(EXERCISE_MAX_DOCUMENTS);
      for (const p of q.passages) expect(chosen.has(p.document)).toBe(true);
    }
    const names = new Set(result.documents.filter((d) => !chosen.has(d.id)).map((d) => d.outlet.name));
    for (const q of exercise.questions.filter((x) => x.type === 'copied-or-original'))
      for (const line of q.evidence) for (const n of names) expect(line.includes(`${n} (`)).toBe(false);
  });

  it('is deterministic, and a different size or centre gives another set', () => {
    expect(toJson(exerciseJson(buildExercise(result, 1)))).toBe(toJson(exerciseJson(exercise)));
    expect(buildExercise(result, 1, { articles: 4 }).selection!.documents).toHaveLength(4);
    const far = result.documents.find((d) => !exercise.selection!.documents.includes(d.id) && result.provenance.edges.some((e) => e.from === d.id || e.to === d.id))!;
    const around = buildExercise(result, 1, storySetOptions(result, undefined, far.outlet.name));
    expect(around.selection!.documents).toContain(far.id);
    expect(around.selection!.reason).toContain(`around ${far.outlet.name}`);
    expect(() => storySetOptions(result, undefined, 'no such outlet')).toThrow(/--around: no article of the collection is named "no such outlet"/);
    const alone = result.documents.find((d) => !result.provenance.edges.some((e) => e.from === d.id || e.to === d.id) && !(result.provenance.similar ?? []).some((s) => s.documents.includes(d.id)));
    expect(alone).toBeDefined();
    expect(() => storySetOptions(result, undefined, alone!.id)).toThrow(/shares no content with any other article/);
  });

  it('the quiz says which articles it uses, and its choices stay short', () => {
    const ui = render(<QuizApp exercise={exercise} />);
    const frame = ui.lastFrame()!;
    expect(frame).toContain('This quiz uses 8 of the 300 articles');
    expect(frame).toContain('Question 1 of');
    expect(frame.split('\n').filter((l) => /^\s*\[?[1-9a-z]\]?\s/.test(l)).length).toBeLessThanOrEqual(EXERCISE_MAX_DOCUMENTS + 2);
    ui.unmount();
  });

  it('leaves a small collection whole: the seeds use all five articles', () => {
    const seeds = seedsAnalysis();
    expect(chooseStorySet(seeds)).toBe(undefined);
    expect(buildExercise(seeds, 1).selection).toBe(undefined);
  });
});
