/**
 * JSON Lines (`--jsonl`): one line per document (an AnalyzedDocument), then one last line with the
 * rest of the result: { schemaVersion, engine, name, title?, units, provenance, warnings }.
 */
import type { AnalysisResult } from '../types.js';
import { toJson } from './json-output.js';

/** The last line of `--jsonl` output: everything but the documents. */
export function jsonlTail(result: AnalysisResult): Record<string, unknown> {
  const out: Record<string, unknown> = { schemaVersion: result.schemaVersion, engine: result.engine, name: result.name };
  if (result.title !== undefined) out.title = result.title;
  out.units = result.units;
  out.provenance = result.provenance;
  out.warnings = result.warnings;
  return out;
}

/** The result as JSON Lines, written line by line. */
export function writeJsonl(result: AnalysisResult, write: (text: string) => void): void {
  for (const d of result.documents) write(toJson(d, 0) + '\n');
  write(toJson(jsonlTail(result), 0) + '\n');
}
