import { Box } from "ink";
import type { Theme } from '../theme.js';
import { helpBox, type Layout } from '../layout.js';
import { helpRows } from '../help-rows.js';
import { ScrollText } from './scroll-text.js';

/** Every key and symbol, in a box over the body. Esc or ? closes it. */
export function HelpOverlay({ layout, top, theme }: { layout: Layout; top: number; theme: Theme }) {
  const box = helpBox(layout);
  return (
    <Box height={layout.bodyHeight} width={layout.columns} justifyContent="center">
      <Box flexDirection="column" borderStyle="round" borderColor={theme.tone('accent').color} paddingX={1} width={box.width} height={box.height}>
        <ScrollText rows={helpRows(box.inner)} top={top} height={box.height - 2} width={box.inner} theme={theme} />
      </Box>
    </Box>
  );
}

