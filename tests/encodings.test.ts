/**
 * Legacy encodings (issue #20 item 7): plain text that is not valid UTF-8 is read as Windows-1252,
 * with one warning naming the encoding assumed; only binary files are skipped. Bytes written here.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { analyzeDocuments } from '../src/analyze.js';
import { decodeText } from '../src/ingest/decode.js';
import { warningLines } from '../src/summary/warning-lines.js';
import { loadDocuments } from '../src/ingest/load-documents.js';
import { HARBOUR_WIRE, runCli, scratchFolders } from './helpers.js';

const { folder, cleanup } = scratchFolders('encodings');
afterAll(cleanup);

/** A quotation with curly quotes (0x93, 0x94), a pound sign (0xA3) and an en dash (0x96), as Windows-1252 bytes and as text. */
const QUOTE_1252 = Buffer.concat([
  Buffer.from('\x93We will pay ', 'latin1'),
  Buffer.from([0xa3]),
  Buffer.from('14 million \x96 no more,\x94 the mayor said on Tuesday.', 'latin1'),
]);
const QUOTE_TEXT = '\u201cWe will pay \u00a314 million \u2013 no more,\u201d the mayor said on Tuesday.';

describe('text that is not valid UTF-8', () => {
  it('decodes Windows-1252 bytes to the characters they stand for, and says it assumed so', () => {
    const d = decodeText(QUOTE_1252);
    expect(d).toEqual({ ok: true, text: QUOTE_TEXT, assumed: 'windows-1252' });
    expect(decodeText(Buffer.from(QUOTE_TEXT, 'utf8'))).toEqual({ ok: true, text: QUOTE_TEXT });
  });

  it('is read with one warning, and matched against the same sentences in UTF-8', async () => {
    const d = folder();
    const story = [HARBOUR_WIRE[0], HARBOUR_WIRE[1], QUOTE_TEXT, HARBOUR_WIRE[3]];
    const ascii = (t: string): Buffer => Buffer.from(t, 'latin1');
    writeFileSync(path.join(d, 'archive.txt'), Buffer.concat([ascii(`${story[0]}\n\n${story[1]}\n\n`), QUOTE_1252, ascii(`\n\n${story[3]}\n`)]));
    writeFileSync(path.join(d, 'today.txt'), [...story.slice(0, 3), HARBOUR_WIRE[4]].join('\n\n') + '\n', 'utf8');
    const warnings: string[] = [];
    const input = await loadDocuments([d], { onWarning: (w) => warnings.push(w) });
    expect(warnings).toEqual([`${path.join(d, 'archive.txt')}: not valid UTF-8; read as Windows-1252`]);
    expect(input.warnings).toEqual(warnings);
    const archive = input.documents[0]!;
    expect(archive.text).toContain(QUOTE_TEXT);
    const r = analyzeDocuments(input.documents);
    const quote = r.documents[0]!.segments.find((s) => s.text === QUOTE_TEXT)!;
    expect(quote.matches).toMatchObject([{ document: 'today', relation: 'identical' }]);
  });

  it('skips only what is binary: NUL bytes, or control bytes throughout', async () => {
    expect(decodeText(Buffer.from([0x93, 0x41, 0, 0x42]))).toEqual({ ok: false, reason: 'binary file (contains NUL bytes)' });
    const noise = Buffer.from(Array.from({ length: 400 }, (_, i) => [0x01, 0x9c, 0x07, 0xfe, 0x41, 0x12, 0xc3, 0x1f][i % 8]!));
    expect(decodeText(noise)).toEqual({ ok: false, reason: 'binary file (not valid UTF-8, and full of control bytes)' });
    // A tab, form feed or escape here and there is text.
    expect(decodeText(Buffer.from('Caf\xe9\tau lait\x0c, \x1b[1mbold\x1b[0m.', 'latin1'))).toMatchObject({ ok: true, assumed: 'windows-1252' });
  });

  it('also applies to Markdown, and warns on the command line', () => {
    const d = folder();
    writeFileSync(path.join(d, 'a.md'), Buffer.concat([Buffer.from('# Bridge\n\n', 'latin1'), QUOTE_1252, Buffer.from('\n', 'latin1')]));
    writeFileSync(path.join(d, 'b.txt'), `${QUOTE_TEXT}\n\n${HARBOUR_WIRE[0]}\n`);
    const r = runCli(['analyze', d, '--json']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe(`wiretrace: warning: ${path.join(d, 'a.md')}: not valid UTF-8; read as Windows-1252\n`);
    const json = JSON.parse(r.stdout) as { documents: { segments: { text: string; label: string }[] }[] };
    expect(json.documents[0]!.segments.find((s) => s.text.includes('We will pay'))).toMatchObject({ text: QUOTE_TEXT, label: 'copied' });
    // The summary, off a terminal (here a pipe), lists the warning at its end as well; on one
    // terminal with stderr it only counts them (warningLines).
    const summary = runCli(['analyze', d]);
    expect(summary.stdout.trimEnd().split('\n').at(-1)).toBe(`warning: ${path.join(d, 'a.md')}: not valid UTF-8; read as Windows-1252`);
    expect(warningLines(['one', 'two'], 'counted')).toEqual(['2 warnings, printed above']);
    expect(warningLines(['one'], 'counted')).toEqual(['1 warning, printed above']);
    expect(warningLines([], 'counted')).toEqual([]);
    expect(warningLines(['bad \u001b[31mred'])).toEqual(['warning: bad red']);
  });
});
