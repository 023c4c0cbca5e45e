/**
 * Where one run's time goes, for `npm run bench:stages`. With WIRETRACE_STAGE_TIMES=1 in the
 * environment, a command that analyses articles writes one line to stderr as the process exits:
 *   wiretrace-stage-times {"node":19.1,"setup":25.6,"read":27.1,"clean":30.2,…,"exit":75.0}
 * each value the time, in ms since the process started, at which that part ended: Node's own
 * bootstrap, then everything up to the command's start (the code cache, modules, arguments),
 * reading the inputs, each stage of the analysis (analyze.ts, ANALYSIS_STAGES), and the output.
 * Without the variable nothing is recorded.
 */
import { writeSync } from 'node:fs';

export const STAGE_TIMES_PREFIX = 'wiretrace-stage-times ';

export interface StageClock {
  /** Record that the part `name` ends now. */
  mark(name: string): void;
}

export function stageClock(): StageClock | undefined {
  if (process.env['WIRETRACE_STAGE_TIMES'] !== '1') return undefined;
  const marks: Record<string, number> = { node: performance.nodeTiming.bootstrapComplete, setup: performance.now() };
  process.once('exit', () => {
    marks['exit'] = performance.now();
    const rounded = Object.fromEntries(Object.entries(marks).map(([k, v]) => [k, Math.round(v * 100) / 100]));
    writeSync(2, `${STAGE_TIMES_PREFIX}${JSON.stringify(rounded)}\n`);
  });
  return { mark: (name) => void (marks[name] = performance.now()) };
}
