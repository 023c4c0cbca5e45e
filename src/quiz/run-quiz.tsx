/** Runs the quiz on the terminal until it ends or the student quits. */
import { render } from 'ink';
import type { Exercise } from '../exercise/question.js';
import { QuizApp } from './quiz-app.js';

export async function runQuiz(exercise: Exercise): Promise<void> {
  const app = render(<QuizApp exercise={exercise} />, { exitOnCtrlC: false });
  await app.waitUntilExit();
}
