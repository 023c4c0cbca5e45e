/**
 * Runs the review screen on the terminal: the alternate screen while it is open (the shell's
 * scrollback is left as it was), the cursor hidden, both restored on exit however it happens.
 */
import { render } from 'ink';
import type { AnalysisResult } from '../types.js';
import { ReviewApp } from './app.js';
import { noColorRequested } from './theme.js';

const ENTER = '\u001b[?1049h\u001b[?25l\u001b[H';
const LEAVE = '\u001b[?25h\u001b[?1049l';

export async function runReview(result: AnalysisResult): Promise<void> {
  const out = process.stdout;
  out.write(ENTER);
  let restored = false;
  const restore = (): void => {
    if (restored) return;
    restored = true;
    out.write(LEAVE);
  };
  process.once('exit', restore);
  try {
    const app = render(<ReviewApp result={result} noColor={noColorRequested()} />, { exitOnCtrlC: true, patchConsole: false });
    await app.waitUntilExit();
    app.cleanup();
  } finally {
    restore();
  }
}
