/** Where `wiretrace exercise` writes: the worksheet (`--out`, or reports/exercise-<name>.md) and its answer key beside it. */
import path from 'node:path';
import { DEFAULT_REPORT_FOLDER, safeFileStem } from '../report/report-path.js';

export function defaultWorksheetPath(name: string): string {
  return path.join(DEFAULT_REPORT_FOLDER, `exercise-${safeFileStem(name)}.md`);
}

/** worksheet.md → worksheet-answers.md; a name without `.md` gets `-answers.md` appended. */
export function answersPath(worksheet: string): string {
  return worksheet.endsWith('.md') ? `${worksheet.slice(0, -3)}-answers.md` : `${worksheet}-answers.md`;
}
