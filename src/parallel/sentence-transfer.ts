/**
 * Documents' sentences packed for a worker thread and back: numbers in one typed array, the
 * roles and boilerplate kinds as indices into the message's own table of the names it holds (so
 * no list of kinds is written here: a new one travels like the others), and no text at all, since
 * a sentence's text is its document's text from `start` to `end` (segment/segment-document.ts).
 * A structured clone of a corpus's sentence objects costs more than segmenting them; this is
 * a copy of one buffer. Unpacked, the sentences are the objects segmentation made, field for field
 * and in the same order.
 */
import type { BoilerplateKind, LineRole, Sentence, Span } from '../types.js';

/** Sentences of some documents, packed (packSentences). */
export interface PackedSentences {
  /** Per document: its sentence count, then per sentence index, start, end, line, role, boilerplate (−1: none), quoted spans' count and their starts and ends. */
  numbers: Int32Array;
  /** The names `numbers` refers to by index (roles and boilerplate kinds). */
  names: string[];
}

export function packSentences(documents: readonly (readonly Sentence[])[]): PackedSentences {
  const names: string[] = [];
  const code = new Map<string, number>();
  const nameCode = (name: string): number => {
    let c = code.get(name);
    if (c === undefined) code.set(name, (c = names.push(name) - 1));
    return c;
  };
  let size = 0;
  for (const ss of documents) {
    size += 1;
    for (const s of ss) size += 7 + 2 * s.quoted.length;
  }
  const numbers = new Int32Array(size);
  let k = 0;
  for (const ss of documents) {
    numbers[k++] = ss.length;
    for (const s of ss) {
      numbers[k++] = s.index;
      numbers[k++] = s.start;
      numbers[k++] = s.end;
      numbers[k++] = s.line;
      numbers[k++] = nameCode(s.role);
      numbers[k++] = s.boilerplate === undefined ? -1 : nameCode(s.boilerplate);
      numbers[k++] = s.quoted.length;
      for (const q of s.quoted) {
        numbers[k++] = q.start;
        numbers[k++] = q.end;
      }
    }
  }
  return { numbers, names };
}

/** The sentences of documents whose texts are `texts` (in the order packed). */
export function unpackSentences({ numbers, names }: PackedSentences, texts: readonly string[]): Sentence[][] {
  const out: Sentence[][] = [];
  let k = 0;
  for (const text of texts) {
    const count = numbers[k++]!;
    const ss: Sentence[] = new Array(count);
    for (let i = 0; i < count; i++) {
      const index = numbers[k++]!;
      const start = numbers[k++]!;
      const end = numbers[k++]!;
      const line = numbers[k++]!;
      const role = names[numbers[k++]!]! as LineRole;
      const boilerplate = numbers[k++]!;
      const quotedCount = numbers[k++]!;
      const quoted = new Array<Span>(quotedCount);
      for (let q = 0; q < quotedCount; q++) {
        quoted[q] = { start: numbers[k]!, end: numbers[k + 1]! };
        k += 2;
      }
      const s: Sentence = { index, start, end, text: text.slice(start, end), line, role, quoted };
      if (boilerplate >= 0) s.boilerplate = names[boilerplate]! as BoilerplateKind;
      ss[i] = s;
    }
    out.push(ss);
  }
  return out;
}
