/**
 * Agency stories: the texts an agency sent on one story. Agencies send a story in pieces and
 * versions (a first take and its continuations, a substitute, a newslead, an update), and a
 * newspaper may write from any of them at once; what it draws on is the story, not each text
 * apart. Two agency-copy documents of one agency belong to one story when one is a version of the
 * other (they share copied prose of substance) or their slug lines name the same story (the slug
 * line's words, times, dates and numbers left out, one's a subset of the other's: "Page 1 (HHH)
 * SHOWBIZ Gala" and "Page 3 (HHH) SHOWBIZ Gala Nightlead"). Pure: facts in, a story per document out.
 */
import type { DocumentFacts } from './document-facts.js';

/** Words of a slug line that name its story: times, dates and numbers left out. */
export function slugWords(slug: string): string[] {
  // Times, dates and page numbers are numbers between separators: left out with the other numbers.
  const words = slug
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w !== '' && !/^\d+$/.test(w));
  return [...new Set(words)].sort();
}

/** A slug names a story only with at least this many words (a desk name alone names none). */
const MIN_SLUG_WORDS = 2;

function sameSlugStory(a: readonly string[], b: readonly string[]): boolean {
  const [small, large] = a.length <= b.length ? [a, b] : [b, a];
  if (small.length < MIN_SLUG_WORDS) return false;
  const has = new Set(large);
  return small.every((w) => has.has(w));
}

/**
 * For each document, the index of the first document of its agency story (itself for a story of
 * one), or undefined when it is not agency copy. `sameAgency(i, j)` says whether both carry one
 * agency's marks; `versionPairs` are the pairs [i, j] of agency copy that share copied prose of
 * substance. Slug lines are compared through an index of their words (a pair must share the
 * smaller slug's rarest word), so the work follows the slugs, not the square of the documents.
 */
export function agencyStories(
  facts: readonly DocumentFacts[],
  sameAgency: (i: number, j: number) => boolean,
  versionPairs: readonly (readonly [number, number])[],
): (number | undefined)[] {
  const parent = facts.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
    return i;
  };
  const join = (i: number, j: number) => {
    if (!facts[i]!.agencyCopy || !facts[j]!.agencyCopy || !sameAgency(i, j)) return;
    const [a, b] = [find(i), find(j)];
    if (a !== b) parent[Math.max(a, b)] = Math.min(a, b);
  };
  const slugs: { doc: number; words: string[] }[] = [];
  facts.forEach((f, doc) => {
    if (!f.agencyCopy) return;
    for (const p of f.fingerprints) if (p.kind === 'slug') {
      const words = slugWords(p.text);
      if (words.length >= MIN_SLUG_WORDS) slugs.push({ doc, words });
    }
  });
  const byWord = new Map<string, number[]>();
  slugs.forEach((s, k) => {
    for (const w of s.words) {
      const list = byWord.get(w);
      if (list) list.push(k);
      else byWord.set(w, [k]);
    }
  });
  slugs.forEach((s) => {
    const rarest = s.words.reduce((best, w) => (byWord.get(w)!.length < byWord.get(best)!.length ? w : best));
    for (const k of byWord.get(rarest)!) {
      const other = slugs[k]!;
      if (other.doc !== s.doc && other.words.length >= s.words.length && sameSlugStory(s.words, other.words)) join(s.doc, other.doc);
    }
  });
  for (const [i, j] of versionPairs) join(i, j);
  return facts.map((f, i) => (f.agencyCopy ? find(i) : undefined));
}
