/**
 * Who an article credits, with the words that give the credit: "With reporting by Interfax and
 * Reuters", "…, Reuters reported.", "according to Reuters", "MOSCOW (Reuters) -",
 * "Reporting by …; Editing by …". A credit names an agency, or an outlet of the collection.
 */
import type { AnalyzedDocument, Attribution } from '../types.js';
import { agencyNamed, normalizeName } from './agencies.js';

const NAME = String.raw`((?:the\s+)?[A-Z][\w.&'’/-]*(?:\s+(?:[A-Z][\w.&'’/-]*|of|de|la))*)`;

interface CreditPattern {
  kind: Attribution['kind'];
  pattern: RegExp;
  /** The group holding the list of names. */
  group: number;
  /** Words every match contains: a text without them is not searched (most sentences). */
  needs: RegExp;
}

const PATTERNS: readonly CreditPattern[] = [
  { kind: 'with-reporting-by', pattern: /\b(?:with|additional)\s+reporting\s+(?:by|from)\s+(.+?)(?:[.;]|$)/gi, group: 1, needs: /reporting/i },
  { kind: 'dateline', pattern: /^(?:[A-Z][A-Za-z .'-]{1,40}\s+)?\(([A-Z][A-Za-z .'-]{1,30})\)\s*[-–—]/g, group: 1, needs: /\)/ },
  {
    kind: 'reported',
    pattern: new RegExp(String.raw`${NAME}\s+(?:reported|reports|has reported|had reported|first reported)\b`, 'g'),
    group: 1,
    needs: /\breport(?:ed|s)\b/,
  },
  { kind: 'reported', pattern: new RegExp(String.raw`\b(?:[Rr]eported|[Rr]eports)\s+${NAME}\s*[.,]`, 'g'), group: 1, needs: /[Rr]eport(?:ed|s)\s/ },
  {
    // "a New York Times report", "an Axios article": the outlet's name as an adjective.
    kind: 'reported',
    pattern: new RegExp(String.raw`\b(?:[Aa]n?|[Ii]n\s+a|[Tt]he)\s+${NAME}\s+(?:report|article|story|investigation|analysis|interview|exclusive)\b`, 'g'),
    group: 1,
    needs: /report|article|story|investigation|analysis|interview|exclusive/,
  },
  {
    kind: 'reported',
    pattern: new RegExp(String.raw`${NAME}\s+(?:revealed|disclosed|first revealed|wrote|has learned|learned)\b`, 'g'),
    group: 1,
    needs: /revealed|disclosed|wrote|learned/,
  },
  {
    kind: 'according-to',
    pattern: new RegExp(String.raw`\b[Aa]ccording\s+to\s+(?:a\s+report\s+(?:by|from|in)\s+)?${NAME}`, 'g'),
    group: 1,
    needs: /ccording/,
  },
  {
    kind: 'credit',
    pattern: new RegExp(String.raw`\b(?:told|wrote in|said in an interview with|[Cc]ited by|[Qq]uoted by)\s+${NAME}`, 'g'),
    group: 1,
    needs: /told|wrote|interview|ited|uoted/,
  },
];

/** Names in a credit list: "Interfax and Reuters" → ["Interfax", "Reuters"]. */
function splitNames(list: string): string[] {
  return list
    .split(/\s*(?:,|;|\band\b|&)\s*/)
    .map((s) => s.trim().replace(/^the\s+/i, (m) => m))
    .filter((s) => s !== '');
}

/**
 * Whether a credited name refers to something the collection could hold: a known agency, or one
 * of `knownNames` (outlet names of the documents analysed, lower case).
 */
