import { Box } from 'ink';
import type { AnalysisResult } from '../../types.js';
import type { ReviewState } from '../state/review-state.js';
import { alignmentLayout, pageWidth, type Layout } from '../layout.js';
import type { Theme } from '../theme.js';
import { alignmentColumns, alignmentHeader, alignmentLegend, alignmentRow, unitPreview } from '../alignment-rows.js';
import { outletOrder } from '../outlet-order.js';
import type { Row } from '../styled-text.js';
import { RowWindow, StyledRow } from './styled-row.js';
import { ScrollText } from './scroll-text.js';

/** Content units × outlets; the selected unit's wordings below. */
export function AlignmentView({ result, state, layout, theme }: { result: AnalysisResult; state: ReviewState; layout: Layout; theme: Theme }) {
  const width = pageWidth(layout);
  const { tableHeight, previewHeight } = alignmentLayout(layout);
  const units = result.units;
  // Only the columns that fit, around the selected outlet; only the rows shown.
  const order = outletOrder(result, state.sort, state.outletFilter.query);
  const columns = alignmentColumns(order.length > 0 ? order : [state.doc], state.doc, width);
  const rows: Row[] = units.slice(state.unitTop, state.unitTop + tableHeight).map((u, k) => alignmentRow(result, u, columns, width, state.doc, state.unitTop + k === state.unit));
  if (units.length === 0) rows.push([{ text: '  No content is carried by more than one outlet.', tone: 'muted' }]);
  // When the table scrolls, the rule under it says which units are shown.
  const outlets = columns.length < result.documents.length ? ` · outlets ${columns.length} of ${result.documents.length}, ←→ ` : ' ';
  const shown = units.length > tableHeight ? ` units ${state.unitTop + 1}–${Math.min(state.unitTop + tableHeight, units.length)} of ${units.length} · j/k${outlets}` : outlets.trim() === '' ? '' : outlets;
  const rule: Row = [{ text: shown ? `──${shown}${'─'.repeat(Math.max(0, width - shown.length - 2))}`.slice(0, width) : '─'.repeat(width), tone: 'muted' }];
  return (
    <Box flexDirection="column" paddingLeft={1} height={layout.bodyHeight}>
      <StyledRow row={alignmentLegend()} theme={theme} />
      <StyledRow row={alignmentHeader(result, columns, width, state.doc)} theme={theme} />
      <RowWindow rows={rows} height={tableHeight} width={width} theme={theme} />
      <StyledRow row={rule} theme={theme} />
      <ScrollText rows={unitPreview(result, units[state.unit], width)} top={0} height={previewHeight} width={width} theme={theme} />
    </Box>
  );
}
