import { Box, Text } from 'ink';
import { QUESTION_TITLES, QUESTION_TYPES } from '../../exercise/question.js';
import { sanitizeForTerminal } from '../../terminal/sanitize.js';
import type { QuizState, Score } from '../quiz-state.js';

/** The end: score, score by question type, and the answers missed. */
export function QuizSummary({ state, score }: { state: QuizState; score: Score }) {
  const percent = score.answered === 0 ? 0 : Math.round((score.right / score.answered) * 100);
  const byType = QUESTION_TYPES.map((t) => {
    const rs = state.results.filter((r) => r.question.type === t);
    return { t, right: rs.filter((r) => r.right).length, n: rs.length };
  }).filter((x) => x.n > 0);
  const missed = state.results.filter((r) => !r.right);
  return (
    <Box flexDirection="column" marginTop={1}>
      <Text bold color="cyan">
        Quiz over{state.quit ? ` (stopped after ${score.answered} of ${score.total} questions)` : ''}
      </Text>
      <Text bold>
        Score: {score.right} of {score.answered} right ({percent}%)
      </Text>
      {byType.map((x) => (
        <Box key={x.t} marginLeft={2}>
          <Text>
            {QUESTION_TITLES[x.t]}: {x.right}/{x.n}
          </Text>
        </Box>
      ))}
      {missed.length > 0 ? (
        <Box flexDirection="column" marginTop={1}>
          <Text bold>To look at again:</Text>
          {missed.map((r) => (
            <Box key={r.question.id} marginLeft={2}>
              <Text>
                {r.question.id} {QUESTION_TITLES[r.question.type]}: {sanitizeForTerminal(r.question.answer)}
              </Text>
            </Box>
          ))}
        </Box>
      ) : null}
    </Box>
  );
}
