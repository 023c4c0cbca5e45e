/**
 * The keys under which the archive indexes an article, and by which `match` finds candidates: the
 * interface between the archive and the index's key scheme. Today they are corpus mode's shingles
 * (src/corpus/shingles.ts: distinct hashed 5-word shingles of the article's sentences, boilerplate
 * left out), so the archive finds what corpus mode would pair. Another key scheme (reworded
 * candidates) replaces this one function and KEY_SCHEME; an archive built with other keys is refused
 * (its `meta` says which it holds).
 */
import { documentSentences, documentSignature } from '../corpus/corpus-document.js';

export const KEY_SCHEME = 'shingles-5';

export function candidateKeys(text: string, title?: string): Uint32Array {
  return documentSignature(documentSentences(text, title));
}
