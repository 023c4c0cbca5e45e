/**
 * The data of a classroom exercise: questions built from an analysis, each with its answer and
 * the evidence for it. Plain, JSON-serialisable data; the worksheet, the answer key, `--json` and
 * the quiz all render this.
 */
import type { StorySelection } from './story-set.js';

export const QUESTION_TYPES = [
  'copied-or-original',
  'who-was-first',
  'spot-the-edits',
  'credit-check',
  'quote-or-copy',
  'which-outlet',
] as const;
/** The kinds of question, as `type` in the JSON. */
export type QuestionType = (typeof QUESTION_TYPES)[number];

/** Headings of the question types, as students read them. */
export const QUESTION_TITLES: Record<QuestionType, string> = {
  'copied-or-original': 'Copied, paraphrased or original?',
  'who-was-first': 'Who was first?',
  'spot-the-edits': 'Spot the edits',
  'credit-check': 'Credit check',
  'quote-or-copy': 'Quote or copy?',
  'which-outlet': 'Which outlet wrote this?',
};

/** A sentence of one document shown to students. */
export interface Passage {
  /** "A", "B", … within the question. */
  label: string;
  document: string;
  /** Outlet name; empty when the outlet is the point of the question and must not be shown. */
  outlet: string;
  segment: number;
  text: string;
}

/** One piece of a word-level diff between two passages (first → second). */
export interface DiffPart {
  kind: 'same' | 'removed' | 'added';
  text: string;
}

/** One question: what students see, the right answer, and the evidence for it. */
export interface Question {
  /** "q1", "q2", … in worksheet order. */
  id: string;
  type: QuestionType;
  /** The question, plain text (renderers escape it). */
  prompt: string;
  passages: Passage[];
  /** The options students pick from; `answer` is one of them. */
  choices: string[];
  /** The right choice, exactly as in `choices`. */
  answer: string;
  /** Why: lines quoted from the analysis (counterparts, attribution lines, fingerprints, edits). */
  evidence: string[];
  /** For questions comparing two versions: the word diff from passage A to passage B. */
  diff?: DiffPart[];
}

/** A classroom exercise: the questions and discussion built from one analysis (buildExercise). */
export interface Exercise {
  name: string;
  title?: string;
  seed: number;
  /** Outlets in document order, for the worksheet's list of material. */
  outlets: { document: string; outlet: string; file: string; published?: string }[];
  /** When the exercise uses fewer articles than the collection holds: which, and why (story-set.ts). */
  selection?: StorySelection;
  questions: Question[];
  /** Open questions for the class, with figures from the analysis. */
  discussion: string[];
}

/** A question before it gets its place in the worksheet. */
export interface Candidate {
  question: Omit<Question, 'id'>;
  /** Content the question shows ("unit:4", "rferl#12", "doc:rferl"): no two questions show the same. */
  uses: string[];
  /** Sub-kind for variety within a type (one of each is picked before a second of any). */
  flavor: string;
  /** Higher first when picking among a type's candidates (a clearer clue); default 0. */
  priority?: number;
}
