#!/usr/bin/env node
/**
 * Newsroom reuse of agency copy, measured on METER (Clough, Gaizauskas, Piao, Wilks; University of
 * Sheffield; ACL 2002, LREC 2002; research use only: see the README in the data folder), the task
 * as that README poses it: for each newspaper story, `wiretrace analyze --json` runs in a child
 * process on a folder holding the story and the PA text(s) of its catchline, under neutral file
 * names (a hash of the file's path, so neither name nor order tells which is the agency's) and
 * with no manifest. The story is derived when an edge goes from a PA text to it, wholly derived
 * when that edge's share is at least 0.6 (the highest share when there are several), non-derived
 * when there is no such edge. Journalists' labels (wholly / partially / non-derived) are the truth.
 *
 * Prints binary (derived vs non-derived) precision, recall, F1 and accuracy, ternary macro-F1,
 * the confusion matrix, the share of PA–story edges pointing from PA to the story, wall time;
 * then the same decision with its two thresholds (derived, wholly) chosen by cross-validation
 * grouped by story (catchline): the thresholds are picked on the other folds' stories and scored
 * on the held-out fold's, over the per-story measure `derivedFrom` the analysis reports; and, as a
 * reference, the same thresholds over plain word n-gram containment of the story in its PA texts,
 * cross-validated and also chosen on all stories (an upper bound for that measure on this data).
 * Last, every catchline's newspaper stories (two or more) in one input with its PA texts: the
 * edges between two newspapers (siblings of PA's copy should have none) and the stories with an
 * edge from PA there.
 *
 * Files are handed to wiretrace byte for byte, as the corpus holds them: wiretrace itself reads the
 * newspapers that are not valid UTF-8 (Windows-1252) and warns of the encoding it assumed.
 *
 * Usage: npm run bench:meter -- --data PATH/meter-showbiz [--jobs 2] [--folds 5] [--verbose] [--keep]
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { arg, cli } from './bench-args.mjs';
import { AGENCY_DRAWN_MIN_SHARE, drawnFrom } from '../dist/label/derived-words.js';

const dataDir = arg('data');
if (!dataDir || !existsSync(path.join(dataDir, 'labels'))) {
  console.error('usage: npm run bench:meter -- --data PATH/meter-showbiz [--jobs 2] [--folds 5] [--verbose] [--keep]');
  process.exit(2);
}
const jobs = Math.max(1, Number(arg('jobs', String(Math.min(2, os.availableParallelism())))));
const folds = Math.max(2, Number(arg('folds', '5')));
const verbose = process.argv.includes('--verbose');
const keep = process.argv.includes('--keep');
const WHOLLY = 0.6;

// ---- the data ----------------------------------------------------------------------------------

const CLASSES = ['wholly', 'partially', 'non'];
const stories = [];
for (const cls of CLASSES) {
  const file = path.join(dataDir, 'labels', `${cls}_derived.txt`);
  for (const line of readFileSync(file, 'utf8').split(/\r?\n/)) {
    const rel = line.trim();
    if (rel === '') continue;
    const [day, catchline] = rel.split('/');
    stories.push({ rel, day, catchline, truth: cls });
  }
}
stories.sort((a, b) => (a.rel < b.rel ? -1 : a.rel > b.rel ? 1 : 0));

const neutral = (rel) => `text-${createHash('sha256').update(rel).digest('hex').slice(0, 10)}.txt`;

function paTexts(story) {
  const dir = path.join(dataDir, 'PA', story.day, story.catchline);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((n) => n.endsWith('.txt') && statSync(path.join(dir, n)).isFile())
    .sort()
    .map((n) => ({ rel: `PA/${story.day}/${story.catchline}/${n}`, file: path.join(dir, n) }));
}

// ---- running wiretrace -------------------------------------------------------------------------

const tmp = mkdtempSync(path.join(os.tmpdir(), 'wiretrace-meter-'));

function prepare(story, index) {
  const dir = path.join(tmp, String(index).padStart(4, '0'));
  mkdirSync(dir);
  const storyRel = `newspapers/${story.rel}`;
  const names = { [neutral(storyRel)]: 'story' };
  writeFileSync(path.join(dir, neutral(storyRel)), readFileSync(path.join(dataDir, 'newspapers', story.rel)));
  for (const pa of paTexts(story)) {
    names[neutral(pa.rel)] = pa.rel;
    writeFileSync(path.join(dir, neutral(pa.rel)), readFileSync(pa.file));
  }
  return { dir, names };
}

function run(dir) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [cli, 'analyze', '--json', dir], { stdio: ['ignore', 'pipe', 'pipe'] });
    const out = [];
    const err = [];
    child.stdout.on('data', (b) => out.push(b));
    child.stderr.on('data', (b) => err.push(b));
    child.on('close', (code) => resolve({ code, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') }));
  });
}

/** What the analysis says of the story: edges from PA texts to it, edges from it to PA texts, the measure. */
function verdict(result, names) {
  const idOf = (file) => path.basename(file).replace(/\.[^.]*$/, '');
  const role = new Map(result.documents.map((d) => [d.id, names[path.basename(d.file)] === 'story' ? 'story' : 'pa']));
  const storyDoc = result.documents.find((d) => role.get(d.id) === 'story');
  const storyId = storyDoc ? storyDoc.id : idOf(Object.keys(names).find((n) => names[n] === 'story'));
  let share = 0;
  let right = 0;
  let wrong = 0;
  for (const e of result.provenance.edges) {
    if (e.to === storyId && role.get(e.from) === 'pa') {
      right++;
      share = Math.max(share, e.share);
    } else if (e.from === storyId && role.get(e.to) === 'pa') wrong++;
  }
  // The per-story measure (README: "How much of a story is derived"): how much of the story draws
  // on the PA texts of its catchline taken together (the engine's own drawnFrom), its prose alone
  // for the derived threshold, quotations included for the wholly one.
  let measure;
  let whole;
  if (storyDoc) {
    const d = drawnFrom(storyDoc, new Set(result.documents.filter((x) => role.get(x.id) === 'pa').map((x) => x.id)));
    measure = d.proseShare;
    whole = d.share;
  }
  return { derived: right > 0, share, right, wrong, measure, whole };
}

