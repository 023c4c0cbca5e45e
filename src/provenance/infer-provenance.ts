/**
 * Stage 9: who took from whom. Reads the labelled documents and units; fills `provenance` and
 * each unit's `origin`. Pure: the same result in, the same provenance out.
 */
import type { AnalyzedDocument, ContentUnit, Provenance } from '../types.js';
import { documentFacts } from './document-facts.js';
import { inferEdges } from './edges.js';
import { quotedSources } from './quoted-sources.js';
import { unitOrigins } from './unit-origins.js';

export function inferProvenance(documents: readonly AnalyzedDocument[], units: ContentUnit[]): Provenance {
  const facts = documentFacts(documents);
  const edges = inferEdges(facts);
  const origins = unitOrigins(units, edges);
  for (const u of units) {
    const o = origins.get(u.id);
    if (o !== undefined) u.origin = o;
  }
  return {
    edges,
    sources: quotedSources(documents, new Set(facts.filter((f) => f.agencyCopy).map((f) => f.doc.id))),
    documents: facts.map((f) => ({ document: f.doc.id, attributions: f.attributions, fingerprints: f.fingerprints, agencyCopy: f.agencyCopy })),
  };
}
