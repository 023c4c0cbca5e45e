#!/usr/bin/env node
/**
 * How the engine scales, on Reuters-21578 (research use only; see the README.txt in the data
 * folder). Parses the SGML files, keeps the articles whose body has at least 40 words, and writes
 * each body as distributed (hard-wrapped at about 70 columns, the sign-off "Reuter" on its last
 * line) under its title. Builds corpora of several sizes and plants derived articles (made by
 * bench/reuters-corpus.mjs, which bench/review.mjs shares):
 * copies that are trimmed, lightly edited (sentences dropped, reordered and merged, words changed,
 * company mark-up and mostly the sign-off removed, a sentence of their own added), REWORDED copies
 * (most sentences rephrased: synonyms, clauses turned round, function words changed), and excerpts
 * that keep only one or two sentences of the source. Runs `wiretrace analyze --jsonl --jobs N` on
 * each corpus in a child process, for each N of --jobs, and a plain MinHash-LSH candidate step
 * (document-level, 5-word shingles, 128 hashes in 32 bands of 4, Jaccard estimate ≥ 0.1) as a
 * reference for what such an index finds. Prints per size: wall time, CPU, peak memory (the
 * child's maxRSS), planted source → derived edges found with the right direction (all, reworded,
 * excerpts), and the time ratio per doubling of the corpus.
 *
 * The plants do what a newsroom does with wire copy: the wire's mark-up goes (tickers and
 * instrument codes in angle brackets with their brackets, company names keep their names), excerpts
 * keep prose sentences (not rows of a results table), and 20% of the edited copies keep the
 * agency's sign-off (a credited reprint). A planted article is right when its edge comes from its
 * source, or from a Reuters near-duplicate of the source that its text cannot tell from the source
 * (score(), below).
 *
 * Usage: npm run bench:scale -- --data ../shared/data/reuters21578 [--sizes 1000,2000,4000,8000,all]
 *        [--jobs 1,2] [--plant-rate 0.02] [--seed 21578] [--keep]
 */
import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { cli, root } from './bench-args.mjs';
import { arg, dataFolder } from './reuters-21578.mjs';
import { buildCorpus, mulberry32, parseReuters } from './reuters-corpus.mjs';

const dataDir = dataFolder('usage: npm run bench:scale -- --data PATH/TO/reuters21578 [--sizes 1000,4000,all] [--plant-rate 0.02] [--seed N] [--keep]');
const sizesArg = arg('sizes', '1000,2000,4000,8000,all');
const jobsList = arg('jobs', '1,2').split(',').map(Number);
const plantRate = Number(arg('plant-rate', '0.02'));
const seed = Number(arg('seed', '21578'));
const keep = process.argv.includes('--keep');

// ---- one run per size, in a child process --------------------------------------------------

const CHILD = `
import { writeSync } from 'node:fs';
process.on('exit', () => { const u = process.resourceUsage(); writeSync(2, '\\nBENCH-MAXRSS-KB ' + u.maxRSS + ' CPU-US ' + (u.userCPUTime + u.systemCPUTime) + '\\n'); });
process.argv = [process.argv[0], ${JSON.stringify(cli)}, 'analyze', '--jsonl', '--jobs', process.env.BENCH_JOBS, process.env.BENCH_CORPUS];
await import(${JSON.stringify(cli)});
`;

/** One run with `--jobs jobs`: wall time, CPU (every thread's), peak RSS (the process's, worker threads included: they share it). */
function runCorpus(dir, outFile, jobs) {
  const out = openSync(outFile, 'w');
  const t = process.hrtime.bigint();
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', CHILD], {
    cwd: root,
    env: { ...process.env, BENCH_CORPUS: dir, BENCH_JOBS: String(jobs) },
    stdio: ['ignore', out, 'pipe'],
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const ms = Number(process.hrtime.bigint() - t) / 1e6;
  closeSync(out);
  if (r.status !== 0) throw new Error(`wiretrace exited ${r.status}: ${r.stderr.slice(-2000)}`);
  const m = /BENCH-MAXRSS-KB (\d+) CPU-US (\d+)/.exec(r.stderr);
  return { ms, rssMB: Number(m?.[1] ?? NaN) / 1024, cpuMs: Number(m?.[2] ?? NaN) / 1000 };
}

