import { Box, Text } from 'ink';
import type { ReactNode } from 'react';
import type { Question } from '../../exercise/question.js';
import { sanitizeForTerminal } from '../../terminal/sanitize.js';
import { choiceKey } from '../quiz-state.js';
import { DiffLine } from './diff-line.js';

/** A list item whose wrapped lines stay indented under its text. */
function Bullet({ children }: { children: ReactNode }) {
  return (
    <Box marginLeft={2}>
      <Text>• </Text>
      <Box flexShrink={1}>{children}</Box>
    </Box>
  );
}

/** Right or wrong, the answer, and the evidence for it. */
export function FeedbackPanel({ question, right, last }: { question: Question; right: boolean; last: boolean }) {
  const answer = question.choices.indexOf(question.answer);
  return (
    <Box flexDirection="column" marginTop={1}>
      {right ? (
        <Text color="green" bold>
          ✓ Right.
        </Text>
      ) : (
        <Text color="red" bold>
          ✗ Not quite. The answer is {choiceKey(answer)}) {sanitizeForTerminal(question.answer)}
        </Text>
      )}
      <Text bold>Evidence:</Text>
      {question.evidence.map((e, i) => (
        <Bullet key={i}>
          <Text>{sanitizeForTerminal(e)}</Text>
        </Bullet>
      ))}
      {question.diff ? (
        <Bullet>
          <Text>
            Word diff A → B: <DiffLine parts={question.diff} />
          </Text>
        </Bullet>
      ) : null}
      <Box marginTop={1}>
        <Text dimColor>{last ? 'Enter: see your score · q: quit' : 'Enter: next question · q: quit'}</Text>
      </Box>
    </Box>
  );
}
