import { Box, Text } from 'ink';
import { sanitizeForTerminal } from '../../terminal/sanitize.js';
import { choiceKey } from '../quiz-state.js';

/** The choices; after an answer, the right one is marked ✓ and a wrong pick ✗. */
export function ChoiceList({ choices, answer, chosen }: { choices: string[]; answer: string; chosen?: number }) {
  return (
    <Box flexDirection="column" marginLeft={2}>
      {choices.map((c, i) => {
        const revealed = chosen !== undefined;
        const right = c === answer;
        const mark = !revealed ? ' ' : right ? '✓' : i === chosen ? '✗' : ' ';
        const color = !revealed ? undefined : right ? 'green' : i === chosen ? 'red' : undefined;
        return (
          <Text key={i} {...(color ? { color } : {})} dimColor={revealed && !right && i !== chosen}>
            {mark} {choiceKey(i)}) {sanitizeForTerminal(c)}
          </Text>
        );
      })}
    </Box>
  );
}
