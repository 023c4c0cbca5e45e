/**
 * Stage 9: who took from whom, read from the labelled documents. Pure: the same documents in,
 * the same provenance out. (Each content unit's origin follows from the edges: unit-origins.ts.)
 */
import type { AnalyzedDocument, Provenance } from '../types.js';
import { documentFacts } from './document-facts.js';
import { inferEdges } from './edges.js';
import { quotedSources } from './quoted-sources.js';
import { derivedFrom, documentPositions } from '../label/derived-words.js';

export function inferProvenance(documents: readonly AnalyzedDocument[]): Provenance {
  const facts = documentFacts(documents);
  const { edges, similar } = inferEdges(facts);
  const positions = documentPositions(documents);
  return {
    edges,
    similar,
    sources: quotedSources(documents, new Set(facts.filter((f) => f.agencyCopy).map((f) => f.doc.id))),
    documents: facts.map((f) => ({
      document: f.doc.id,
      attributions: f.attributions,
      fingerprints: f.fingerprints,
      agencyCopy: f.agencyCopy,
      ...(f.form ? { form: f.form } : {}),
      derivedFrom: derivedFrom(f.doc, documents, positions),
    })),
  };
}
