/**
 * Bytes to text: UTF-8 with a byte-order mark removed. Line endings are kept as they are, so
 * every offset points into the text as read. Bytes that are not valid UTF-8 are read as
 * Windows-1252 (the encoding of most older newsroom files, and a superset of Latin-1's printable
 * characters), and the result says so; only binary files (NUL bytes, or many control bytes) are
 * refused. Text whose encoding is declared (a page's `<meta charset>`, a server's Content-Type)
 * is decoded with it.
 */
import { fixWindows1252 } from './windows-1252.js';

/** `assumed`: the encoding guessed for bytes that are neither UTF-8 nor declared (the caller warns of it). */
export type Decoded = { ok: true; text: string; assumed?: 'windows-1252' } | { ok: false; reason: string };

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
/** Made when first needed: most runs never read a legacy file. */
let latin: InstanceType<typeof TextDecoder> | undefined;

/** Text in a legacy encoding has next to no C0 control bytes other than tab, line ends, form feed and ESC. */
const MAX_CONTROL_SHARE = 0.05;

function controlShare(bytes: Uint8Array): number {
  let n = 0;
  for (const b of bytes) if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c && b !== 0x1b) n++;
  return bytes.length === 0 ? 0 : n / bytes.length;
}

/** The warning for a text read as Windows-1252. */
export const assumedEncodingNote = (display: string): string => `${display}: not valid UTF-8; read as Windows-1252`;

export function decodeText(bytes: Uint8Array): Decoded {
  if (bytes.includes(0)) return { ok: false, reason: 'binary file (contains NUL bytes)' };
  let text: string;
  let assumed = false;
  try {
    text = utf8.decode(bytes);
  } catch {
    if (controlShare(bytes) > MAX_CONTROL_SHARE) return { ok: false, reason: 'binary file (not valid UTF-8, and full of control bytes)' };
    latin ??= new TextDecoder('windows-1252');
    text = fixWindows1252(latin.decode(bytes));
    assumed = true;
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.trim() === '') return { ok: false, reason: 'empty' };
  return assumed ? { ok: true, text, assumed: 'windows-1252' } : { ok: true, text };
}

/**
 * Decode with a declared encoding (windows-1252, ISO-8859-x, Shift_JIS…); a declared UTF-8, or a
 * label the Encoding Standard does not know, is read as undeclared text.
 */
export function decodeDeclared(bytes: Uint8Array, label: string | undefined): Decoded {
  if (label === undefined || /^utf-?8$/i.test(label)) return decodeText(bytes);
  let decoder: InstanceType<typeof TextDecoder>;
  try {
    decoder = new TextDecoder(label);
  } catch {
    return decodeText(bytes);
  }
  const text = decoder.decode(bytes);
  if (text.trim() === '') return { ok: false, reason: 'empty' };
  // Node 20 decodes windows-1252 as ISO-8859-1 (windows-1252.ts).
  return { ok: true, text: decoder.encoding === 'windows-1252' ? fixWindows1252(text) : text };
}
