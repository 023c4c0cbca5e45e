/** The exercise as printed by `wiretrace exercise --json` (schema/exercise.schema.json; README). */
import { SCHEMA_VERSION } from '../types.js';
import type { Exercise } from './question.js';

/** An exercise as JSON data: the exercise with the contract's version (schema/exercise.schema.json). */
export type ExerciseJson = { schemaVersion: number } & Exercise;

/** What `wiretrace exercise --json` prints: the exercise with `schemaVersion`, keys in a fixed order. */
export function exerciseJson(e: Exercise): ExerciseJson {
  return {
    schemaVersion: SCHEMA_VERSION,
    name: e.name,
    ...(e.title !== undefined ? { title: e.title } : {}),
    seed: e.seed,
    outlets: e.outlets,
    ...(e.selection ? { selection: e.selection } : {}),
    questions: e.questions.map((q) => ({
      id: q.id,
      type: q.type,
      prompt: q.prompt,
      passages: q.passages,
      choices: q.choices,
      answer: q.answer,
      evidence: q.evidence,
      ...(q.diff ? { diff: q.diff } : {}),
    })),
    discussion: e.discussion,
  };
}
