import { Box, Text } from 'ink';
import type { ReviewState } from '../state/review-state.js';
import type { Theme } from '../theme.js';
import { StyledRow } from './styled-row.js';
import { footerRow } from '../footer-row.js';

/** The bottom row: the search prompt while typing, else the last message, else the legend and key hints. */
export function Footer({ state, width, theme }: { state: ReviewState; width: number; theme: Theme }) {
  if (state.search.editing) {
    return (
      <Box width={width} height={1}>
        <Text wrap="truncate-start">
          <Text bold color={theme.tone('accent').color}>{' /'}</Text>
          {state.search.query}
          <Text inverse> </Text>
          <Text dimColor>{'   Enter search · Esc cancel'}</Text>
        </Text>
      </Box>
    );
  }
  return (
    <Box width={width} height={1}>
      <StyledRow row={footerRow(state, width)} theme={theme} />
    </Box>
  );
}
