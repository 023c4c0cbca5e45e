/** Where `wiretrace report` writes: `--out` as given (checked before any work), or `reports/<name>.md`. */
import { statSync } from 'node:fs';
import path from 'node:path';
import { usageError } from '../errors.js';

export const DEFAULT_REPORT_FOLDER = 'reports';

/** A collection name made safe for a file name: letters, digits, `.`, `_`, `-`; never hidden, never empty. */
export function safeFileStem(name: string): string {
  return name.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^[.-]+/, '').slice(0, 100) || 'report';
}

/** A collection name as the report's file name (`.md`, or the extension given). */
export function reportFileName(name: string, extension = '.md'): string {
  return `${safeFileStem(name)}${extension}`;
}

export function defaultReportPath(name: string, extension = '.md'): string {
  return path.join(DEFAULT_REPORT_FOLDER, reportFileName(name, extension));
}

const kind = (p: string): 'file' | 'folder' | 'other' | undefined => {
  try {
    const s = statSync(p);
    return s.isDirectory() ? 'folder' : s.isFile() ? 'file' : 'other';
  } catch {
    return undefined;
  }
};

/** Check an explicit `--out`: a file (new or existing) in a folder that exists. Throws a usage error otherwise. */
export function checkReportPath(out: string): void {
  if (out === '') throw usageError('--out needs a file name');
  const k = kind(out);
  if (k === 'folder' || /[\\/]$/.test(out)) throw usageError(`--out ${out} is a folder; give a file name, e.g. ${path.join(out, 'report.md')}`);
  if (k === 'other') throw usageError(`--out ${out} is not a regular file`);
  const dir = path.dirname(out);
  const d = kind(dir);
  if (d === undefined) throw usageError(`--out ${out}: the folder ${dir} does not exist`);
  if (d !== 'folder') throw usageError(`--out ${out}: ${dir} is not a folder`);
}
