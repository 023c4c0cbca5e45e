/**
 * Property-based tests over generated text: words, punctuation, quotation marks, abbreviations,
 * LF and CRLF line breaks, bullets, tabs and terminal control sequences, in documents that share
 * sentences. numRuns stays modest so the file runs in a few seconds.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeDocuments } from '../src/analyze.js';
import { toJson } from '../src/cli/json-output.js';
import { formatSummary } from '../src/summary/format-summary.js';
import { isTerminalSafe } from '../src/terminal/sanitize.js';
import type { AnalysisResult, SourceDocument } from '../src/types.js';
import { expectValid } from './schema-validator.js';

const WORDS = [
  'Putin', 'Russia', 'the', 'United', 'States', 'election', 'said', 'on', 'Friday', 'agreement', 'Kremlin',
  'proposed', 'a', 'pact', 'cyber', 'Moscow', 'denies', 'charge', 'officials', 'information', 'security',
  'Washington', 'meddling', 'Biden', 'Trump', 'Nov.', 'Sept.', 'U.S.', 'St.', 'Mr.', 'e.g.', '2020', '3.5',
  'non-interference', 're-election', 'café', 'Россия', '東京',
];
const PUNCT = ['.', ',', ';', ':', '!', '?', '...', '…', '(', ')', '-', '—', '"', '“', '”', '‘', '’', "'"];
const BREAKS = ['\n', '\r\n', '\n\n', '\r\n\r\n', '\n• ', '\n- ', '\n* ', '\t', '  ', '\u00a0'];
const CONTROLS = ['\u001b[31m', '\u001b[0m', '\u001b]0;title\u0007', '\u001b]8;;http://x\u001b\\', '\u009b2J', '\u202e', '\u2066', '\u0007', '\u0000', '\u007f', '\u0085'];

const token = fc.oneof(
  { weight: 12, arbitrary: fc.constantFrom(...WORDS).map((w) => ` ${w}`) },
  { weight: 3, arbitrary: fc.constantFrom(...PUNCT) },
  { weight: 2, arbitrary: fc.constantFrom(...BREAKS) },
  { weight: 1, arbitrary: fc.constantFrom(...CONTROLS) },
);
const sentence = fc.array(token, { minLength: 1, maxLength: 25 }).map((ts) => ts.join(''));
const text = fc.array(sentence, { minLength: 1, maxLength: 10 }).map((ss) => ss.join(''));

/** Two or three documents that share some of their sentences (so relations are found). */
const documents = fc
  .tuple(fc.array(sentence, { minLength: 3, maxLength: 12 }), fc.array(fc.tuple(fc.nat(), fc.boolean(), sentence), { minLength: 2, maxLength: 12 }), fc.boolean(), text)
  .map(([base, picks, third, extra]): SourceDocument[] => {
    const a = base.join('. ');
    const b = picks.map(([i, reuse, own]) => (reuse ? base[i % base.length]! : own)).join('.\n');
    const docs: SourceDocument[] = [
      { id: 'a', file: 'a\u001b[1m.txt', outlet: { name: 'Out\u009b2Jlet A\u202e' }, text: a },
      { id: 'b', file: 'b.txt', outlet: { name: 'B' }, text: b },
    ];
    if (third) docs.push({ id: 'c', file: 'c.txt', outlet: { name: 'C\u001b]0;x\u0007' }, text: extra + '\r\n' + a });
    return docs;
  });

const analyse = (docs: SourceDocument[]): AnalysisResult => analyzeDocuments(docs, { name: 'gen\u001b[2J', warnings: ['w\u009b1m'] });
const params = { numRuns: 40 };

describe('properties of the analysis over generated text', () => {
  it('segments partition each text: ordered, exact, every non-whitespace character covered once', () => {
    fc.assert(
      fc.property(documents, (docs) => {
        const r = analyse(docs);
        r.documents.forEach((d, i) => {
          const t = docs[i]!.text;
          const covered = new Uint8Array(t.length);
          let last = 0;
          d.segments.forEach((s, k) => {
            expect(s.id).toBe(k);
            expect(s.start).toBeGreaterThanOrEqual(last);
            expect(s.end).toBeGreaterThan(s.start);
            expect(s.text).toBe(t.slice(s.start, s.end));
            last = s.end;
            for (let c = s.start; c < s.end; c++) covered[c]!++;
          });
          for (let c = 0; c < t.length; c++) if (covered[c] === 0) expect(t[c]).toMatch(/\s/);
        });
      }),
      params,
    );
  });

  it('is deterministic: the same input gives byte-identical JSON', () => {
    fc.assert(
      fc.property(documents, (docs) => {
        expect(toJson(analyse(docs))).toBe(toJson(analyse(structuredClone(docs))));
      }),
      params,
    );
  });

  it('records every relation between A and B on both sides', () => {
    fc.assert(
      fc.property(documents, (docs) => {
        const r = analyse(docs);
        const byId = new Map(r.documents.map((d) => [d.id, d]));
        let relations = 0;
        for (const d of r.documents)
          for (const s of d.segments)
            for (const m of s.matches) {
              relations++;
              const back = byId.get(m.document)!.segments[m.segment]!.matches.filter((x) => x.document === d.id && x.segment === s.id);
              expect(back.map((x) => [x.relation, x.quote])).toEqual([[m.relation, m.quote]]);
            }
        return relations >= 0;
      }),
      params,
    );
  });

  it('finds relations in the generated documents at all (so the symmetry property is not vacuous)', () => {
    const docs = fc.sample(documents, { numRuns: 30, seed: 42 });
    const found = docs.filter((d) => analyse(d).documents.some((x) => x.segments.some((s) => s.matches.length > 0)));
    expect(found.length).toBeGreaterThan(5);
  });

  it('gives JSON that the published schema accepts (schema/analysis.schema.json)', () => {
    fc.assert(
      fc.property(documents, (docs) => {
        expectValid('analysis', JSON.parse(toJson(analyse(docs))));
      }),
      params,
    );
  });

  it('writes nothing for the terminal that holds a control character: summary and JSON', () => {
    fc.assert(
      fc.property(documents, (docs) => {
        const r = analyse(docs);
        const summary = formatSummary(r);
        const json = toJson(r);
        expect(isTerminalSafe(summary)).toBe(true);
        expect(isTerminalSafe(json)).toBe(true);
        expect(JSON.parse(json)).toEqual(JSON.parse(JSON.stringify(r)));
      }),
      params,
    );
  });
});
