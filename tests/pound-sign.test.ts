/**
 * `#` for the pound sign (issue #20): text that crossed a 7-bit link in the British national
 * variant of ISO 646 has `#` where `£` was typed. It is read back as `£` where it is money, one
 * character for one, with a warning; American "#1", hashtags and text with a `£` of its own stay
 * as they are. Texts written here.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { analyzeDocuments } from '../src/analyze.js';
import { loadDocuments } from '../src/ingest/load-documents.js';
import { readPoundSigns } from '../src/ingest/pound-sign.js';
import { analyze } from '../src/library/analyze-texts.js';
import { runCli, scratchFolders } from './helpers.js';

const { folder, cleanup } = scratchFolders('pound-sign');
afterAll(cleanup);

/** An agency story as a 7-bit British feed sends it: hard-wrapped, `#` for `£`. */
const WIRE = [
  'A seaside theatre that closed two years ago is to reopen after a #1.5 million',
  'restoration paid for by the town council and a national arts fund.',
  '',
  'The council said on Monday that it had also raised #500,000 from local',
  'businesses towards the cost of new seating and a stage lift.',
  '',
  'Tickets for the opening week will cost #12.50, and the theatre expects to sell',
  'about 40,000 seats in its first season.',
  '',
];
/** A newspaper's reprint of two of its sentences, typed with a real pound sign. */
const REPRINT = [
  'A seaside theatre that closed two years ago is to reopen after a £1.5 million restoration paid for by the town council and a national arts fund.',
  'The council said on Monday that it had also raised £500,000 from local businesses towards the cost of new seating and a stage lift.',
  'Regulars said they had missed the pantomime more than anything.',
];
/** An American story: "#1" is number one, and a hashtag. */
const AMERICAN = [
  'The band\'s new record became the #1 hit in the country on Sunday, its third in a row.',
  'Fans shared the news under #MeToo and #2020Vision within minutes, and the #2 single fell away.',
  'The label said the record had sold 400,000 copies in its first week.',
];

function writeStories(d: string, files: Record<string, string>): void {
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(d, name), text, 'utf8');
}

