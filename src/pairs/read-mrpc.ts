/**
 * Microsoft Research Paraphrase Corpus format: a header line, then tab-separated
 * `Quality  #1 ID  #2 ID  #1 String  #2 String`. Sentences contain raw double quotes, so fields
 * are split on tabs only; a byte-order mark and CRLF line endings are accepted.
 */

export interface LabelledPair {
  /** 1 = paraphrase, 0 = not; undefined when the file carries no label. */
  quality?: number;
  id1: string;
  id2: string;
  text1: string;
  text2: string;
}

export class MrpcFormatError extends Error {}

export function parseMrpc(text: string): LabelledPair[] {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const header = lines[0]!.split('\t');
  if (header.length !== 5 || header[0]!.trim().toLowerCase() !== 'quality')
    throw new MrpcFormatError(
      `line 1: expected the header "Quality, #1 ID, #2 ID, #1 String, #2 String" (5 tab-separated fields), found ${header.length === 5 ? `"${header[0]!.trim().slice(0, 20)}" first` : `${header.length} field${header.length === 1 ? '' : 's'}`}`,
    );
  const out: LabelledPair[] = [];
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.trim() === '') continue;
    const fields = line.split('\t');
    if (fields.length !== 5) throw new MrpcFormatError(`line ${i + 1}: expected 5 tab-separated fields, found ${fields.length}`);
    const [q, id1, id2, text1, text2] = fields as [string, string, string, string, string];
    const pair: LabelledPair = { id1, id2, text1, text2 };
    if (q === '0' || q === '1') pair.quality = Number(q);
    else if (q.trim() !== '') throw new MrpcFormatError(`line ${i + 1}: Quality must be 0 or 1, found "${q}"`);
    out.push(pair);
  }
  if (out.length === 0) throw new MrpcFormatError('no sentence pairs after the header line');
  return out;
}
