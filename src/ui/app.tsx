/**
 * The review screen. State lives in one reducer (src/ui/state); this component maps keys to
 * actions, quits when the state says so, and draws the current view.
 */
import { useEffect, useReducer } from 'react';
import { Box, useApp, useInput, type Key } from 'ink';
import type { AnalysisResult } from '../types.js';
import { makeTheme } from './theme.js';
import { MAX_LIST_ROWS, pageWidth, type Size } from './layout.js';
import { clean } from './display-text.js';
import { initialState, SORT_LABEL, type ReviewState } from './state/review-state.js';
import { layoutOf, pageRows, reduceReview, settle, shownOutlets, type ReviewAction, type ReviewContext } from './state/review-reducer.js';
import { keyToAction, splitKeys } from './state/keymap.js';
import { useTerminalSize } from './hooks/use-terminal-size.js';
import { Header } from './components/header.js';
import { Footer } from './components/footer.js';
import { OutletView } from './components/outlet-view.js';
import { PageView } from './components/page-view.js';
import { AlignmentView } from './components/alignment-view.js';
import { HelpOverlay } from './components/help-overlay.js';

/** What the keyboard delivered: one key, or several in one read. */
interface KeysAction {
  type: 'keys';
  input: string;
  key: Key;
}

export interface ReviewAppProps {
  result: AnalysisResult;
  noColor?: boolean;
  /** A fixed size (tests); otherwise the terminal's, following resizes. */
  size?: Size;
  /** Called when the user quits, before the app exits. */
  onQuit?: () => void;
}

export function ReviewApp({ result, noColor = false, size, onQuit }: ReviewAppProps) {
  const terminal = useTerminalSize();
  const actual = size ?? terminal;
  const ctx: ReviewContext = { result, noColor };
  // Keys are turned into actions inside the reducer, one at a time against the state each leaves.
  const [state, dispatch] = useReducer(
    (s: ReviewState, a: ReviewAction | KeysAction) => {
      if (a.type !== 'keys') return reduceReview(ctx, s, a);
      for (const k of s.search.editing || s.outletFilter.editing ? [a.input] : splitKeys(a.input, a.key)) {
        const action = keyToAction(k, a.key, s);
        if (action) s = reduceReview(ctx, s, action);
      }
      return s;
    },
    undefined,
    () => settle(ctx, initialState(result, actual)),
  );
  const { exit } = useApp();
  useInput((input, key) => dispatch({ type: 'keys', input, key }));
  useEffect(() => {
    if (actual.columns !== state.size.columns || actual.rows !== state.size.rows) dispatch({ type: 'resize', size: actual });
  }, [actual.columns, actual.rows]);
  useEffect(() => {
    if (!state.quit) return;
    onQuit?.();
    exit();
  }, [state.quit]);

  const theme = makeTheme(noColor);
  const layout = layoutOf(ctx, state);
  const title = clean(result.title ?? result.name);
  const outlets = { shown: shownOutlets(ctx, state).length, total: result.documents.length };
  // The order is shown once it matters: when the list cannot show every outlet, or when it is sorted.
  const sort = state.sort !== 'input' || outlets.total > MAX_LIST_ROWS ? SORT_LABEL[state.sort] : '';
  let body;
  if (state.help) body = <HelpOverlay layout={layout} top={state.scroll.help} theme={theme} />;
  else if (state.view === 'outlets') body = <OutletView result={result} state={state} layout={layout} theme={theme} />;
  else if (state.view === 'alignment') body = <AlignmentView result={result} state={state} layout={layout} theme={theme} />;
  else {
    const which = state.view;
    body = <PageView rows={pageRows(ctx, state, which)} top={state.scroll[which]} height={layout.bodyHeight} width={pageWidth(layout)} theme={theme} />;
  }
  return (
    <Box flexDirection="column" width={layout.columns} height={layout.rows}>
      <Header view={state.view} title={title} sort={sort} width={layout.columns} theme={theme} />
      <Box height={layout.bodyHeight} flexDirection="column">
        {body}
      </Box>
      <Footer state={state} width={layout.columns} theme={theme} outlets={outlets} />
    </Box>
  );
}
