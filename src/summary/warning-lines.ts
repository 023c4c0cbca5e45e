/**
 * The analysis's warnings at the end of a summary: one a line, or, when they already reached the
 * same terminal on stderr as they arose (the CLI says so), one line counting them.
 */
import { sanitizeForTerminal } from '../terminal/sanitize.js';

/** `listed`: each warning on its line; `counted`: one line saying how many were printed above. */
export type WarningDisplay = 'listed' | 'counted';

export function warningLines(warnings: readonly string[], display: WarningDisplay = 'listed'): string[] {
  if (warnings.length === 0) return [];
  if (display === 'counted') return [`${warnings.length} ${warnings.length === 1 ? 'warning' : 'warnings'}, printed above`];
  return warnings.map((w) => `warning: ${sanitizeForTerminal(w)}`);
}