function lastLine(file) {
  const text = readFileSync(file, 'utf8');
  const end = text.endsWith('\n') ? text.length - 1 : text.length;
  return JSON.parse(text.slice(text.lastIndexOf('\n', end - 1) + 1, end));
}

/**
 * How the planted edges came out. A planted article is found when an edge goes to it from its
 * source with the source's direction, or from a near-duplicate of the source: Reuters-21578
 * repeats some stories word for word, and an edge from such a document (one the engine joins to
 * the source, by an edge or as a sibling of one Reuters story) is right when the planted article's
 * text cannot tell it from the source (its derived words from it, `derivedFrom`, are at least as
 * many as from the source). A near-copy the planted text shares less with is a wrong source.
 */
function score(provenance, planted) {
  const { edges } = provenance;
  const key = (a, b) => `${a}>${b}`;
  const found = new Set(edges.map((e) => key(e.from, e.to)));
  const joined = new Set();
  for (const [a, b] of [...edges.map((e) => [e.from, e.to]), ...provenance.similar.filter((x) => x.kind === 'same-source').map((x) => x.documents)]) {
    joined.add(key(a, b));
    joined.add(key(b, a));
  }
  const derived = new Map(provenance.documents.map((d) => [d.document, new Map((d.derivedFrom ?? []).map((x) => [x.document, x.words]))]));
  const outcome = (p) => {
    if (found.has(key(p.from, p.to))) return 'exact';
    const words = derived.get(p.to) ?? new Map();
    const from = edges.filter((e) => e.to === p.to).map((e) => e.from);
    if (from.some((o) => joined.has(key(o, p.from)) && (words.get(o) ?? 0) >= (words.get(p.from) ?? 0))) return 'duplicate';
    if (found.has(key(p.to, p.from))) return 'reversed';
    if (from.some((o) => joined.has(key(o, p.from)))) return 'near-copy';
    return from.length > 0 ? 'other-source' : 'missed';
  };
  const outcomes = planted.map(outcome);
  const count = (...kinds) => outcomes.filter((o) => kinds.includes(o)).length;
  // False edges: touching a planted article, other than its own source's, unless the other end is
  // itself joined to that source (a Reuters duplicate or update of the source story).
  const plantedTo = new Map(planted.map((p) => [p.to, p.from]));
  let falseEdges = 0;
  for (const e of edges) {
    for (const [mine, other] of [
      [e.to, e.from],
      [e.from, e.to],
    ]) {
      const src = plantedTo.get(mine);
      if (src === undefined || other === src || joined.has(key(other, src))) continue;
      falseEdges++;
      break;
    }
  }
  const plantedIds = new Set(planted.flatMap((p) => [p.from, p.to]));
  const other = edges.filter((e) => !plantedIds.has(e.from) && !plantedIds.has(e.to)).length;
  const byKind = {};
  planted.forEach((p, i) => {
    byKind[p.kind] ??= { right: 0, all: 0 };
    byKind[p.kind].all++;
    if (outcomes[i] === 'exact' || outcomes[i] === 'duplicate') byKind[p.kind].right++;
  });
  return { correct: count('exact', 'duplicate'), viaDuplicate: count('duplicate'), reversed: count('reversed'), nearCopy: count('near-copy'), falseEdges, other, byKind, outcomes };
}

// ---- a plain MinHash-LSH candidate step, as a reference --------------------------------------

const MINHASH = { shingleWords: 5, hashes: 128, bands: 32, rows: 4, minJaccard: 0.1 };

