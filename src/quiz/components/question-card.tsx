import { Box, Text } from 'ink';
import { QUESTION_TITLES, type Question } from '../../exercise/question.js';
import { sanitizeForTerminal } from '../../terminal/sanitize.js';
import type { Score } from '../quiz-state.js';
import { choiceKey } from '../quiz-state.js';
import { ChoiceList } from './choice-list.js';
import { PassageBlock } from './passage-block.js';

export function QuestionCard({ question, index, score, chosen }: { question: Question; index: number; score: Score; chosen?: number }) {
  return (
    <Box flexDirection="column">
      <Text>
        <Text bold color="cyan">
          Question {index + 1} of {score.total} · {QUESTION_TITLES[question.type]}
        </Text>
        <Text dimColor>
          {'   '}score {score.right}/{score.answered}
        </Text>
      </Text>
      <Box marginTop={1}>
        <Text>{sanitizeForTerminal(question.prompt)}</Text>
      </Box>
      <Box flexDirection="column" marginY={1}>
        {question.passages.map((p) => (
          <PassageBlock key={p.label} passage={p} />
        ))}
      </Box>
      <ChoiceList choices={question.choices} answer={question.answer} {...(chosen !== undefined ? { chosen } : {})} />
      {chosen === undefined ? (
        <Box marginTop={1}>
          <Text dimColor>
            Press {choiceKey(0)}–{choiceKey(question.choices.length - 1)} to answer · q: quit
          </Text>
        </Box>
      ) : null}
    </Box>
  );
}