describe('# read as £ in 7-bit British text', () => {
  it('reads a wire story with £ throughout, same length, sentences at the same offsets, with one warning', async () => {
    const d = folder();
    const wire = WIRE.join('\n');
    writeStories(d, { 'wire.txt': wire, 'paper.txt': REPRINT.join('\n\n') + '\n' });
    const warnings: string[] = [];
    const input = await loadDocuments([d], { onWarning: (w) => warnings.push(w) });
    expect(warnings).toEqual([`${path.join(d, 'wire.txt')}: read "#" as "£" in 3 places (7-bit British text)`]);
    expect(input.warnings).toEqual(warnings);
    const doc = input.documents.find((x) => x.id === 'wire')!;
    expect(doc.text.length).toBe(wire.length);
    expect(doc.text).toBe(wire.replaceAll('#', '£'));
    expect(input.documents.find((x) => x.id === 'paper')!.text).toBe(REPRINT.join('\n\n') + '\n');

    const r = analyzeDocuments(input.documents);
    const segments = r.documents.find((x) => x.id === 'wire')!.segments;
    const restoration = segments.find((s) => s.text.includes('restoration'))!;
    expect(restoration.text).toBe(`${WIRE[0]}\n${WIRE[1]}`.replace('#', '£'));
    // Offsets into the file as it is: the same sentence, `#` and all.
    expect(wire.slice(restoration.start, restoration.end)).toBe(`${WIRE[0]}\n${WIRE[1]}`);
    for (const s of segments) expect(doc.text.slice(s.start, s.end)).toBe(s.text);
    expect(segments.some((s) => s.text.includes('#'))).toBe(false);
    expect(restoration.matches).toMatchObject([{ document: 'paper' }]);
    expect(segments.find((s) => s.text.includes('£500,000'))!.matches).toMatchObject([{ document: 'paper' }]);
  });

  it('warns on stderr and lists the warning in the JSON', () => {
    const d = folder();
    writeStories(d, { 'wire.txt': WIRE.join('\n'), 'paper.txt': REPRINT.join('\n\n') + '\n' });
    const r = runCli(['analyze', d, '--json']);
    expect(r.code).toBe(0);
    const warning = `${path.join(d, 'wire.txt')}: read "#" as "£" in 3 places (7-bit British text)`;
    expect(r.stderr).toBe(`wiretrace: warning: ${warning}\n`);
    const json = JSON.parse(r.stdout) as { warnings: string[]; documents: { id: string; text: string; segments: { text: string }[] }[] };
    expect(json.warnings).toEqual([warning]);
    const wire = json.documents.find((x) => x.id === 'wire')!;
    expect(wire.text).toContain('raised £500,000 from local');
    expect(wire.segments.map((s) => s.text).join(' ')).toContain('cost £12.50, and');
  });

  it('leaves American "#1", hashtags and their text alone, with no warning', async () => {
    const d = folder();
    const american = AMERICAN.join('\n\n') + '\n';
    writeStories(d, { 'chart.txt': american, 'paper.txt': REPRINT.join('\n\n') + '\n' });
    const warnings: string[] = [];
    const input = await loadDocuments([d], { onWarning: (w) => warnings.push(w) });
    expect(warnings).toEqual([]);
    expect(input.documents.find((x) => x.id === 'chart')!.text).toBe(american);
  });

  it('leaves a text that has a £ of its own as it is', () => {
    const mixed = 'The club paid £2 million for the striker.\n\nHis agent received #500,000, the club said.\n';
    const r = analyze([mixed, REPRINT.join('\n')]);
    expect(r.warnings).toEqual([]);
    expect(r.documents[0]!.text).toBe(mixed);
  });

  it('reads texts handed to the library the same way', () => {
    const r = analyze([{ id: 'wire', text: WIRE.join('\n') }, REPRINT.join('\n')]);
    expect(r.warnings).toEqual(['wire: read "#" as "£" in 3 places (7-bit British text)']);
    expect(r.documents[0]!.text).toBe(WIRE.join('\n').replaceAll('#', '£'));
  });
});

describe('which # is a pound sign', () => {
  const read = (text: string): string => readPoundSigns(text).text;

  it('reads money: thousands, pence, magnitudes (on the next line too), rates and ranges', () => {
    expect(read('It cost #20m, then #5bn and #50k.')).toBe('It cost £20m, then £5bn and £50k.');
    expect(read('A pint is #3.50 here.')).toBe('A pint is £3.50 here.');
    expect(read('given more than #1\nmillion.')).toBe('given more than £1\nmillion.');
    expect(read('He earns #400 a week, or #20 per head (#1,200).')).toBe('He earns £400 a week, or £20 per head (£1,200).');
    expect(read('budgets from #5 to #10 million; between #2 and #3.50.')).toBe('budgets from £5 to £10 million; between £2 and £3.50.');
    expect(read('A "#2.5 MILLION" deal, #5-10m.')).toBe('A "£2.5 MILLION" deal, £5-10m.');
    expect(readPoundSigns('#1m and #2m').places).toBe(2);
  });

  it('leaves a bare number, a hashtag, a list mark, and # inside a word, an address or an entity', () => {
    const kept = [
      'The #1 single, the #2 album and the #10 seed.',
      'Fee of just #5. It was #1 a week ago.',
      'Tagged #MeToo, #2020Vision, #5kRun and #1st.',
      '# 1.5 million people\n#\n',
      'See https://example.org/page#10,000 and example.org/#20m or item#3.50.',
      'A raw entity &#163;5 million stays.',
      'Version #1.5 and #1.2.3 of the file.',
      'Up #12 per cent.',
    ];
    for (const text of kept) expect(readPoundSigns(text)).toEqual({ text, places: 0 });
  });

  it('reads money and keeps "#1" in the same 7-bit text', () => {
    expect(read('The #1 single earned #1.5 million.')).toBe('The #1 single earned £1.5 million.');
  });
});
