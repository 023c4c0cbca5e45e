/** Where `wiretrace exercise` writes: the worksheet (`--out`, or reports/exercise-<name>.md) and its answer key beside it. */
import path from 'node:path';
import { DEFAULT_REPORT_FOLDER, safeFileStem } from '../report/report-path.js';

export function defaultWorksheetPath(name: string, extension = '.md'): string {
  return path.join(DEFAULT_REPORT_FOLDER, `exercise-${safeFileStem(name)}${extension}`);
}

/**
 * worksheet.md → worksheet-answers.md, worksheet.html → worksheet-answers.html (also `.htm`); a
 * name without one of those gets `-answers` and the format's extension (`.md` by default) appended.
 */
export function answersPath(worksheet: string, extension = '.md'): string {
  const m = /\.(md|html?)$/.exec(worksheet);
  return m ? `${worksheet.slice(0, -m[0].length)}-answers${m[0]}` : `${worksheet}-answers${extension}`;
}
