/**
 * The keys under which the archive indexes an article, and by which `match` finds candidates: the
 * keys of the analysis's own index step (src/align/candidate-step.ts: distinct hashes of runs of three
 * consecutive content-word stems of the article's sentences, boilerplate left out), so that the
 * archive proposes what the index step would pair, reworded reuse included. An archive built with
 * other keys is refused (its `meta` says which it holds).
 */
import { classifyLines } from '../clean/boilerplate.js';
import { segmentDocument } from '../segment/segment-document.js';
import { documentStems, stemShingles } from '../align/candidate-step.js';

export const KEY_SCHEME = 'stem-triples';

export function candidateKeys(text: string, title?: string): Uint32Array {
  const sentences = segmentDocument(text, classifyLines(text, title === undefined ? {} : { title }));
  return stemShingles(documentStems([sentences])[0]!);
}
