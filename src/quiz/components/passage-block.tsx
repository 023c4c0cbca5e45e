import { Box, Text } from 'ink';
import type { Passage } from '../../exercise/question.js';
import { sanitizeForTerminal } from '../../terminal/sanitize.js';

/** A passage under its label ("A · RFE/RL"), its text indented so that wrapped lines line up. */
export function PassageBlock({ passage }: { passage: Passage }) {
  return (
    <Box flexDirection="column" marginLeft={2}>
      <Text>
        <Text bold>{passage.label}</Text>
        {passage.outlet === '' ? '' : <Text color="cyan"> · {sanitizeForTerminal(passage.outlet)}</Text>}
      </Text>
      <Box marginLeft={2}>
        <Text>{sanitizeForTerminal(passage.text)}</Text>
      </Box>
    </Box>
  );
}
