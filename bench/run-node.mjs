/**
 * What the start-up benchmarks share: where the built command line is, the environment Node runs
 * in, and medians.
 *
 * Both benchmarks run Node without NODE_EXTRA_CA_CERTS and NODE_OPTIONS unless --inherit-env is
 * given. Node 20 reads and parses the certificate file NODE_EXTRA_CA_CERTS names at every start,
 * before any script runs: with a system bundle that adds about 55 ms to `node -e ''` on the
 * development machine (22–30 ms without it), which would flatter a ratio to it without making
 * wiretrace any faster.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const cli = path.join(root, 'dist', 'bin', 'main.js');

const STARTUP_VARIABLES = ['NODE_EXTRA_CA_CERTS', 'NODE_OPTIONS'];

/** The environment for the runs, and the variables taken out of it (none with --inherit-env). */
export function benchEnvironment(argv) {
  const env = { ...process.env };
  const removed = argv.includes('--inherit-env') ? [] : STARTUP_VARIABLES.filter((v) => env[v] !== undefined);
  for (const v of removed) delete env[v];
  return { env, removed };
}

/** The number after --runs, or `fallback`. */
export function runsOption(argv, fallback) {
  const i = argv.indexOf('--runs');
  const n = i > 0 ? Number(argv[i + 1]) : fallback;
  if (Number.isInteger(n) && n >= 1) return n;
  console.error('--runs takes a whole number of at least 1');
  process.exit(2);
}

export function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}
