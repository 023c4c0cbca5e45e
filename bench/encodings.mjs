#!/usr/bin/env node
/**
 * What the legacy-encoding rule (src/ingest/decode.ts) meets in a folder of texts: how many are not
 * valid UTF-8, which bytes above 0x7F they hold, how many use 0x80–0x9F (where Windows-1252 and
 * Latin-1 differ) and how many hold a byte Windows-1252 leaves undefined, and whether the build's
 * decoder reads each one (and as what); then how many `#` before a digit the pound-sign rule
 * (src/ingest/pound-sign.ts) reads as `£`, and why the rest stay. Prints counts only, never text.
 *
 * Usage: npm run bench:encodings -- --data ../shared/data/meter-showbiz
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { decodeText } from '../dist/ingest/decode.js';
import { readPoundSigns } from '../dist/ingest/pound-sign.js';

const i = process.argv.indexOf('--data');
const dataDir = i > 0 ? process.argv[i + 1] : undefined;
if (!dataDir || !existsSync(dataDir)) {
  console.error('usage: npm run bench:encodings -- --data PATH/TO/folder-of-texts');
  process.exit(2);
}
const files = [];
(function walk(d) {
  for (const n of readdirSync(d).sort()) {
    const p = path.join(d, n);
    if (statSync(p).isDirectory()) walk(p);
    else if (!/\.(md|json|csv|tsv)$/i.test(n)) files.push(p);
  }
})(dataDir);

const utf8 = new TextDecoder('utf-8', { fatal: true });
const UNDEFINED = new Set([0x81, 0x8d, 0x8f, 0x90, 0x9d]);
const high = new Map();
let notUtf8 = 0, withC1 = 0, withUndefined = 0, assumed = 0, refused = 0;
const hash = { texts: 0, places: 0, readTexts: 0, read: 0, keptWithPound: 0, keptNoMoney: 0, keptBeside: 0 };
const HASH_DIGIT = /#\d/g;
for (const f of files) {
  const bytes = readFileSync(f);
  const decoded = decodeText(bytes);
  const before = decoded.ok ? (decoded.text.match(HASH_DIGIT) ?? []).length : 0;
  if (before > 0) {
    const r = readPoundSigns(decoded.text);
    hash.texts++;
    hash.places += before;
    if (r.places > 0) hash.readTexts++;
    hash.read += r.places;
    const kept = before - r.places;
    if (decoded.text.includes('\u00a3')) hash.keptWithPound += kept;
    else if (r.places === 0) hash.keptNoMoney += kept;
    else hash.keptBeside += kept;
  }
  try {
    utf8.decode(bytes);
    continue;
  } catch {
    notUtf8++;
  }
  let c1 = false, undef = false;
  for (const b of bytes) {
    if (b < 0x80) continue;
    high.set(b, (high.get(b) ?? 0) + 1);
    if (b <= 0x9f) c1 = true;
    if (UNDEFINED.has(b)) undef = true;
  }
  if (c1) withC1++;
  if (undef) withUndefined++;
  const d = decodeText(bytes);
  if (d.ok && d.assumed === 'windows-1252') assumed++;
  else if (!d.ok) refused++;
}
console.log(`texts: ${files.length}; not valid UTF-8: ${notUtf8}; read as Windows-1252: ${assumed}; refused: ${refused}`);
console.log(`  with bytes 0x80-0x9F (Windows-1252 and Latin-1 differ): ${withC1}; with a byte Windows-1252 leaves undefined: ${withUndefined}`);
const latin = new TextDecoder('windows-1252');
const show = [...high].sort((a, b) => b[1] - a[1]).map(([b, n]) => `0x${b.toString(16).toUpperCase()} ${JSON.stringify(decodeText(Buffer.from([0x61, b])).text?.slice(1) ?? latin.decode(Buffer.from([b])))} ×${n}`);
console.log(`  bytes above 0x7F: ${show.join(', ') || 'none'}`);
console.log(`"#" before a digit: ${hash.places} in ${hash.texts} texts; read as "£": ${hash.read} in ${hash.readTexts} texts`);
console.log(`  kept: ${hash.keptWithPound} in texts with a "£" of their own, ${hash.keptNoMoney} in texts where no "#" reads as money, ${hash.keptBeside} beside ones read as "£"`);
