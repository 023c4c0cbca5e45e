#!/usr/bin/env node
/**
 * How the engine scales, on Reuters-21578 (research use only; see the README.txt in the data
 * folder). Parses the SGML files, keeps the articles whose body has at least 40 words, and writes
 * each body as distributed (hard-wrapped at about 70 columns, the sign-off "Reuter" on its last
 * line) under its title. Builds corpora of several sizes and plants derived articles made here:
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
import { closeSync, existsSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { cli, root } from './bench-args.mjs';
import { arg, dataFolder, readReuters, wordCount } from './reuters-21578.mjs';

const dataDir = dataFolder('usage: npm run bench:scale -- --data PATH/TO/reuters21578 [--sizes 1000,4000,all] [--plant-rate 0.02] [--seed N] [--keep]');
const sizesArg = arg('sizes', '1000,2000,4000,8000,all');
const jobsList = arg('jobs', '1,2').split(',').map(Number);
const plantRate = Number(arg('plant-rate', '0.02'));
const seed = Number(arg('seed', '21578'));
const keep = process.argv.includes('--keep');

// ---- Reuters-21578 SGML --------------------------------------------------------------------

/** Hard-wrapped body → one line per paragraph; a new paragraph starts on an indented line. */
function paragraphs(body) {
  const out = [];
  for (const line of body.split('\n')) {
    if (line.trim() === '') continue;
    if (out.length === 0 || /^\s{2,}/.test(line)) out.push(line.trim());
    else out[out.length - 1] += ' ' + line.trim();
  }
  return out;
}

function parseReuters(dir) {
  const articles = [];
  for (const { newid, title, body } of readReuters(dir)) {
    const raw = body.replace(/\s+$/, '');
    // Paragraphs, for making derived articles only: the corpus keeps the body as distributed.
    let paras = paragraphs(raw);
    const last = paras[paras.length - 1] ?? '';
    const signOff = /\s*\bReuter\s*$/i.exec(last);
    if (signOff) paras[paras.length - 1] = last.slice(0, signOff.index).trim();
    paras = paras.filter((p) => p !== '');
    const words = wordCount(paras.join(' '));
    if (words < 40) continue;
    articles.push({ newid, title, raw, paras, signOff: signOff ? 'Reuter' : '' });
  }
  return articles.sort((a, b) => a.newid - b.newid);
}

/** The article as distributed: its title, then the body's own lines (hard-wrapped). */
const articleText = (a) => [a.title, a.raw].filter((x) => x !== '').join('\n\n') + '\n';

// ---- planted derivatives -------------------------------------------------------------------

