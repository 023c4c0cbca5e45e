/** How the report names documents: by outlet (tables, graph) and by whose copy they are (findings). */
import type { AnalysisResult, AnalyzedDocument } from '../types.js';
import { plainText } from './markdown-escape.js';

export type DocumentLookup = (id: string) => AnalyzedDocument | undefined;

export function documentLookup(result: AnalysisResult): DocumentLookup {
  const byId = new Map(result.documents.map((d) => [d.id, d]));
  return (id) => byId.get(id);
}

/** The outlet's display name, as plain text (escape it before use). */
export function outletName(lookup: DocumentLookup, id: string): string {
  return plainText(lookup(id)?.outlet.name ?? id);
}

/** Whose words a document carries: its agency when the manifest names one ("Reuters"), else its outlet. */
export function authorName(lookup: DocumentLookup, id: string): string {
  const d = lookup(id);
  return plainText(d?.outlet.agency ?? d?.outlet.name ?? id);
}
