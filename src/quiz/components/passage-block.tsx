import { Box, Text } from 'ink';
import type { Passage } from '../../exercise/question.js';
import { sanitizeForTerminal } from '../../terminal/sanitize.js';

export function PassageBlock({ passage }: { passage: Passage }) {
  return (
    <Box marginLeft={2}>
      <Text>
        <Text bold>{passage.label}</Text>
        {passage.outlet === '' ? '' : <Text color="cyan"> · {sanitizeForTerminal(passage.outlet)}</Text>}
        {': '}
        {sanitizeForTerminal(passage.text)}
      </Text>
    </Box>
  );
}