const started = process.hrtime.bigint();
const results = new Array(stories.length);
let next = 0;
let failures = 0;
async function worker() {
  while (next < stories.length) {
    const i = next++;
    const story = stories[i];
    const { dir, names } = prepare(story, i);
    const r = await run(dir);
    if (r.code !== 0) {
      failures++;
      console.error(`${story.rel}: exit ${r.code}: ${r.stderr.trim().split('\n')[0]}`);
      results[i] = { derived: false, share: 0, right: 0, wrong: 0, measure: undefined, whole: undefined };
      continue;
    }
    results[i] = verdict(JSON.parse(r.stdout), names);
  }
}
await Promise.all(Array.from({ length: jobs }, worker));
const wall = Number(process.hrtime.bigint() - started) / 1e9;
if (!keep) rmSync(tmp, { recursive: true, force: true });
else console.log(`inputs kept in ${tmp}`);

// ---- scores ------------------------------------------------------------------------------------

const pct = (x) => (Number.isFinite(x) ? (100 * x).toFixed(1) : '–');
const predictedClass = (r, derivedAt, whollyAt) =>
  r.derived && (derivedAt === undefined || r.share >= derivedAt) ? (r.share >= whollyAt ? 'wholly' : 'partially') : 'non';

function score(pairs) {
  const m = Object.fromEntries(CLASSES.map((t) => [t, Object.fromEntries(CLASSES.map((p) => [p, 0]))]));
  for (const [t, p] of pairs) m[t][p]++;
  let tp = 0, fp = 0, fn = 0, tn = 0;
  for (const [t, p] of pairs) {
    const td = t !== 'non', pd = p !== 'non';
    if (td && pd) tp++;
    else if (!td && pd) fp++;
    else if (td && !pd) fn++;
    else tn++;
  }
  const precision = tp / (tp + fp);
  const recall = tp / (tp + fn);
  const f1 = (2 * precision * recall) / (precision + recall);
  const accuracy = (tp + tn) / pairs.length;
  const perClass = CLASSES.map((c) => {
    const tpc = m[c][c];
    const predicted = CLASSES.reduce((s, t) => s + m[t][c], 0);
    const actual = CLASSES.reduce((s, p) => s + m[c][p], 0);
    const p = predicted ? tpc / predicted : 0;
    const r = actual ? tpc / actual : 0;
    return p + r ? (2 * p * r) / (p + r) : 0;
  });
  const macroF1 = perClass.reduce((a, b) => a + b, 0) / CLASSES.length;
  return { m, precision, recall, f1, accuracy, macroF1, perClass };
}

