/** Every string that comes from the analysis result passes through here before it is drawn. */
import type { AnalysisResult } from '../types.js';
import { sanitizeForTerminal } from '../terminal/sanitize.js';

/** Article text, outlet names, evidence: control sequences removed, runs of white space collapsed. */
export const clean = (text: string): string => sanitizeForTerminal(text).replace(/\s+/g, ' ').trim();


/** The display name of a document id (its outlet's name, cleaned). */
export function outletName(result: AnalysisResult, id: string): string {
  const d = result.documents.find((x) => x.id === id);
  return clean(d?.outlet.name ?? id);
}
