/** The quiz's state and keys: a–p or 1–9 answer, Enter or space goes on, q (or Ctrl+C) quits. */
import { useApp, useInput } from 'ink';
import { useEffect, useMemo, useReducer } from 'react';
import type { Question } from '../../exercise/question.js';
import { choiceFromKey, initialQuizState, MAX_CHOICES, quizReducer, type QuizState } from '../quiz-state.js';

export function useQuiz(questions: readonly Question[]): QuizState {
  const reducer = useMemo(() => quizReducer(questions), [questions]);
  const [state, dispatch] = useReducer(reducer, questions.length === 0 ? { ...initialQuizState, phase: 'done' } : initialQuizState);
  const { exit } = useApp();

  // The handler reads no state: the reducer ignores a key that does not fit the current phase.
  useInput((input, key) => {
    if (input === 'q' || input === 'Q' || (key.ctrl && input === 'c')) dispatch({ kind: 'quit' });
    else if (key.return || input === ' ') dispatch({ kind: 'next' });
    else {
      const choice = choiceFromKey(input, MAX_CHOICES);
      if (choice !== undefined) dispatch({ kind: 'choose', choice });
    }
  });

  useEffect(() => {
    if (state.phase === 'done') exit();
  }, [state.phase, exit]);

  return state;
}
