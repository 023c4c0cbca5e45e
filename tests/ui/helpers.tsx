/** Drive the review app in ink-testing-library: keys, then the frame once the screen has settled. */
import { render } from 'ink-testing-library';
import type { AnalysisResult } from '../../src/types.js';
import { ReviewApp } from '../../src/ui/app.js';

export const KEYS = {
  up: '\u001b[A',
  down: '\u001b[B',
  right: '\u001b[C',
  left: '\u001b[D',
  enter: '\r',
  escape: '\u001b',
  tab: '\t',
  pageDown: '\u001b[6~',
  backspace: '\u007f',
} as const;

const tick = (ms = 15): Promise<void> => new Promise((r) => setTimeout(r, ms));

export async function open(result: AnalysisResult, options: { columns?: number; rows?: number; noColor?: boolean; onQuit?: () => void } = {}) {
  const size = { columns: options.columns ?? 80, rows: options.rows ?? 24 };
  const app = render(<ReviewApp result={result} size={size} noColor={options.noColor ?? false} {...(options.onQuit ? { onQuit: options.onQuit } : {})} />);
  // ink-testing-library's stdout says 100 columns; Ink lays out to that width, so say the truth.
  Object.defineProperty(app.stdout, 'columns', { get: () => size.columns });
  app.rerender(<ReviewApp result={result} size={size} noColor={options.noColor ?? false} {...(options.onQuit ? { onQuit: options.onQuit } : {})} />);
  // Ink subscribes to stdin in an effect after the first frame; give it time before the first key.
  for (let waited = 0; waited < 1000 && !(app.lastFrame() ?? '').includes('wiretrace'); waited += 10) await tick(10);
  await tick(50);
  // After each key, wait until the frame changes (Ink renders asynchronously), at most `patience` ms.
  const press = async (...keys: string[]): Promise<string> => {
    for (const k of keys) {
      const before = app.lastFrame();
      app.stdin.write(k);
      for (let waited = 0; waited < 400 && app.lastFrame() === before; waited += 10) await tick(10);
      await tick(k === KEYS.escape ? 40 : 5);
    }
    return app.lastFrame() ?? '';
  };
  const type = async (text: string): Promise<string> => press(...[...text]);
  return { ...app, press, type, frame: (): string => app.lastFrame() ?? '' };
}

/** The row of the frame that carries the selection bar's first line. */
export function selectedLine(frame: string): string {
  return frame.split('\n').find((l) => /^▌[█▒·╌]/.test(l)) ?? '';
}