function creditable(name: string, knownNames: ReadonlySet<string>): string | undefined {
  const agency = agencyNamed(name);
  if (agency) return agency.name;
  const n = normalizeName(name).replace(/^the /, '');
  if (n.length >= 2 && knownNames.has(n)) return name.replace(/^the\s+/i, '');
  // A short name: "the Times" for "The New York Times", "the Journal" for "The Wall Street Journal"
  // (isShortName against every known name, looked up instead of tried one by one).
  const known = knownNameIndex(knownNames);
  const s = n.replace(/^the /, '');
  if (known.withoutThe.has(n) || (s.length >= 4 && known.lastWords.has(s))) return name.replace(/^the\s+/i, '');
  return undefined;
}

interface KnownNameIndex {
  /** Each known name without a leading "the ". */
  withoutThe: ReadonlySet<string>;
  /** Each one's last words after each of its spaces: `s` is a short name of a known name when it is here (isShortName). */
  lastWords: ReadonlySet<string>;
}

const knownNameIndexes = new WeakMap<ReadonlySet<string>, KnownNameIndex>();

function knownNameIndex(knownNames: ReadonlySet<string>): KnownNameIndex {
  let index = knownNameIndexes.get(knownNames);
  if (index) return index;
  const withoutThe = new Set<string>();
  const lastWords = new Set<string>();
  for (const k of knownNames) {
    const f = k.replace(/^the /, '');
    withoutThe.add(f);
    for (let p = f.indexOf(' '); p >= 0; p = f.indexOf(' ', p + 1)) lastWords.add(f.slice(p + 1));
  }
  knownNameIndexes.set(knownNames, (index = { withoutThe, lastWords }));
  return index;
}

/**
 * Whether `short` is `full` by its last words ("times" of "new york times"): whole words, at least
 * four letters, fewer words than the full name. Both normalised.
 */
export function isShortName(short: string, full: string): boolean {
  const s = short.replace(/^the /, '');
  const f = full.replace(/^the /, '');
  return s.length >= 4 && f.length > s.length && f.endsWith(` ${s}`);
}

/** Credit kinds from the most explicit to the least. */
const KIND_STRENGTH: Record<Attribution['kind'], number> = {
  'with-reporting-by': 0,
  dateline: 1,
  'sign-off': 2,
  'according-to': 3,
  reported: 4,
  credit: 5,
};

/** Every credit in the document, the most explicit kind first. */
export function findAttributions(doc: AnalyzedDocument, knownNames: ReadonlySet<string>): Attribution[] {
  const out: Attribution[] = [];
  const seen = new Set<string>();
  for (const s of doc.segments) {
    for (const p of PATTERNS) {
      if (!p.needs.test(s.text)) continue;
      p.pattern.lastIndex = 0;
      for (const m of s.text.matchAll(p.pattern)) {
        const names = p.kind === 'with-reporting-by' ? splitNames(m[p.group]!) : [m[p.group]!];
        for (const raw of names) {
          const source = creditable(raw, knownNames);
          if (source === undefined) continue;
          const key = `${s.id}|${source}|${p.kind}`;
          if (seen.has(key)) continue;
          seen.add(key);
          out.push({ source, text: s.text, segment: s.id, kind: p.kind });
        }
      }
    }
  }
  return out.sort((x, y) => KIND_STRENGTH[x.kind] - KIND_STRENGTH[y.kind] || x.segment - y.segment);
}

/** True when the attribution names `name` (an outlet or agency name). */
export function credits(a: Attribution, name: string): boolean {
  const x = normalizeName(a.source).replace(/^the /, '');
  const y = normalizeName(name).replace(/^the /, '');
  if (x === y || isShortName(x, y)) return true;
  const ax = agencyNamed(a.source);
  return ax !== undefined && ax === agencyNamed(name);
}

/** The most explicit credit that `by` gives to any of `to`'s names, if any. */
export function strongestCredit(by: { attributions: readonly Attribution[] }, to: { names: readonly string[] }): Attribution | undefined {
  return by.attributions
    .filter((a) => to.names.some((n) => credits(a, n)))
    .sort((x, y) => KIND_STRENGTH[x.kind] - KIND_STRENGTH[y.kind] || x.segment - y.segment)[0];
}