function printScore(title, s) {
  console.log(title);
  console.log(`  binary (derived vs non-derived): precision ${pct(s.precision)}%  recall ${pct(s.recall)}%  F1 ${pct(s.f1)}%  accuracy ${pct(s.accuracy)}%`);
  console.log(`  ternary macro-F1 ${s.macroF1.toFixed(3)}  (F1 wholly ${s.perClass[0].toFixed(3)}, partially ${s.perClass[1].toFixed(3)}, non ${s.perClass[2].toFixed(3)})`);
  console.log(`  confusion (rows: journalists' label; columns: wiretrace)`);
  console.log(`  ${''.padEnd(10)}${CLASSES.map((c) => c.padStart(10)).join('')}`);
  for (const t of CLASSES) console.log(`  ${t.padEnd(10)}${CLASSES.map((p) => String(s.m[t][p]).padStart(10)).join('')}`);
}

const counts = Object.fromEntries(CLASSES.map((c) => [c, stories.filter((s) => s.truth === c).length]));
console.log(
  `METER ${dataDir}: ${stories.length} newspaper stories (wholly ${counts.wholly}, partially ${counts.partially}, non ${counts.non}) ` +
    `on ${new Set(stories.map((s) => `${s.day}/${s.catchline}`)).size} catchlines; ${jobs} parallel job(s)`,
);
if (failures) console.log(`${failures} run(s) failed (counted as non-derived)`);
const task = score(stories.map((s, i) => [s.truth, predictedClass(results[i], undefined, WHOLLY)]));
printScore(`\nthe task (derived ⇔ an edge from a PA text; wholly ⇔ its share ≥ ${WHOLLY})`, task);
const right = results.reduce((a, r) => a + r.right, 0);
const wrong = results.reduce((a, r) => a + r.wrong, 0);
console.log(`  edges between PA and story: ${right + wrong}; from PA to the story ${right} (${pct(right / (right + wrong))}%), reversed ${wrong}`);
console.log(`  wall time ${wall.toFixed(1)} s (${(wall / stories.length).toFixed(2)} s per story)`);

// ---- thresholds by cross-validation grouped by story -----------------------------------------

const groups = [...new Set(stories.map((s) => `${s.day}/${s.catchline}`))].sort();
// Folds by catchline: a hash of its name, so no story's texts are split across folds.
const foldOf = new Map(groups.map((g) => [g, parseInt(createHash('sha256').update(g).digest('hex').slice(0, 8), 16) % folds]));
const grid = Array.from({ length: 41 }, (_, k) => k / 40);
const everyStory = stories.map((_, i) => i);

/**
 * A ternary decision on a per-story measure: non-derived below `d` on the first value (or at 0),
 * wholly at `w` or more on the second, partially between. `values[i]` = [first, second].
 */
const classOf = ([first, second], d, w) => (first >= d && first > 0 ? (second >= w ? 'wholly' : 'partially') : 'non');

/** The thresholds (d ≤ w, on a grid of 0.025) that maximise macro-F1 + accuracy on the stories `idx`. */
function bestThresholds(values, idx) {
  let top = { value: -1, d: 0, w: 0 };
  for (const d of grid)
    for (const w of grid) {
      if (w < d) continue;
      const s = score(idx.map((i) => [stories[i].truth, classOf(values[i], d, w)]));
      const value = s.macroF1 + s.accuracy;
      if (value > top.value + 1e-12) top = { value, d, w };
    }
  return top;
}

