import { Box, Text } from 'ink';
import { VIEWS, VIEW_TITLE, type View } from '../state/review-state.js';
import type { Theme } from '../theme.js';
import { fit, textWidth } from '../styled-text.js';

/** The top row: the app's name, the four views with their keys, the outlet list's order (`sort`, when given), the story's title when it fits. */
export function Header({ view, title, sort = '', width, theme }: { view: View; title: string; sort?: string; width: number; theme: Theme }) {
  const accent = theme.tone('accent');
  const tabs = VIEWS.map((v, i) => ({ v, text: ` ${i + 1} ${VIEW_TITLE[v]} ` }));
  const order = sort === '' ? '' : `  ⇅ ${sort}`;
  const used = 11 + tabs.reduce((n, t) => n + textWidth(t.text) + 1, 0) + textWidth(order);
  const room = width - used - 2;
  return (
    <Box width={width} height={1}>
      <Text wrap="truncate-end">
        <Text bold color={accent.color}> wiretrace </Text>
        {tabs.map((t) => (
          <Text key={t.v}>
            {' '}
            <Text inverse={t.v === view} bold={t.v === view} dimColor={t.v !== view}>
              {t.text}
            </Text>
          </Text>
        ))}
        {order !== '' ? <Text color={accent.color}>{order}</Text> : null}
        {room > 12 ? <Text dimColor>{'  ' + fit(title, room)}</Text> : null}
      </Text>
    </Box>
  );
}
