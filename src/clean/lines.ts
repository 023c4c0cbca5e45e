/** Split a document's text into its non-blank lines, with offsets of their trimmed extent. */

export interface RawLine {
  index: number;
  start: number;
  end: number;
  text: string;
}

export function splitLines(text: string): RawLine[] {
  const lines: RawLine[] = [];
  let pos = 0;
  while (pos <= text.length) {
    let nl = text.indexOf('\n', pos);
    if (nl < 0) nl = text.length;
    const raw = text.slice(pos, nl);
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (trimmed !== '') {
      const start = pos + lead;
      lines.push({ index: lines.length, start, end: start + trimmed.length, text: trimmed });
    }
    pos = nl + 1;
  }
  return lines;
}
