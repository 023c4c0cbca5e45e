import { Box } from 'ink';
import type { AnalysisResult } from '../../types.js';
import type { ReviewState } from '../state/review-state.js';
import type { Layout } from '../layout.js';
import type { Theme } from '../theme.js';
import { articleRows, visibleSegments } from '../article-rows.js';
import { articleTitleRow, outletListRows, sidebarRows } from '../outlet-rows.js';
import { detailRows } from '../detail-rows.js';
import { RowWindow, StyledRow } from './styled-row.js';
import { outletOrder } from '../outlet-order.js';
import { ScrollText } from './scroll-text.js';

/** The default screen: the outlets with their composition, and the selected outlet's article. */
export function OutletView({ result, state, layout, theme }: { result: AnalysisResult; state: ReviewState; layout: Layout; theme: Theme }) {
  const d = result.documents[state.doc];
  if (!d) return null;
  const selected = state.selected[state.doc] ?? 0;
  const order = outletOrder(result, state.sort, state.outletFilter.query);
  const query = state.outletFilter.query;
  const { rows } = articleRows(d, layout.articleWidth, {
    filter: state.filter,
    showBoilerplate: state.showBoilerplate,
    selected,
    query: state.search.query || undefined,
  });
  const hidden = d.segments.length - visibleSegments(d, state.filter, state.showBoilerplate).length;
  const note = hidden > 0 ? ` · ${hidden} hidden` : '';
  const article = (
    <Box flexDirection="column" width={layout.articleWidth}>
      <StyledRow row={articleTitleRow(d, layout.articleWidth, note)} theme={theme} />
      <ScrollText rows={rows} top={state.top[state.doc] ?? 0} height={layout.articleHeight} width={layout.articleWidth} theme={theme} />
    </Box>
  );
  if (!layout.sidebar) {
    return (
      <Box flexDirection="column" height={layout.bodyHeight}>
        <RowWindow rows={outletListRows(result, order, state.doc, layout.columns, layout.listRows, query)} height={layout.listRows} width={layout.columns} theme={theme} />
        {article}
      </Box>
    );
  }
  const preview = layout.previewWidth > 0 ? detailRows(result, d, d.segments[selected], layout.previewWidth - 2, theme.noColor) : [];
  return (
    <Box flexDirection="row" height={layout.bodyHeight}>
      <RowWindow rows={sidebarRows(result, order, state.doc, layout.sidebarWidth, layout.bodyHeight, query)} height={layout.bodyHeight} width={layout.sidebarWidth} theme={theme} />
      <Box width={1} />
      {article}
      {layout.previewWidth > 0 ? (
        <Box flexDirection="column" marginLeft={1} paddingLeft={1} width={layout.previewWidth} borderStyle="single" borderTop={false} borderBottom={false} borderRight={false} borderDimColor>
          <ScrollText rows={preview} top={0} height={layout.bodyHeight} width={layout.previewWidth - 2} theme={theme} />
        </Box>
      ) : null}
    </Box>
  );
}
