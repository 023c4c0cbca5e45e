/** What provenance knows of each document before comparing any two: credits, marks, names. */
import type { AnalyzedDocument, Attribution, Fingerprint } from '../types.js';
import { normalizeName } from './agencies.js';
import { credits, findAttributions } from './attributions.js';
import { documentNames } from './document-names.js';
import { findFingerprints } from './fingerprints.js';

export interface DocumentFacts {
  doc: AnalyzedDocument;
  attributions: Attribution[];
  fingerprints: Fingerprint[];
  names: string[];
  /** The text itself (or the manifest) shows agency copy. */
  agencyCopy: boolean;
}

export function documentFacts(documents: readonly AnalyzedDocument[]): DocumentFacts[] {
  const fingerprints = documents.map(findFingerprints);
  const names = documents.map((d, i) => documentNames(d, fingerprints[i]!));
  const known = new Set(names.flat().map((n) => normalizeName(n)));
  return documents.map((doc, i) => {
    // A document naming itself ("Reuters reported…" in Reuters copy, "the Times" in the Times) credits no one.
    const attributions = findAttributions(doc, known).filter((a) => !names[i]!.some((n) => credits(a, n)));
    return { doc, attributions, fingerprints: fingerprints[i]!, names: names[i]!, agencyCopy: fingerprints[i]!.length > 0 };
  });
}
