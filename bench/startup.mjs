#!/usr/bin/env node
/**
 * Whole-process time of `wiretrace analyze` on the bundled seeds against a plain `node -e ''`
 * started the same way. Runs both alternately, prints medians and their ratio (goal: <= 2x).
 * Usage: npm run bench [-- --runs N] [--inherit-env]
 *
 * Both run without NODE_EXTRA_CA_CERTS and NODE_OPTIONS unless --inherit-env is given. Node 20
 * reads and parses the certificate file NODE_EXTRA_CA_CERTS names at every start, before any
 * script runs: with a system bundle that adds about 55 ms to `node -e ''` on the development
 * machine (26 ms without it), which would flatter the ratio without making wiretrace any faster.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const cli = path.join(root, 'dist', 'bin', 'main.js');
const runsArg = process.argv.indexOf('--runs');
const runs = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 21;
const inheritEnv = process.argv.includes('--inherit-env');
const STARTUP_VARIABLES = ['NODE_EXTRA_CA_CERTS', 'NODE_OPTIONS'];
const env = { ...process.env };
const removed = inheritEnv ? [] : STARTUP_VARIABLES.filter((v) => env[v] !== undefined);
for (const v of removed) delete env[v];

function time(args) {
  const t = process.hrtime.bigint();
  const r = spawnSync(process.execPath, args, { cwd: root, env, stdio: ['ignore', 'ignore', 'inherit'] });
  if (r.status !== 0) throw new Error(`${args.join(' ')} exited ${r.status}`);
  return Number(process.hrtime.bigint() - t) / 1e6;
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
};

const cases = {
  "node -e ''": ['-e', ''],
  'wiretrace analyze': [cli, 'analyze'],
  'wiretrace analyze --json': [cli, 'analyze', '--json'],
};
const samples = Object.fromEntries(Object.keys(cases).map((k) => [k, []]));
for (const args of Object.values(cases)) time(args); // warm the file cache
for (let i = 0; i < runs; i++) for (const [k, args] of Object.entries(cases)) samples[k].push(time(args));

const base = median(samples["node -e ''"]);
console.log(`runs: ${runs} each, interleaved; node ${process.version}`);
if (removed.length > 0) console.log(`without ${removed.join(' and ')} (both runs; --inherit-env keeps them)`);
for (const [k, xs] of Object.entries(samples)) {
  const m = median(xs);
  console.log(`${k.padEnd(28)} median ${m.toFixed(1).padStart(7)} ms   ${(m / base).toFixed(2)}x`);
}
