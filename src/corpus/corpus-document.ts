/**
 * One corpus document taken through the small pipeline's first stages: clean (lines and
 * boilerplate) and segment (sentences), then either its shingle signature (first pass) or, for
 * alignment, its sentences with their content-word stems, prepared for the classifier only when a
 * pair needs them.
 */
import type { Sentence } from '../types.js';
import { classifyLines } from '../clean/boilerplate.js';
import { segmentDocument } from '../segment/segment-document.js';
import { prepareText, type PreparedText } from '../classify/prepared-text.js';
import { stem, STOPWORDS } from '../text/stems.js';
import { tokenize } from '../text/tokens.js';
import { isInside } from '../quotes/quote-spans.js';
import { isCommonSentence } from '../align/common-passages.js';
import { distinctSorted, sentenceShingles } from '../align/shingles.js';

export function documentSentences(text: string, title?: string): Sentence[] {
  return segmentDocument(text, classifyLines(text, title === undefined ? {} : { title }));
}

/** The document's signature: its distinct article shingles, sorted. */
export function documentSignature(sentences: readonly Sentence[]): Uint32Array {
  return distinctSorted(sentences.map((s) => (s.role === 'boilerplate' ? [] : sentenceShingles(s.text))));
}

/** A document held for alignment (in a bounded cache): sentences, stems, prepared texts on demand. */
export interface AlignableDocument {
  sentences: Sentence[];
  /** Distinct content-word stems per sentence; undefined when the sentence is not aligned (boilerplate, common passage, no words). */
  stems: (ReadonlySet<string> | undefined)[];
  /** stem → sentences holding it. */
  stemIndex: Map<string, number[]>;
  prepared: (PreparedText | undefined)[];
}

export function alignableDocument(sentences: Sentence[], common: ReadonlySet<number>): AlignableDocument {
  const stems: (ReadonlySet<string> | undefined)[] = [];
  const stemIndex = new Map<string, number[]>();
  sentences.forEach((s, i) => {
    if (s.role === 'boilerplate' || isCommonSentence(sentenceShingles(s.text), common)) return void stems.push(undefined);
    const tokens = tokenize(s.text);
    if (tokens.length === 0) return void stems.push(undefined);
    const set = new Set<string>();
    for (const t of tokens) if (!STOPWORDS.has(t.norm)) set.add(stem(t.norm));
    stems.push(set);
    for (const x of set) {
      let list = stemIndex.get(x);
      if (!list) stemIndex.set(x, (list = []));
      list.push(i);
    }
  });
  return { sentences, stems, stemIndex, prepared: sentences.map(() => undefined) };
}

/** The prepared text of sentence `i`, computed once. */
export function preparedSentence(doc: AlignableDocument, i: number): PreparedText {
  let p = doc.prepared[i];
  if (!p) {
    const s = doc.sentences[i]!;
    p = prepareText(s.text, s.quoted.map((q) => ({ start: q.start - s.start, end: q.end - s.start })));
    doc.prepared[i] = p;
  }
  return p;
}

/**
 * Share of a sentence's words inside quotation marks: the same figure as quotedShare(prepareText(…))
 * in the small path, without preparing the sentence. 0 for boilerplate.
 */
export function sentenceQuotedShare(s: Sentence): number {
  if (s.role === 'boilerplate') return 0;
  const tokens = tokenize(s.text, s.start);
  if (tokens.length === 0) return 0;
  let n = 0;
  for (const t of tokens) if (isInside(t.start, t.end, s.quoted)) n++;
  return n / tokens.length;
}
