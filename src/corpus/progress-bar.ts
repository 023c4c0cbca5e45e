/**
 * The progress bar corpus mode draws on stderr, only when stderr is a terminal: one line,
 * redrawn in place at most ten times a second, erased when the work is done. Nothing goes to
 * stdout, and nothing at all when stderr is a file or a pipe.
 */
import type { CorpusPhase } from './analyze-corpus.js';

const WIDTH = 24;
const INTERVAL_MS = 100;

export interface ProgressBar {
  update: (phase: CorpusPhase, done: number, total: number) => void;
  finish: () => void;
}

export function progressBar(stream: NodeJS.WriteStream = process.stderr): ProgressBar | undefined {
  if (!stream.isTTY) return undefined;
  let last = 0;
  let lastPhase: CorpusPhase | undefined;
  let drawn = false;
  return {
    update(phase, done, total) {
      const now = Date.now();
      if (phase === lastPhase && now - last < INTERVAL_MS && done < total) return;
      last = now;
      lastPhase = phase;
      const f = total === 0 ? 1 : Math.min(1, done / total);
      const cells = Math.round(f * WIDTH);
      stream.write(`\r\x1b[K[${'#'.repeat(cells)}${'.'.repeat(WIDTH - cells)}] ${phase} ${done}/${total}`);
      drawn = true;
    },
    finish() {
      if (drawn) stream.write('\r\x1b[K');
      drawn = false;
    },
  };
}
