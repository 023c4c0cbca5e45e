import type { AnalyzedDocument, ContentUnit, Provenance } from '../types.js';

export function inferProvenance(documents: readonly AnalyzedDocument[], units: ContentUnit[]): Provenance {
  void units;
  return { edges: [], sources: [], documents: documents.map((d) => ({ document: d.id, attributions: [], fingerprints: [], agencyCopy: false })) };
}
