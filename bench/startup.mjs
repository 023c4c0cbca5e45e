#!/usr/bin/env node
/**
 * Whole-process time of `wiretrace analyze` on the bundled seeds against a plain `node -e ''`
 * started the same way. Runs both alternately, prints medians and their ratio (goal: <= 2x).
 * Usage: npm run bench [-- --runs N] [--inherit-env]  (the environment: run-node.mjs)
 */
import { spawnSync } from 'node:child_process';
import { benchEnvironment, cli, median, root, runsOption } from './run-node.mjs';

const runs = runsOption(process.argv, 21);
const { env, removed } = benchEnvironment(process.argv);

function time(args) {
  const t = process.hrtime.bigint();
  const r = spawnSync(process.execPath, args, { cwd: root, env, stdio: ['ignore', 'ignore', 'inherit'] });
  if (r.status !== 0) throw new Error(`${args.join(' ')} exited ${r.status}`);
  return Number(process.hrtime.bigint() - t) / 1e6;
}

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
