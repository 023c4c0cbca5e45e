/**
 * The interactive quiz (Ink), driven with ink-testing-library: answering right and wrong, the
 * evidence shown, the score, the summary, and `q` quitting. Questions come from the seeds.
 */
import { render } from 'ink-testing-library';
import { describe, expect, it } from 'vitest';
import { buildExercise } from '../src/exercise/build-exercise.js';
import type { Exercise } from '../src/exercise/question.js';
import { choiceKey, initialQuizState, quizReducer } from '../src/quiz/quiz-state.js';
import { QuizApp } from '../src/quiz/quiz-app.js';
import { seedsAnalysis } from './helpers.js';

const full = buildExercise(seedsAnalysis(), 1);
/** The first three questions: a short quiz. */
const short: Exercise = { ...full, questions: full.questions.slice(0, 3) };
const rightKey = (i: number): string => choiceKey(short.questions[i]!.choices.indexOf(short.questions[i]!.answer));
const wrongKey = (i: number): string => choiceKey(short.questions[i]!.choices.findIndex((c) => c !== short.questions[i]!.answer));

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
let current: ReturnType<typeof render> | undefined;
/** Wait until the screen stops changing (three equal frames in a row), at most about 2 s. */
async function tick() {
  let last = current?.lastFrame();
  for (let same = 0, n = 0; same < 3 && n < 200; n++) {
    await sleep(10);
    const now = current?.lastFrame();
    same = now === last ? same + 1 : 0;
    last = now;
  }
}
async function press(stdin: { write: (s: string) => void }, ...keys: string[]) {
  for (const k of keys) {
    stdin.write(k);
    await tick();
  }
}
function start(exercise: Exercise) {
  current = render(<QuizApp exercise={exercise} />);
  return current;
}
const flat = (s: string | undefined): string => (s ?? '').replace(/\s+/g, ' ');

describe('quiz', () => {
  it('shows the first question with its passages and choices', async () => {
    const app = start(short);
    await tick();
    const q = short.questions[0]!;
    const frame = flat(app.lastFrame());
    expect(frame).toContain('Question 1 of 3');
    expect(frame).toContain(flat(q.prompt).slice(0, 40));
    for (const [i, c] of q.choices.entries()) expect(frame).toContain(`${choiceKey(i)}) ${c.slice(0, 20)}`);
    app.unmount();
  });

  it('marks a right answer, shows the evidence and counts it', async () => {
    const app = start(short);
    await tick();
    await press(app.stdin, rightKey(0));
    const frame = flat(app.lastFrame());
    expect(frame).toContain('✓ Right.');
    expect(frame).toContain('Evidence:');
    expect(frame).toContain(flat(short.questions[0]!.evidence[0]!).slice(0, 30));
    expect(frame).toContain('score 1/1');
    app.unmount();
  });

  it('marks a wrong answer and gives the right one', async () => {
    const app = start(short);
    await tick();
    await press(app.stdin, wrongKey(0));
    const frame = flat(app.lastFrame());
    expect(frame).toContain(`✗ Not quite. The answer is ${rightKey(0)}) ${flat(short.questions[0]!.answer)}`);
    expect(frame).toContain('score 0/1');
    app.unmount();
  });

  it('ignores keys that are not a choice, goes on with Enter and ends with the summary', async () => {
    const app = start(short);
    await tick();
    await press(app.stdin, 'z', '9');
    expect(flat(app.lastFrame())).toContain('Question 1 of 3');
    expect(flat(app.lastFrame())).not.toContain('Evidence:');
    await press(app.stdin, rightKey(0), '\r', wrongKey(1), '\r');
    expect(flat(app.lastFrame())).toContain('Question 3 of 3');
    await press(app.stdin, rightKey(2), '\r');
    const frame = flat(app.lastFrame());
    expect(frame).toContain('Quiz over');
    expect(frame).toContain('Score: 2 of 3 right (67%)');
    expect(frame).toContain('To look at again:');
    expect(frame).toContain(`q2 `);
    expect(frame).not.toContain('stopped');
    app.unmount();
  });

  it('quits on q with the score so far', async () => {
    const app = start(short);
    await tick();
    await press(app.stdin, rightKey(0), '\r', 'q');
    const frame = flat(app.lastFrame());
    expect(frame).toContain('Quiz over (stopped after 1 of 3 questions)');
    expect(frame).toContain('Score: 1 of 1 right (100%)');
    // Further keys change nothing: the app has exited.
    await press(app.stdin, 'a');
    expect(flat(app.lastFrame())).toContain('Quiz over');
    app.unmount();
  });

  it('strips terminal control sequences from article text', async () => {
    const q = short.questions.find((x) => x.passages.length > 0)!;
    const hostile: Exercise = { ...short, questions: [{ ...q, passages: q.passages.map((p) => ({ ...p, text: `${p.text}\u001b]0;pwned\u0007\u001b[2J` })) }] };
    const app = start(hostile);
    await tick();
    expect(app.lastFrame()).not.toMatch(/\u001b\]|\u0007|\u001b\[2J/);
    app.unmount();
  });
});

describe('quiz state', () => {
  it('scores a whole run through the reducer', () => {
    const step = quizReducer(short.questions);
    let s = initialQuizState;
    for (const [i, q] of short.questions.entries()) {
      s = step(s, { kind: 'choose', choice: q.choices.indexOf(q.answer) });
      expect(s.phase).toBe('answered');
      s = step(s, { kind: 'choose', choice: 0 });
      expect(s.results.length).toBe(i + 1);
      s = step(s, { kind: 'next' });
    }
    expect(s.phase).toBe('done');
    expect(s.quit).toBe(false);
    expect(s.results.every((r) => r.right)).toBe(true);
  });
});
