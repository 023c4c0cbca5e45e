import { Box } from 'ink';
import type { Theme } from '../theme.js';
import type { Row } from '../styled-text.js';
import { ScrollText } from './scroll-text.js';

/** A full-width scrolling text (detail, provenance), with a one-column margin. */
export function PageView({ rows, top, height, width, theme }: { rows: readonly Row[]; top: number; height: number; width: number; theme: Theme }) {
  return (
    <Box paddingLeft={1} height={height}>
      <ScrollText rows={rows} top={top} height={height} width={width} theme={theme} />
    </Box>
  );
}
