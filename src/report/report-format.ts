/**
 * Which format `report` and `exercise` write: `--format md|html`, or else the extension of
 * `--out` (`.html`/`.htm` is HTML), or else Markdown. A `--format` that contradicts the
 * extension of `--out` is a usage error, not a silent choice.
 */
import { usageError } from '../errors.js';

export type ReportFormat = 'md' | 'html';

export const FORMAT_EXTENSION: Record<ReportFormat, string> = { md: '.md', html: '.html' };

const fromExtension = (out: string): ReportFormat | undefined => (/\.html?$/i.test(out) ? 'html' : /\.(md|markdown)$/i.test(out) ? 'md' : undefined);

export function reportFormat(format: string | undefined, out: string | undefined): ReportFormat {
  let chosen: ReportFormat | undefined;
  if (format !== undefined) {
    if (format === 'md' || format === 'markdown') chosen = 'md';
    else if (format === 'html') chosen = 'html';
    else throw usageError(`--format ${format}: use md or html`);
  }
  const implied = out !== undefined && out !== '-' ? fromExtension(out) : undefined;
  if (chosen && implied && chosen !== implied) throw usageError(`--format ${format} but --out ${out} names a ${implied === 'html' ? 'HTML' : 'Markdown'} file`);
  return chosen ?? implied ?? 'md';
}
