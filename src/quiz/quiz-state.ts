/**
 * The quiz as a pure state machine: ask → answered (right or wrong) → next question … → done.
 * `quit` ends it at any point. The score counts the questions answered.
 */
import type { Question } from '../exercise/question.js';

export interface QuizResult {
  question: Question;
  chosen: number;
  right: boolean;
}

export interface QuizState {
  index: number;
  phase: 'asking' | 'answered' | 'done';
  results: QuizResult[];
  /** True when the student quit before the last question. */
  quit: boolean;
}

export type QuizAction = { kind: 'choose'; choice: number } | { kind: 'next' } | { kind: 'quit' };

export const initialQuizState: QuizState = { index: 0, phase: 'asking', results: [], quit: false };

export function quizReducer(questions: readonly Question[]) {
  return (state: QuizState, action: QuizAction): QuizState => {
    if (state.phase === 'done') return state;
    if (action.kind === 'quit') return { ...state, phase: 'done', quit: state.index < questions.length - 1 || state.phase === 'asking' };
    const question = questions[state.index];
    if (!question) return { ...state, phase: 'done' };
    if (action.kind === 'choose') {
      if (state.phase !== 'asking' || action.choice < 0 || action.choice >= question.choices.length) return state;
      const right = question.choices[action.choice] === question.answer;
      return { ...state, phase: 'answered', results: [...state.results, { question, chosen: action.choice, right }] };
    }
    if (state.phase !== 'answered') return state;
    const index = state.index + 1;
    return index >= questions.length ? { ...state, phase: 'done' } : { ...state, index, phase: 'asking' };
  };
}

export interface Score {
  right: number;
  answered: number;
  total: number;
}

export function scoreOf(state: QuizState, total: number): Score {
  return { right: state.results.filter((r) => r.right).length, answered: state.results.length, total };
}

/** The key a choice is picked with: a, b, c… (1, 2, 3… work too). */
export const choiceKey = (i: number): string => String.fromCharCode(97 + i);

/** Choices are picked with a–p: at most 16. */
export const MAX_CHOICES = 16;

/** Which choice a key press picks, if any. `q` is never a choice: it quits. */
export function choiceFromKey(input: string, count: number): number | undefined {
  const k = input.toLowerCase();
  let i = -1;
  if (/^[1-9]$/.test(k)) i = Number(k) - 1;
  else if (/^[a-p]$/.test(k)) i = k.charCodeAt(0) - 97;
  return i >= 0 && i < count ? i : undefined;
}