/** Each story classed with the thresholds chosen on the other folds' stories, and what each fold chose. */
function crossValidated(values) {
  const predicted = new Array(stories.length);
  const chosen = [];
  for (let f = 0; f < folds; f++) {
    const inFold = (i) => foldOf.get(`${stories[i].day}/${stories[i].catchline}`) === f;
    const t = bestThresholds(values, everyStory.filter((i) => !inFold(i)));
    const test = everyStory.filter(inFold);
    chosen.push(`fold ${f + 1}: derived ≥ ${t.d.toFixed(3)}, wholly ≥ ${t.w.toFixed(3)} (${test.length} stories)`);
    for (const i of test) predicted[i] = classOf(values[i], t.d, t.w);
  }
  return { score: score(stories.map((s, i) => [s.truth, predicted[i]])), chosen };
}

if (results.every((r) => r.measure !== undefined)) {
  const values = results.map((r) => [r.measure, r.whole]);
  const cv = crossValidated(values);
  const all = bestThresholds(values, everyStory);
  console.log(
    `\nthresholds on the measure (drawnFrom the PA texts together: prose share ≥ derived, share with quotations ≥ wholly), chosen by ${folds}-fold cross-validation grouped by catchline (maximising macro-F1 + accuracy on the other folds):`,
  );
  for (const c of cv.chosen) console.log(`  ${c}`);
  printScore('held-out folds, each scored with the thresholds chosen without it', cv.score);
  console.log(`  chosen on all stories: derived ≥ ${all.d.toFixed(3)}, wholly ≥ ${all.w.toFixed(3)} (the engine's AGENCY_DRAWN_MIN_SHARE: ${AGENCY_DRAWN_MIN_SHARE}, wholly: ${WHOLLY})`);
}

// ---- a reference: word n-gram containment, as in the text-reuse literature ------------------------

/** The file's text: UTF-8 when valid, Windows-1252 otherwise (as wiretrace reads it). */
function decode(file) {
  const bytes = readFileSync(file);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}
