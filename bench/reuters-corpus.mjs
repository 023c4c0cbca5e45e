/**
 * A corpus for the benchmarks made of Reuters-21578 (research use only; see the README.txt in the
 * data folder), shared by bench/scale.mjs and bench/review.mjs: the articles whose body has at
 * least 40 words, each written as distributed (its title, then the body's own hard-wrapped lines,
 * the sign-off "Reuter" on the last), plus derived articles planted here (bench/scale.mjs says
 * which kinds and why).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { readReuters, wordCount } from './reuters-21578.mjs';

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

export function parseReuters(dir) {
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
export const articleText = (a) => [a.title, a.raw].filter((x) => x !== '').join('\n\n') + '\n';

// ---- planted derivatives -------------------------------------------------------------------

export function mulberry32(s) {
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

/**
 * Originals (the first n articles) plus planted derivatives (`plantRate` of n), shuffled into file
 * names d000000.txt … in `dir`: the documents written and the planted edges, by file id. The same
 * articles, n, seed and rate always give the same files.
 */
export function buildCorpus(articles, n, dir, { seed, plantRate }) {
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
