/**
 * The review screen. State lives in one reducer (src/ui/state); this component maps keys to
 * actions, quits when the state says so, and draws the current view.
 */
import { useEffect, useReducer } from 'react';
import { Box, useApp, useInput } from 'ink';
import type { AnalysisResult } from '../types.js';
import { makeTheme } from './theme.js';
import { pageWidth, type Size } from './layout.js';
import { clean } from './display-text.js';
import { initialState } from './state/review-state.js';
import { layoutOf, pageRows, reduceReview, settle, type ReviewAction, type ReviewContext } from './state/review-reducer.js';
import { keyToAction } from './state/keymap.js';
import { useTerminalSize } from './hooks/use-terminal-size.js';
import { Header } from './components/header.js';
import { Footer } from './components/footer.js';
import { OutletView } from './components/outlet-view.js';
import { PageView } from './components/page-view.js';
import { AlignmentView } from './components/alignment-view.js';
import { HelpOverlay } from './components/help-overlay.js';

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
  const [state, dispatch] = useReducer(
    (s: ReturnType<typeof initialState>, a: ReviewAction) => reduceReview(ctx, s, a),
    undefined,
    () => settle(ctx, initialState(result, actual)),
  );
  const { exit } = useApp();
  useInput((input, key) => {
    const action = keyToAction(input, key, state);
    if (action) dispatch(action);
  });
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
      <Header view={state.view} title={title} width={layout.columns} theme={theme} />
      <Box height={layout.bodyHeight} flexDirection="column">
        {body}
      </Box>
      <Footer state={state} width={layout.columns} theme={theme} />
    </Box>
  );
}
