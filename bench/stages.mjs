#!/usr/bin/env node
/**
 * Where a cold `wiretrace analyze` of the bundled seeds spends its time: runs it N times with
 * WIRETRACE_STAGE_TIMES=1 (src/cli/stage-times.ts) in the same environment as `npm run bench`,
 * and prints the median length of each part: Node's own start, the command's set-up (code cache,
 * modules, arguments), reading, each stage of the analysis, the output, and what follows the
 * process's last line of JavaScript until its parent sees it end.
 * Usage: npm run bench:stages [-- --runs N] [--inherit-env]
 */
import { spawnSync } from 'node:child_process';
import { STAGE_TIMES_PREFIX as PREFIX } from '../dist/cli/stage-times.js';
import { benchEnvironment, cli, median, root, runsOption } from './run-node.mjs';

const runs = runsOption(process.argv, 21);
const { env, removed } = benchEnvironment(process.argv);
env.WIRETRACE_STAGE_TIMES = '1';

function run() {
  const t = process.hrtime.bigint();
  const r = spawnSync(process.execPath, [cli, 'analyze'], { cwd: root, env, encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'] });
  const wall = Number(process.hrtime.bigint() - t) / 1e6;
  if (r.status !== 0) {
    console.error(`wiretrace analyze exited ${r.status}: ${r.stderr.trim()}`);
    process.exit(1);
  }
  const line = r.stderr.split('\n').find((l) => l.startsWith(PREFIX));
  if (line === undefined) {
    console.error('wiretrace analyze printed no stage times (is dist/ built from this source?)');
    process.exit(1);
  }
  return { marks: JSON.parse(line.slice(PREFIX.length)), wall };
}

run(); // warm the file cache
const samples = Array.from({ length: runs }, run);
const names = Object.keys(samples[0].marks);
const LABELS = {
  node: "Node's own start",
  setup: 'set-up: code cache, modules, arguments',
  read: 'reading the inputs',
  exit: 'output',
};
console.log(`runs: ${runs}; node ${process.version}`);
if (removed.length > 0) console.log(`without ${removed.join(' and ')} (--inherit-env keeps them)`);
const row = (label, xs) => console.log(`${label.padEnd(40)} ${median(xs).toFixed(1).padStart(7)} ms`);
names.forEach((name, k) => row(LABELS[name] ?? name, samples.map((s) => s.marks[name] - (k === 0 ? 0 : s.marks[names[k - 1]]))));
row('process end, as its parent sees it', samples.map((s) => s.wall - s.marks.exit));
row('after Node\'s start, in all', samples.map((s) => s.marks.exit - s.marks.node));
row('whole process', samples.map((s) => s.wall));