function mulberry32(s) {
  return () => {
    s = (s + 0x6d2b79f5) | 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SYNONYMS = {
  said: 'stated', rose: 'climbed', fell: 'dropped', company: 'firm', shares: 'stock', expected: 'forecast',
  increase: 'rise', decline: 'drop', agreed: 'consented', plans: 'intends', total: 'overall', about: 'around',
  officials: 'authorities', announced: 'disclosed', reported: 'posted', markets: 'exchanges', major: 'big',
};
const PLACES = ['Tokyo', 'London', 'Chicago', 'Frankfurt', 'Sydney', 'Toronto', 'Paris', 'Zurich', 'Singapore', 'Madrid'];
const WHO = ['Analysts', 'Traders', 'Dealers', 'Economists', 'Brokers', 'Industry sources', 'Bankers', 'Officials'];
const VERB = ['expected', 'predicted', 'cautioned', 'suggested', 'warned', 'noted', 'argued', 'doubted'];
const WHAT = ['further gains', 'a slower recovery', 'more volatility', 'a policy review', 'weaker demand', 'new talks', 'tighter supplies', 'higher costs'];
const WHEN = ['next week', 'later this month', 'before the summer', 'by the end of the quarter', 'in coming months', 'this year'];

/** More rewording than SYNONYMS: each sentence of a reworded copy gets several of these. */
const REWORD = {
  ...SYNONYMS, the: 'the', will: 'is to', would: 'was set to', its: 'its', from: 'from', company: 'group', profit: 'earnings',
  year: 'twelve months', quarter: 'three months', billion: 'bln', million: 'mln', sales: 'revenues', net: 'net', loss: 'deficit',
  sell: 'dispose of', buy: 'acquire', bought: 'acquired', sold: 'disposed of', also: 'in addition', because: 'as', but: 'however',
  up: 'higher', down: 'lower', told: 'informed', week: 'seven days', month: 'four weeks', pct: 'percent', government: 'administration',
};

/** A sentence reworded: synonyms, "X said Y" turned round, a clause moved. */
function rewordSentence(s, rnd) {
  let out = s.replace(/\b([A-Za-z]+)\b/g, (w) => {
    const r = REWORD[w.toLowerCase()];
    return r && rnd() < 0.8 ? (w[0] === w[0].toUpperCase() ? r.charAt(0).toUpperCase() + r.slice(1) : r) : w;
  });
  const said = /^(.{12,}?),? (?:the company |it )?(?:stated|said)[.]?$/.exec(out.replace(/[.]$/, ''));
  if (said) out = `According to the company, ${said[1].charAt(0).toLowerCase()}${said[1].slice(1)}.`;
  const clause = /^([^,]{15,}), ([^,]{15,})\.$/.exec(out);
  if (clause && rnd() < 0.5) out = `${clause[2].charAt(0).toUpperCase()}${clause[2].slice(1)}, ${clause[1].charAt(0).toLowerCase()}${clause[1].slice(1)}.`;
  return out;
}

/** A reworded copy: the first 3–6 sentences, each reworded, under a new headline. */
function deriveReworded(src, rnd) {
  const sents = src.paras.flatMap(splitSentences).filter((x) => x.trim() !== '').slice(0, 3 + Math.floor(rnd() * 4));
  const title = src.title ? 'Report: ' + src.title.toLowerCase() : '';
  return [title, ...sents.map((x) => rewordSentence(dropMarkUp(x), rnd))].filter((x) => x !== '').join('\n\n') + '\n';
}

/**
 * An excerpt: one or two prose sentences of the source (its first, or the first two) inside an
 * article of the copier's own. (Taking the first sentences whatever they were made 1 of 45
 * excerpts a copy of two rows of a results table, which shares no prose.)
 */
function deriveExcerpt(src, rnd) {
  const pick = (xs) => xs[Math.floor(rnd() * xs.length)];
  const sents = src.paras.flatMap(splitSentences).filter(prose);
  const kept = sents.slice(0, 1 + Math.floor(rnd() * 2)).map(dropMarkUp);
  const own = [`${pick(WHO)} in ${pick(PLACES)} ${pick(VERB)} ${pick(WHAT)} ${pick(WHEN)}.`, `${pick(WHO)} in ${pick(PLACES)} said the outlook for ${pick(WHAT)} was unclear ${pick(WHEN)}.`];
  return ['Market roundup', own[0], ...kept, own[1]].join('\n\n') + '\n';
}

const splitSentences = (p) => p.split(/(?<=[a-z0-9)][.!?])\s+(?=[A-Z"])/);

/**
 * The wire's mark-up, which copiers drop: a ticker or instrument code in angle brackets ("General
 * Motors Corp <GM>", "Volkswagen AG <VOWG.F>") goes with its brackets, a company name in them
 * ("<Cominco Ltd>") keeps its name. (Keeping the brackets' contents whole, as the bench did, left
 * bare instrument codes such as "Marubeni Corp MART.T" in 18 of 325 planted articles: a newspaper
 * never prints those, and they made the copy read as the agency's own.)
 */
const dropMarkUp = (s) => s.replace(/\s*<([A-Z0-9]{1,6}(?:\.[A-Z]{1,2})?)>/g, '').replace(/<([^<>]{1,80})>/g, '$1');

/** A prose sentence: it ends as a sentence does and has eight words or more (not a row of a results table). */
const prose = (x) => /[.!?"]$/.test(x) && x.split(/\s+/).length >= 8;

function derive(src, rnd) {
  const pick = (xs) => xs[Math.floor(rnd() * xs.length)];
  let sents = src.paras.flatMap(splitSentences).filter((s) => s.trim() !== '');
  // Trimmed: keep the first 50–100% of the story.
  sents = sents.slice(0, Math.max(3, Math.ceil(sents.length * (0.5 + 0.5 * rnd()))));
  // Sentences dropped (never the lead).
  sents = sents.filter((s, i) => i === 0 || rnd() > 0.15 || sents.length <= 3);
  // Reordered: one adjacent swap after the lead.
  if (sents.length > 3 && rnd() < 0.4) {
    const i = 1 + Math.floor(rnd() * (sents.length - 2));
    [sents[i], sents[i + 1]] = [sents[i + 1], sents[i]];
  }
  // Words changed or dropped.
  sents = sents.map((s) => {
    if (rnd() > 0.4) return s;
    const words = s.split(' ');
    const k = 1 + Math.floor(rnd() * (words.length - 1));
    const w = words[k]?.toLowerCase();
    if (w && SYNONYMS[w]) words[k] = SYNONYMS[w];
    else if (words.length > 8) words.splice(k, 1);
    return words.join(' ');
  });
  // The wire's mark-up removed ("<Cominco Ltd>" → "Cominco Ltd", "<GM>" dropped): copiers drop it.
  sents = sents.map(dropMarkUp);
  // Two sentences merged into one.
  if (sents.length > 3 && rnd() < 0.3) {
    const i = 1 + Math.floor(rnd() * (sents.length - 2));
    const b = sents[i + 1];
    sents.splice(i, 2, sents[i].replace(/[.!?]$/, '') + ', and ' + b.charAt(0).toLowerCase() + b.slice(1));
  }
  // A sentence of the copier's own.
  if (rnd() < 0.5) sents.push(`${pick(WHO)} in ${pick(PLACES)} ${pick(VERB)} ${pick(WHAT)} ${pick(WHEN)}.`);
  const title = src.title ? src.title.charAt(0) + src.title.slice(1).toLowerCase() : '';
  const paras = [];
  for (let i = 0; i < sents.length; ) {
    const n = 1 + Math.floor(rnd() * 2);
    paras.push(sents.slice(i, i + n).join(' '));
    i += n;
  }
  // Most copiers strip the agency's sign-off; some keep it.
  const signOff = rnd() < 0.2 ? src.signOff : '';
  return [title, ...paras, signOff].filter((x) => x !== '').join('\n\n') + '\n';
}

/** A story worth copying: at least four prose sentences of eight words or more (not a results table). */
const plantable = (a) => a.paras.flatMap(splitSentences).filter(prose).length >= 4;

/** Originals (the first n articles) plus planted derivatives, shuffled into file names. */
function buildCorpus(articles, n, dir) {
  const rnd = mulberry32(seed + n);
  const originals = articles.slice(0, n);
  const docs = originals.map((a) => ({ key: `r${a.newid}`, text: articleText(a) }));
  const plants = Math.round(n * plantRate);
  const planted = [];
  const used = new Set();
  while (planted.length < plants) {
    const s = Math.floor(rnd() * originals.length);
    if (used.has(s) || !plantable(originals[s])) continue;
    used.add(s);
    const copies = rnd() < 0.2 ? 2 : 1; // some wire stories are taken by two outlets
    for (let c = 0; c < copies && planted.length < plants; c++) {
      const key = `p${planted.length}`;
      // Kinds of derivative: 60% copied with edits, 25% reworded, 15% excerpts of one or two sentences.
      const r = rnd();
      const kind = r < 0.6 ? 'edited' : r < 0.85 ? 'reworded' : 'excerpt';
      planted.push({ key, source: `r${originals[s].newid}`, kind });
      docs.push({ key, text: kind === 'edited' ? derive(originals[s], rnd) : kind === 'reworded' ? deriveReworded(originals[s], rnd) : deriveExcerpt(originals[s], rnd) });
    }
  }
  // Deterministic shuffle into file names, so neither input order nor names give the source away.
  const order = docs.map((_, i) => i);
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [order[i], order[j]] = [order[j], order[i]];
  }
  const idOf = new Map();
  mkdirSync(dir, { recursive: true });
  order.forEach((di, pos) => {
    const id = `d${String(pos).padStart(6, '0')}`;
    idOf.set(docs[di].key, id);
    writeFileSync(path.join(dir, `${id}.txt`), docs[di].text);
  });
  return { documents: docs.length, planted: planted.map((p) => ({ from: idOf.get(p.source), to: idOf.get(p.key), kind: p.kind })) };
}

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
    const { documents, planted } = buildCorpus(articles, n, dir);
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
