/** What the benchmarks share: the package root, the built command line, and `--name value` arguments. */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const cli = path.join(root, 'dist', 'bin', 'main.js');

/** The value after `--name` on the command line, or `fallback`. */
export function arg(name, fallback) {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
}

/** The data folder `--data` names; exits 2 with `usage` when there is none. */
export function dataFolder(usage) {
  const dir = arg('data');
  if (!dir || !existsSync(dir)) {
    console.error(usage);
    process.exit(2);
  }
  return dir;
}