const words = (text) => text.toLowerCase().match(/[\p{L}\p{N}£#]+/gu) ?? [];
const nGrams = (tokens, n) => {
  const out = new Set();
  for (let i = 0; i + n <= tokens.length; i++) out.add(tokens.slice(i, i + n).join(' '));
  return out;
};

/**
 * Containment of the story's distinct word n-grams in the PA texts of its catchline taken together
 * (Broder's containment, the measure of Clough et al. on METER), for n = 1…3. The same value serves
 * both thresholds. Scored twice: with thresholds chosen by the same grouped cross-validation as the
 * engine's measure, and with thresholds chosen on all stories and scored on them too: an upper
 * bound of what any pair of thresholds on that measure can do here, not a result.
 */
console.log('\nreference: word n-gram containment of the story in its PA texts (no alignment, no quotation or boilerplate handling)');
console.log('  n   cross-validated: accuracy  macro-F1  non-derived called derived   best thresholds on all stories, scored on them: accuracy  macro-F1');
const storyWords = stories.map((s) => words(decode(path.join(dataDir, 'newspapers', s.rel))));
const paWords = stories.map((s) => paTexts(s).map((pa) => words(decode(pa.file))));
for (const n of [1, 2, 3]) {
  const values = stories.map((_, i) => {
    const mine = nGrams(storyWords[i], n);
    const theirs = new Set(paWords[i].flatMap((t) => [...nGrams(t, n)]));
    let held = 0;
    for (const g of mine) if (theirs.has(g)) held++;
    const c = mine.size === 0 ? 0 : held / mine.size;
    return [c, c];
  });
  const cv = crossValidated(values).score;
  const top = bestThresholds(values, everyStory);
  const upper = score(stories.map((s, i) => [s.truth, classOf(values[i], top.d, top.w)]));
  const falseDerived = cv.m.non.wholly + cv.m.non.partially;
  console.log(
    `  ${n}   ${pct(cv.accuracy).padStart(24)}%  ${cv.macroF1.toFixed(3).padStart(8)}  ${`${falseDerived}/${counts.non}`.padStart(26)}   ${pct(upper.accuracy).padStart(47)}%  ${upper.macroF1.toFixed(3).padStart(8)}  (derived ≥ ${top.d.toFixed(3)}, wholly ≥ ${top.w.toFixed(3)})`,
  );
}
const allDerived = score(stories.map((s) => [s.truth, 'partially']));
console.log(`  wiretrace (the task above): accuracy ${pct(task.accuracy)}%, macro-F1 ${task.macroF1.toFixed(3)}, non-derived called derived ${task.m.non.wholly + task.m.non.partially}/${counts.non}`);
console.log(`  calling every story derived: accuracy ${pct(allDerived.accuracy)}%, non-derived called derived ${counts.non}/${counts.non}`);

if (verbose) {
  console.log('\nstory  truth  predicted  share  measure  edges (right/reversed)');
  stories.forEach((s, i) => {
    const r = results[i];
    console.log(`${s.rel}  ${s.truth}  ${predictedClass(r, undefined, WHOLLY)}  ${r.share.toFixed(3)}  ${r.measure === undefined ? '–' : r.measure.toFixed(3)}  ${r.right}/${r.wrong}`);
  });
}

// ---- the newspapers of a catchline together ----------------------------------------------------
// Every newspaper story of a catchline (two or more) in one input with the catchline's PA texts:
// what the engine says between the newspapers. They wrote on one day from one agency's copy (or
// on their own); PA's texts are in the input, so an edge between two newspapers should rest on
// wording that PA's texts do not explain (siblings of PA are no copier and copied).

const together = mkdtempSync(path.join(os.tmpdir(), 'wiretrace-meter-together-'));
const byCatchline = new Map();
for (const s of stories) {
  const key = `${s.day}/${s.catchline}`;
  if (!byCatchline.has(key)) byCatchline.set(key, []);
  byCatchline.get(key).push(s);
}
const tally = { catchlines: 0, paperEdges: 0, paperEdgesClear: 0, derived: 0, derivedFound: 0, non: 0, nonFlagged: 0 };
const paperLines = [];
for (const [key, members] of [...byCatchline].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))) {
  if (members.length < 2) continue;
  const dir = path.join(together, String(tally.catchlines).padStart(4, '0'));
  mkdirSync(dir);
  const role = new Map();
  for (const s of members) {
    const name = neutral(`newspapers/${s.rel}`);
    role.set(name.replace(/\.[^.]*$/, ''), s);
    writeFileSync(path.join(dir, name), readFileSync(path.join(dataDir, 'newspapers', s.rel)));
  }
  for (const pa of paTexts(members[0])) writeFileSync(path.join(dir, neutral(pa.rel)), readFileSync(pa.file));
  tally.catchlines++;
  const r = await run(dir);
  if (r.code !== 0) {
    console.error(`${key} (together): exit ${r.code}: ${r.stderr.trim().split('\n')[0]}`);
    continue;
  }
  const result = JSON.parse(r.stdout);
  const fromPA = new Set();
  for (const e of result.provenance.edges) {
    const a = role.get(e.from);
    const b = role.get(e.to);
    if (a && b) {
      tally.paperEdges++;
      if (e.directionClear) tally.paperEdgesClear++;
      paperLines.push(`  ${key}: ${a.truth} → ${b.truth}, share ${e.share}, direction ${e.directionClear ? 'clear' : 'not clear'}`);
    } else if (!a && b) fromPA.add(e.to);
  }
  for (const [id, s] of role) {
    if (s.truth === 'non') {
      tally.non++;
      if (fromPA.has(id)) tally.nonFlagged++;
    } else {
      tally.derived++;
      if (fromPA.has(id)) tally.derivedFound++;
    }
  }
}
if (!keep) rmSync(together, { recursive: true, force: true });
else console.log(`\ninputs (catchlines together) kept in ${together}`);
console.log(`\nthe newspapers of a catchline together with its PA texts (${tally.catchlines} catchlines with two stories or more, one input each)`);
console.log(`  edges between two newspapers: ${tally.paperEdges} (direction clear: ${tally.paperEdgesClear})`);
console.log(`  derived stories with an edge from a PA text: ${tally.derivedFound}/${tally.derived}; non-derived ones: ${tally.nonFlagged}/${tally.non}`);
if (verbose) for (const l of paperLines) console.log(l);
