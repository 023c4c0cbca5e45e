/**
 * Streaming corpus mode's result to stdout, as it is produced:
 * - JSON: byte for byte what `toJson` prints for the whole AnalysisResult (same keys, same order,
 *   two-space indent), written one document at a time;
 * - JSON Lines (`--jsonl`): one line per document (an AnalyzedDocument), then one last line with
 *   the rest of the result: { schemaVersion, engine, name, title?, units, provenance, warnings }.
 */
import { SCHEMA_VERSION, type AnalysisEngine, type AnalyzedDocument } from '../types.js';
import { toJson } from '../cli/json-output.js';
import type { CorpusTail } from './analyze-corpus.js';

export interface ResultWriter {
  start: (name: string) => void;
  document: (doc: AnalyzedDocument, index: number) => void;
  end: (tail: CorpusTail) => void;
}

/** What corpus mode is: document pairs proposed by the shingle index; common quoted sources not searched. */
export const CORPUS_ENGINE: AnalysisEngine = { candidates: 'index', quotedSources: false };

/** JSON text of `value` with every line after the first indented by `pad` (its place in the whole). */
const nested = (value: unknown, pad: string): string => toJson(value).replace(/\n/g, '\n' + pad);

export function jsonWriter(write: (text: string) => void): ResultWriter {
  return {
    start(name) {
      write(`{\n  "schemaVersion": ${SCHEMA_VERSION},\n  "engine": ${nested(CORPUS_ENGINE, '  ')},\n  "name": ${toJson(name)},\n  "documents": [\n`);
    },
    document(doc, index) {
      write((index > 0 ? ',\n    ' : '    ') + nested(doc, '    '));
    },
    end(tail) {
      let out = `\n  ],\n  "units": ${nested(tail.units, '  ')},\n  "provenance": ${nested(tail.provenance, '  ')},\n  "warnings": ${nested(tail.warnings, '  ')}`;
      if (tail.title !== undefined) out += `,\n  "title": ${toJson(tail.title)}`;
      write(out + '\n}\n');
    },
  };
}

/** The last line of `--jsonl` output: everything but the documents. */
export function jsonlTail(tail: Pick<CorpusTail, 'name' | 'title' | 'units' | 'provenance' | 'warnings'>, engine: AnalysisEngine): Record<string, unknown> {
  const out: Record<string, unknown> = { schemaVersion: SCHEMA_VERSION, engine, name: tail.name };
  if (tail.title !== undefined) out.title = tail.title;
  out.units = tail.units;
  out.provenance = tail.provenance;
  out.warnings = tail.warnings;
  return out;
}

export function jsonlWriter(write: (text: string) => void): ResultWriter {
  return {
    start() {},
    document(doc) {
      write(toJson(doc, 0) + '\n');
    },
    end(tail) {
      write(toJson(jsonlTail(tail, CORPUS_ENGINE), 0) + '\n');
    },
  };
}
