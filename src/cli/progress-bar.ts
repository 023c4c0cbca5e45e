/**
 * The progress bar the analysis shows on stderr, only when stderr is a terminal: one line,
 * redrawn in place at most ten times a second, with the time left in the stage (from its pace so
 * far), erased when the work is done. Nothing goes to stdout, and nothing at all when stderr is a
 * file or a pipe.
 */

const WIDTH = 24;
const INTERVAL_MS = 100;

export interface ProgressBar {
  update: (phase: string, done: number, total: number) => void;
  finish: () => void;
}

/**
 * The line drawn: `[#####.....] aligning 1200/3400`, cut to the terminal's width less one column,
 * so that it never wraps (a wrapped line would leave its first part on screen at every redraw).
 */
export function progressLine(phase: string, done: number, total: number, columns = 80, elapsedMs?: number): string {
  const f = total === 0 ? 1 : Math.min(1, done / total);
  const eta = elapsedMs !== undefined && done > 0 && done < total ? `, ${formatEta((elapsedMs * (total - done)) / done)} left` : '';
  const label = ` ${phase} ${done}/${total}${eta}`;
  const room = Math.max(0, columns - 1);
  const width = Math.max(0, Math.min(WIDTH, room - label.length - 2));
  const cells = Math.round(f * width);
  const line = width >= 4 ? `[${'#'.repeat(cells)}${'.'.repeat(width - cells)}]${label}` : label.trimStart();
  return line.slice(0, room);
}

/** "8 s", "2 min 5 s". */
export function formatEta(ms: number): string {
  const s = Math.ceil(ms / 1000);
  return s < 60 ? `${s} s` : `${Math.floor(s / 60)} min ${s % 60} s`;
}

export function progressBar(stream: NodeJS.WriteStream = process.stderr): ProgressBar | undefined {
  if (!stream.isTTY) return undefined;
  let last = 0;
  let lastPhase: string | undefined;
  let phaseStart = 0;
  let drawn = false;
  return {
    update(phase, done, total) {
      const now = Date.now();
      if (phase !== lastPhase) phaseStart = now;
      if (phase === lastPhase && now - last < INTERVAL_MS && done < total) return;
      last = now;
      lastPhase = phase;
      stream.write(`\r\x1b[K${progressLine(phase, done, total, stream.columns, now - phaseStart)}`);
      drawn = true;
    },
    finish() {
      if (drawn) stream.write('\r\x1b[K');
      drawn = false;
    },
  };
}
