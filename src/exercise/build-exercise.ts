/**
 * Builds an exercise from an analysis: every question type's candidates, a seeded pick (variety
 * within each type, no passage shown twice), a seeded order, and the discussion questions.
 * Reads the AnalysisResult only. The same result and seed give the same exercise.
 */
import path from 'node:path';
import type { AnalysisResult } from '../types.js';
import { copiedOrOriginalQuestions } from './copied-or-original.js';
import { creditCheckQuestions } from './credit-check.js';
import { discussionQuestions } from './discussion.js';
import type { Candidate, Exercise, Question, QuestionType } from './question.js';
import { quoteOrCopyQuestions } from './quote-or-copy.js';
import { seededRandom, shuffled, type Random } from './seeded-random.js';
import { spotTheEditsQuestions } from './spot-the-edits.js';
import { storyOf } from './story.js';
import { chooseStorySet, restrictResult, type StorySetOptions } from './story-set.js';
import { whichOutletQuestions } from './which-outlet.js';
import { whoWasFirstQuestions } from './who-was-first.js';

export const DEFAULT_SEED = 1;

/** How many questions of each type, at most. The order is the order in which types pick passages. */
export const QUOTAS: [QuestionType, number][] = [
  ['who-was-first', 2],
  ['spot-the-edits', 2],
  ['quote-or-copy', 3],
  ['credit-check', 2],
  ['copied-or-original', 3],
  ['which-outlet', 2],
];

/** Up to `quota` candidates: highest priority first, then one of each flavour in turn, skipping content already used. */
function pick(candidates: Candidate[], quota: number, used: Set<string>, random: Random): Candidate[] {
  const ordered = shuffled(candidates, random).sort((a, b) => (b.priority ?? 0) - (a.priority ?? 0));
  const flavors = [...new Set(ordered.map((c) => c.flavor))];
  const picked: Candidate[] = [];
  let progress = true;
  while (picked.length < quota && progress) {
    progress = false;
    for (const flavor of flavors) {
      if (picked.length >= quota) break;
      const c = ordered.find((x) => x.flavor === flavor && !picked.includes(x) && x.uses.every((u) => !used.has(u)));
      if (!c) continue;
      picked.push(c);
      for (const u of c.uses) used.add(u);
      progress = true;
    }
  }
  return picked;
}

/**
 * A classroom exercise read off an analysis (README, "Classroom exercises"): questions of up to
 * six types, each with its answer and evidence, and discussion questions. `seed` (a whole number
 * from 0 to 4294967295, default 1) picks the passages and orders questions and choices; the same
 * result and seed always give the same exercise. A collection of more than EXERCISE_MAX_DOCUMENTS
 * articles (or `options.articles`) gives an exercise on the ones most closely joined around its
 * strongest reuse, or around `options.around` (story-set.ts); `selection` says which and why.
 */
export function buildExercise(full: AnalysisResult, seed = DEFAULT_SEED, options: StorySetOptions = {}): Exercise {
  const selection = chooseStorySet(full, options);
  const result = selection ? restrictResult(full, selection.documents) : full;
  const story = storyOf(result);
  const random = seededRandom(seed);
  const builders: Record<QuestionType, () => Candidate[]> = {
    'who-was-first': () => whoWasFirstQuestions(story, random),
    'spot-the-edits': () => spotTheEditsQuestions(story, random),
    'quote-or-copy': () => quoteOrCopyQuestions(story, random),
    'credit-check': () => creditCheckQuestions(story),
    'copied-or-original': () => copiedOrOriginalQuestions(story),
    'which-outlet': () => whichOutletQuestions(story),
  };
  const used = new Set<string>();
  const picked = QUOTAS.flatMap(([type, quota]) => pick(builders[type](), quota, used, random));
  const questions: Question[] = shuffled(picked, random).map((c, i) => ({ id: `q${i + 1}`, ...c.question }));
  const exercise: Exercise = {
    name: result.name,
    seed,
    outlets: result.documents.map((d) => ({
      document: d.id,
      outlet: d.outlet.name,
      file: path.basename(d.file),
      ...(d.outlet.published !== undefined ? { published: d.outlet.published } : {}),
    })),
    ...(selection ? { selection } : {}),
    questions,
    discussion: discussionQuestions(story),
  };
  if (result.title !== undefined) exercise.title = result.title;
  return exercise;
}
