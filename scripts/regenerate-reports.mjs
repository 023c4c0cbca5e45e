#!/usr/bin/env node
/**
 * Regenerate every committed report with the built CLI (`npm run reports`; build first).
 * Each entry: the inputs given to `wiretrace report` (relative to the project root, so the
 * file names in the report are the same on every machine) and the report it writes.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const CLI = path.join(ROOT, 'dist', 'bin', 'main.js');

/** @type {{ inputs: string[], out: string }[]} */
export const REPORTS = [
  { inputs: [], out: 'reports/seeds.md' },
  { inputs: [], out: 'reports/seeds.html' },
];

/** Classroom exercises: `wiretrace exercise` writes the worksheet `out` and its key `…-answers.md` / `.html` (default seed). */
export const EXERCISES = [
  { inputs: [], out: 'reports/exercise-seeds.md' },
  { inputs: [], out: 'reports/exercise-seeds.html' },
];

let failed = 0;
for (const { inputs, out } of EXERCISES) {
  const r = spawnSync(process.execPath, [CLI, 'exercise', ...inputs, '--out', out], { cwd: ROOT, stdio: ['ignore', 'inherit', 'inherit'] });
  if (r.status !== 0) {
    failed++;
    process.stderr.write(`regenerate-reports: ${out} failed (exit ${r.status ?? r.signal})\n`);
  }
}
for (const { inputs, out } of REPORTS) {
  const r = spawnSync(process.execPath, [CLI, 'report', ...inputs, '--out', out], { cwd: ROOT, stdio: ['ignore', 'inherit', 'inherit'] });
  if (r.status !== 0) {
    failed++;
    process.stderr.write(`regenerate-reports: ${out} failed (exit ${r.status ?? r.signal})\n`);
  }
}
process.exit(failed === 0 ? 0 : 1);
