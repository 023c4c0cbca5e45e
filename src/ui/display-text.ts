/** Every string that comes from the analysis result passes through here before it is drawn. */
import type { AnalysisResult, AnalyzedDocument } from '../types.js';
import { sanitizeForTerminal } from '../terminal/sanitize.js';

/** Article text, outlet names, evidence: control sequences removed, runs of white space collapsed. */
export const clean = (text: string): string => sanitizeForTerminal(text).replace(/\s+/g, ' ').trim();


const byId = new WeakMap<AnalysisResult, Map<string, AnalyzedDocument>>();

/** The document of an id (looked up in a map built once per result: views ask for thousands). */
export function documentOf(result: AnalysisResult, id: string | undefined): AnalyzedDocument | undefined {
  let map = byId.get(result);
  if (!map) byId.set(result, (map = new Map(result.documents.map((d) => [d.id, d]))));
  return id === undefined ? undefined : map.get(id);
}

/** The display name of a document id (its outlet's name, cleaned). */
export function outletName(result: AnalysisResult, id: string): string {
  return clean(documentOf(result, id)?.outlet.name ?? id);
}