/** 32-bit FNV-1a of a string. */
function fnv(str) {
  let h = 0x811c9dc5;
  for (let i = 0; i < str.length; i++) h = Math.imul(h ^ str.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** A 32-bit mix of a value with a seed (one of the 128 hash functions). */
function mix(x, s) {
  let h = Math.imul(x ^ s, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/**
 * Document pairs a plain MinHash-LSH step proposes: each document's distinct 5-word shingles
 * (lower-cased words), 128 seeded hash functions, 32 bands of 4 rows; two documents sharing a
 * band's bucket are kept when their estimated Jaccard similarity is at least 0.1. Returns the
 * pairs (as "a|b", sorted ids) and the time taken; the same for a given seed.
 */
function minhashPairs(dir, ids) {
  const t = process.hrtime.bigint();
  const rnd = mulberry32(seed ^ 0x5eed);
  const seeds = Array.from({ length: MINHASH.hashes }, () => Math.floor(rnd() * 2 ** 32) >>> 0);
  const sigs = ids.map((id) => {
    const words = readFileSync(path.join(dir, `${id}.txt`), 'utf8').toLowerCase().match(/[a-z0-9]+/g) ?? [];
    const shingles = new Set();
    for (let i = 0; i + MINHASH.shingleWords <= words.length; i++) shingles.add(fnv(words.slice(i, i + MINHASH.shingleWords).join(' ')));
    const sig = new Uint32Array(MINHASH.hashes).fill(0xffffffff);
    for (const x of shingles) for (let k = 0; k < MINHASH.hashes; k++) { const v = mix(x, seeds[k]); if (v < sig[k]) sig[k] = v; }
    return shingles.size > 0 ? sig : undefined;
  });
  const pairs = new Set();
  for (let b = 0; b < MINHASH.bands; b++) {
    const buckets = new Map();
    sigs.forEach((sig, d) => {
      if (!sig) return;
      const key = Array.from(sig.subarray(b * MINHASH.rows, (b + 1) * MINHASH.rows)).join(',');
      const list = buckets.get(key);
      if (list) list.push(d);
      else buckets.set(key, [d]);
    });
    for (const list of buckets.values())
      for (let i = 0; i < list.length; i++)
        for (let j = i + 1; j < list.length; j++) {
          const [x, y] = [sigs[list[i]], sigs[list[j]]];
          let same = 0;
          for (let k = 0; k < MINHASH.hashes; k++) if (x[k] === y[k]) same++;
          if (same / MINHASH.hashes >= MINHASH.minJaccard) pairs.add([ids[list[i]], ids[list[j]]].sort().join('|'));
        }
  }
  return { pairs, ms: Number(process.hrtime.bigint() - t) / 1e6 };
}

/** How many planted pairs the reference proposes, by kind. */
function minhashRecall(dir, documents, planted) {
  const ids = Array.from({ length: documents }, (_, pos) => `d${String(pos).padStart(6, '0')}`);
  const { pairs, ms } = minhashPairs(dir, ids);
  const byKind = {};
  let proposed = 0;
  for (const p of planted) {
    byKind[p.kind] ??= { right: 0, all: 0 };
    byKind[p.kind].all++;
    if (pairs.has([p.from, p.to].sort().join('|'))) {
      byKind[p.kind].right++;
      proposed++;
    }
  }
  return { proposed, pairs: pairs.size, ms, byKind };
}

// ---- main ----------------------------------------------------------------------------------

if (!existsSync(cli)) {
  console.error('build first: npx tsc -p .');
  process.exit(2);
}
const articles = parseReuters(dataDir);
const sizes = sizesArg.split(',').map((s) => (s === 'all' ? articles.length : Math.min(articles.length, Number(s))));
const work = mkdtempSync(path.join(os.tmpdir(), 'wiretrace-scale-'));
console.log(`Reuters-21578: ${articles.length} articles with bodies of 40 words or more; planted derivatives: ${plantRate * 100}% of each size; seed ${seed}`);
console.log(`node ${process.version}, ${os.cpus().length} CPUs; work folder ${work}`);
console.log('');
console.log('   docs  planted  jobs   wall s    CPU s   peak MB   edges found (recall)   via dup.   reversed   false   other edges   ×time/doubling   ×CPU/doubling   edited / reworded / excerpt   candidates');
const prevOf = new Map();
const firstOf = new Map();
const references = [];
try {
  for (const n of sizes) {
    const dir = path.join(work, `n${n}`);
    const { documents, planted } = buildCorpus(articles, n, dir, { seed, plantRate });
    if (keep) writeFileSync(path.join(work, `n${n}.planted.json`), JSON.stringify(planted, null, 1));
    for (const jobs of jobsList) {
      const outFile = path.join(work, `n${n}-j${jobs}.jsonl`);
      const { ms, rssMB, cpuMs } = runCorpus(dir, outFile, jobs);
      const tail = lastLine(outFile);
      const s = score(tail.provenance, planted);
      const prev = prevOf.get(jobs);
      const perDoubling = (now, before) => (prev ? Math.pow(now / before, 1 / Math.log2(documents / prev.documents)).toFixed(2) : '');
      const ratio = perDoubling(ms, prev?.ms);
      const cpuRatio = perDoubling(cpuMs, prev?.cpuMs);
      console.log(
        `${String(documents).padStart(7)}  ${String(planted.length).padStart(7)}  ${String(jobs).padStart(4)}  ${(ms / 1000).toFixed(1).padStart(7)}  ${(cpuMs / 1000).toFixed(1).padStart(7)}  ${rssMB.toFixed(0).padStart(8)}   ${`${s.correct}/${planted.length} (${((100 * s.correct) / planted.length).toFixed(1)}%)`.padStart(20)}   ${String(s.viaDuplicate).padStart(8)}   ${String(s.reversed).padStart(8)}   ${String(s.falseEdges).padStart(5)}   ${String(s.other).padStart(11)}   ${ratio.padStart(14)}   ${cpuRatio.padStart(13)}   ${['edited', 'reworded', 'excerpt'].map((k) => `${s.byKind[k]?.right ?? 0}/${s.byKind[k]?.all ?? 0}`).join(' / ').padStart(27)}   ${tail.engine?.candidates}`,
      );
      prevOf.set(jobs, { ms, cpuMs, documents });
      if (!firstOf.has(jobs)) firstOf.set(jobs, prevOf.get(jobs));
    }
    const ref = minhashRecall(dir, documents, planted);
    references.push(
      `${String(documents).padStart(7)}  ${String(planted.length).padStart(7)}  ${(ref.ms / 1000).toFixed(1).padStart(7)}  ${String(ref.pairs).padStart(9)}   ${`${ref.proposed}/${planted.length} (${((100 * ref.proposed) / planted.length).toFixed(1)}%)`.padStart(20)}   ${['edited', 'reworded', 'excerpt'].map((k) => `${ref.byKind[k]?.right ?? 0}/${ref.byKind[k]?.all ?? 0}`).join(' / ').padStart(27)}`,
    );
    if (!keep) rmSync(dir, { recursive: true, force: true });
  }
  for (const jobs of jobsList) {
    const first = firstOf.get(jobs);
    const last = prevOf.get(jobs);
    if (!first || last === first) continue;
    const d = Math.log2(last.documents / first.documents);
    console.log(
      `--jobs ${jobs}: from ${first.documents} to ${last.documents} documents: ×${Math.pow(last.ms / first.ms, 1 / d).toFixed(2)} wall time, ×${Math.pow(last.cpuMs / first.cpuMs, 1 / d).toFixed(2)} CPU time per doubling`,
    );
  }
  console.log('');
  console.log('The same corpora through a plain MinHash-LSH candidate step (document-level, 5-word shingles, 128 hashes in 32 bands of 4,');
  console.log('Jaccard estimate >= 0.1; in this process, one core): planted pairs it proposes as candidates (not edges).');
  console.log('   docs  planted   time s   doc pairs   planted pairs proposed   edited / reworded / excerpt');
  for (const line of references) console.log(line);
} finally {
  if (!keep) rmSync(work, { recursive: true, force: true });
}
console.log('');
console.log('edges found: planted source → derived edges found with the right direction (via dup.: of these, found from a Reuters');
console.log("duplicate of the source, the source's own edge then being left out as a sibling); reversed: found the other way round;");
console.log("false: edges touching a planted article that are not its source's (nor a duplicate of its source's); other: edges among");
console.log("Reuters' own articles (its collection holds updates and repeats of stories), not judged. CPU s: the child's user + system");
console.log('time, which other load on the machine does not inflate; ×…/doubling: growth per doubling of the corpus from the row above.');
console.log("With --jobs N the CPU is every thread's; peak MB is the child's maxRSS, its worker threads included (they share the process).");
