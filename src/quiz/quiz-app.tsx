/** The quiz screen: the current question, then the feedback, and at the end the summary. */
import { Box, Text } from 'ink';
import type { Exercise } from '../exercise/question.js';
import { selectionLine } from '../exercise/render-worksheet.js';
import { sanitizeForTerminal } from '../terminal/sanitize.js';
import { FeedbackPanel } from './components/feedback-panel.js';
import { QuestionCard } from './components/question-card.js';
import { QuizSummary } from './components/quiz-summary.js';
import { useQuiz } from './hooks/use-quiz.js';
import { scoreOf } from './quiz-state.js';

export function QuizApp({ exercise }: { exercise: Exercise }) {
  const { questions } = exercise;
  const state = useQuiz(questions);
  const score = scoreOf(state, questions.length);
  if (state.phase === 'done') return <QuizSummary state={state} score={score} />;
  const question = questions[state.index]!;
  const result = state.phase === 'answered' ? state.results[state.results.length - 1] : undefined;
  const selection = selectionLine(exercise, 'quiz');
  return (
    <Box flexDirection="column">
      {selection && state.index === 0 ? (
        <Box marginBottom={1}>
          <Text dimColor>{sanitizeForTerminal(selection)}</Text>
        </Box>
      ) : null}
      <QuestionCard question={question} index={state.index} score={score} {...(result ? { chosen: result.chosen } : {})} />
      {result ? <FeedbackPanel question={question} right={result.right} last={state.index === questions.length - 1} /> : null}
    </Box>
  );
}
