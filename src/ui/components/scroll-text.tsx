import { Box } from 'ink';
import type { Theme } from '../theme.js';
import type { Row } from '../styled-text.js';
import { StyledRow } from './styled-row.js';

/**
 * A scrolled window over rows; when more follows, the last row says how much (and the key),
 * and when rows are hidden above, the first says so.
 */
export function ScrollText({ rows, top, height, width, theme }: { rows: readonly Row[]; top: number; height: number; width: number; theme: Theme }) {
  const shown = rows.slice(top, top + height);
  const below = rows.length - (top + height);
  if (below > 0 && shown.length > 0) shown[shown.length - 1] = [{ text: `  ↓ ${below + 1} more line${below + 1 === 1 ? '' : 's'} · PgDn`, tone: 'muted' }];
  if (top > 0 && shown.length > 1) shown[0] = [{ text: `  ↑ ${top + 1} line${top + 1 === 1 ? '' : 's'} above · PgUp`, tone: 'muted' }];
  return (
    <Box flexDirection="column" height={height} width={width} overflow="hidden">
      {shown.map((r, i) => (
        <StyledRow key={top + i} row={r} theme={theme} />
      ))}
    </Box>
  );
}
