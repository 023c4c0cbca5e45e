import { Box, Text } from 'ink';
import type { ReviewState } from '../state/review-state.js';
import type { Theme } from '../theme.js';
import { StyledRow } from './styled-row.js';
import { clean } from '../display-text.js';
import { footerRow, type OutletCount } from '../footer-row.js';

/** The bottom row: the search or outlet-filter prompt while typing, else the last message, else the legend and key hints. */
export function Footer({ state, width, theme, outlets }: { state: ReviewState; width: number; theme: Theme; outlets: OutletCount }) {
  if (state.outletFilter.editing) {
    return (
      <Box width={width} height={1}>
        <Text wrap="truncate-start">
          <Text bold color={theme.tone('accent').color}>{' outlets: '}</Text>
          {clean(state.outletFilter.query)}
          <Text inverse> </Text>
          <Text dimColor>{`   ${outlets.shown} of ${outlets.total} · Enter keep · Esc clear`}</Text>
        </Text>
      </Box>
    );
  }
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
      <StyledRow row={footerRow(state, width, outlets)} theme={theme} />
    </Box>
  );
}
