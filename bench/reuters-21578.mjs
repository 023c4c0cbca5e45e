/**
 * Reading Reuters-21578 (research use only; see the README.txt in the data folder) for the
 * benchmarks: every article of the SGML files with its NEWID, title and body, entities decoded,
 * the body as distributed (hard-wrapped, indented paragraphs, the "Reuter" sign-off at its end).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const ENTITY = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
export const decodeSgml = (s) =>
  s
    .replace(/&#(\d+);/g, (_, n) => (Number(n) >= 32 && Number(n) !== 127 ? String.fromCharCode(Number(n)) : ''))
    .replace(/&(lt|gt|amp|quot|apos);/g, (_, e) => ENTITY[e])
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '');

/** The articles that have a body, in file order: { newid, title, body }. */
export function readReuters(dir) {
  const files = readdirSync(dir).filter((n) => /^reut2-\d{3}\.sgm$/.test(n)).sort();
  const out = [];
  for (const f of files) {
    const sgml = readFileSync(path.join(dir, f), 'latin1');
    for (const m of sgml.matchAll(/<REUTERS[^>]*NEWID="(\d+)"[^>]*>([\s\S]*?)<\/REUTERS>/g)) {
      const title = /<TITLE>([\s\S]*?)<\/TITLE>/.exec(m[2])?.[1];
      const body = /<BODY>([\s\S]*?)<\/BODY>/.exec(m[2])?.[1];
      if (!body) continue;
      out.push({ newid: Number(m[1]), title: title ? decodeSgml(title).replace(/\s+/g, ' ').trim() : '', body: decodeSgml(body) });
    }
  }
  return out;
}

/** Words of a text (runs holding a letter or digit). */
export const wordCount = (s) => s.split(/\s+/).filter((w) => /[A-Za-z0-9]/.test(w)).length;

export { arg, dataFolder } from './bench-args.mjs';
