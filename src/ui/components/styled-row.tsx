import { Box, Text } from 'ink';
import type { Theme } from '../theme.js';
import type { Row } from '../styled-text.js';

/** One row of spans, never wrapped by Ink (rows are already laid out; overflow is cut). */
export function StyledRow({ row, theme }: { row: Row; theme: Theme }) {
  if (row.length === 0) return <Text> </Text>;
  return (
    <Text wrap="truncate-end">
      {row.map((s, i) => {
        const t = s.tone ? theme.tone(s.tone) : {};
        return (
          <Text
            key={i}
            color={t.color}
            backgroundColor={t.backgroundColor}
            dimColor={s.dim ?? t.dimColor}
            bold={s.bold ?? t.bold}
            inverse={s.inverse ?? t.inverse}
            underline={s.underline}
          >
            {s.text}
          </Text>
        );
      })}
    </Text>
  );
}

/** A window of `height` rows starting at `top`; always exactly `height` rows tall. */
export function RowWindow({ rows, top = 0, height, width, theme }: { rows: readonly Row[]; top?: number; height: number; width: number; theme: Theme }) {
  const shown = rows.slice(top, top + height);
  return (
    <Box flexDirection="column" height={height} width={width} overflow="hidden">
      {shown.map((r, i) => (
        <StyledRow key={top + i} row={r} theme={theme} />
      ))}
    </Box>
  );
}
