import { readFileSync, existsSync } from 'node:fs';
import { classifyPair } from '../../classify/classify-pair.js';
import { prepareText } from '../../classify/prepared-text.js';
import { inputError, usageError } from '../../errors.js';
import { decodeText } from '../../ingest/decode.js';
import { MrpcFormatError, parseMrpc } from '../../pairs/read-mrpc.js';
import { toJson } from '../json-output.js';
import { writeStdout } from '../output.js';

export function run(file: string): void {
  if (!existsSync(file)) throw usageError(`no such file: ${file}`);
  const decoded = decodeText(readFileSync(file));
  if (!decoded.ok) throw inputError(`${file}: ${decoded.reason}`);
  let pairs;
  try {
    pairs = parseMrpc(decoded.text);
  } catch (e) {
    if (e instanceof MrpcFormatError) throw inputError(`${file}: ${e.message}`);
    throw e;
  }
  const lines: string[] = [];
  for (const p of pairs) {
    const v = classifyPair(prepareText(p.text1), prepareText(p.text2));
    lines.push(toJson({ id1: p.id1, id2: p.id2, relation: v.relation, score: v.score }, 0));
  }
  writeStdout(lines.join('\n') + (lines.length ? '\n' : ''));
}
