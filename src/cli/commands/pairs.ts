import { existsSync } from 'node:fs';
import { SCHEMA_VERSION } from '../../types.js';
import { classifyPair } from '../../library/classify-sentences.js';
import { inputError, usageError } from '../../errors.js';
import { assumedEncodingNote, decodeText } from '../../ingest/decode.js';
import { readFileBounded } from '../../ingest/read-bytes.js';
import { MrpcFormatError, parseMrpc } from '../../pairs/read-mrpc.js';
import { toJson } from '../json-output.js';
import { warn, writeStdout } from '../output.js';

/** The largest pairs file read: MRPC whole is about 1.5 MB. */
export const MAX_PAIRS_FILE_BYTES = 64 * 1024 * 1024;

export function run(file: string): void {
  if (!existsSync(file)) throw usageError(`no such file: ${file}`);
  const read = readFileBounded(file, MAX_PAIRS_FILE_BYTES);
  if (!read.ok) throw inputError(`${file}: ${read.reason.replace('for one document', 'for a pairs file')}`);
  const decoded = decodeText(read.bytes);
  if (!decoded.ok) throw inputError(`${file}: ${decoded.reason}`);
  if (decoded.assumed) warn(assumedEncodingNote(file));
  let pairs;
  try {
    pairs = parseMrpc(decoded.text);
  } catch (e) {
    if (e instanceof MrpcFormatError) throw inputError(`${file}: ${e.message}`);
    throw e;
  }
  // One line per pair as soon as it is classified, so a long file streams.
  for (const p of pairs) {
    const v = classifyPair(p.text1, p.text2);
    writeStdout(toJson({ schemaVersion: SCHEMA_VERSION, id1: p.id1, id2: p.id2, relation: v.relation, score: v.score }, 0) + '\n');
  }
}
