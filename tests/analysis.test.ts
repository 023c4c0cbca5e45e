import { describe, expect, it } from 'vitest';
import { analyzeDocuments } from '../src/analyze.js';
import { classifyLines } from '../src/clean/boilerplate.js';
import { countWords } from '../src/text/tokens.js';
import type { AnalysisResult, Match, Segment } from '../src/types.js';
import { doc, HARBOUR_OWN, HARBOUR_WIRE, SEEDS, seedsAnalysis, segment } from './helpers.js';

const matchIn = (s: Segment, document: string): Match[] => s.matches.filter((m) => m.document === document);

describe('boilerplate on the seeds', () => {
  const r = seedsAnalysis();
  it.each([
    ['rferl', 'Accessibility links', 'navigation'],
    ['rferl', 'Breaking News', 'navigation'],
    ['axios', 'Photo: Mikhail Klimentyev', 'caption'],
    ['axios', 'Go deeper', 'navigation'],
    ['polygraph', 'please wait', 'media'],
    ['polygraph', '0:00 0:02:02 0:00', 'media'],
    ['polygraph', 'Video production: Nik Yarst', 'credit'],
    ['polygraph', 'President of the Russian Federation', 'caption'],
    ['rferl', 'With reporting by Interfax and Reuters', 'credit'],
    ['rferl', 'RFE/RL journalists report the news', 'footer'],
    ['rferl', 'To find out more, click here.', 'footer'],
    ['ibtimes', '© Copyright IBTimes 2024', 'copyright'],
    ['reuters', 'Latest Stories', 'related'],
    ['reuters', 'Bawumia joins thousands', 'related'],
  ])('%s: "%s" is boilerplate (%s)', (id, needle, kind) => {
    const s = segment(r, id, needle);
    expect(s.label).toBe('boilerplate');
    expect(s.boilerplate).toBe(kind);
  });

  it('marks both copies of a caption printed twice', () => {
    const captions = doc(r, 'rferl').segments.filter((s) => s.text === 'Russian President Vladimir Putin');
    expect(captions).toHaveLength(2);
    for (const c of captions) expect(c.boilerplate).toBe('caption');
    const mueller = doc(r, 'polygraph').segments.filter((s) => s.text.startsWith('U.S. -- Former Special Counsel'));
    expect(mueller.map((s) => s.boilerplate)).toEqual(['caption', 'caption']);
  });

  it('marks a caption printed again with a credit appended, however the credit starts', () => {
    const body = 'The minister said on Tuesday that talks with the union would resume next week in the capital.';
    const caption = 'Workers gather outside the ministry in Lisbon';
    for (const credit of ['Photo: Ana Silva', '(Reuters)', 'Ângelo Soares/AFP', '\u00a0Éric Baudet', '\u2003(AFP)']) {
      const lines = classifyLines([body, caption, `${caption} ${credit}`, body.replace('Tuesday', 'Friday')].join('\n'));
      expect(lines.map((l) => l.boilerplate), credit).toEqual([undefined, 'caption', 'caption', undefined]);
    }
    // Not a credit: the appended text starts with a lower-case word.
    const lines = classifyLines([body, caption, `${caption} éclairs and coffee`, body].join('\n'));
    expect(lines[2]!.boilerplate).toBeUndefined();
  });

  it('marks the size picker and the "N hours -" lines', () => {
    for (const size of ['XS', 'SM', 'MD', 'LG']) expect(doc(r, 'polygraph').segments.find((s) => s.text === size)?.boilerplate).toBe('size-picker');
    const hours = doc(r, 'reuters').segments.filter((s) => /^\d hours -?$/.test(s.text));
    expect(hours.length).toBeGreaterThan(10);
    for (const h of hours) expect(h.label).toBe('boilerplate');
  });

  it('keeps the article: the lead after a caption that it starts with, subheadings, bullets', () => {
    expect(segment(r, 'rferl', 'has called for a new deal').label).not.toBe('boilerplate');
    expect(segment(r, 'polygraph', 'The 2016 Election').role).toBe('subheading');
    expect(segment(r, 'axios', 'Evanina added').label).toBe('unique');
    expect(segment(r, 'rferl', "And, it wouldn't be the first time.").label).toBe('unique');
  });

  it('keeps a short closing sentence after the last paragraph, but not furniture addressing the reader', () => {
    const body = 'U.S. intelligence agencies have concluded that Russia interfered in the 2016 election, officials said on Friday.';
    const kinds = (...tail: string[]) => classifyLines([body, ...tail].join('\n')).slice(1).map((l) => l.boilerplate);
    // A wire story cut after its denial line: the last line is the article's, as in Reuters' text.
    expect(kinds('Moscow denies that charge.')).toEqual([undefined]);
    expect(kinds('The central bank declined to comment.', 'Russia and China dismissed the allegations.')).toEqual([undefined, undefined]);
    // Calls to action, the reader addressed, and lines that are no statement stay footer.
    expect(kinds('Moscow denies that charge.', 'Sign up for our newsletter.')).toEqual([undefined, 'footer']);
    expect(kinds('Follow Axios on Twitter.')).toEqual(['footer']);
    expect(kinds('We welcome your comments.')).toEqual(['footer']);
    expect(kinds('RFE/RL journalists report the news')).toEqual(['footer']);
    expect(kinds('Ends.')).toEqual(['footer']);
    // Page vocabulary, questions, credits, and never more than two closing lines.
    for (const line of [
      'This story has been updated.',
      'Comments are closed.',
      'Terms and Conditions apply.',
      'Published 3 hours ago.',
      'Have a news tip?',
      'Tags: Russia, China, Putin.',
      'Sign up for our Moscow newsletter.',
      'Read more about Russia.',
      'Get the latest news on Russia.',
    ])
      expect(kinds(line), line).toEqual(['footer']);
    expect(classifyLines([body, 'The Associated Press contributed to this report.'].join('\n'))[1]!.boilerplate).toBe('credit');
    expect(kinds('Moscow denies that charge.', 'The Associated Press contributed to this report.', 'Comments are closed.')).toEqual([undefined, 'credit', 'footer']);
    expect(kinds('Moscow denies that charge.', 'Russia and China dismissed the allegations.', 'The Kremlin called the report nonsense.')).toEqual([undefined, undefined, 'footer']);
    // Speaking of the story's own subject outweighs a "we": it is the article's.
    expect(kinds('"We will answer," Russia said.')).toEqual([undefined]);
  });

  it('counts boilerplate apart from article words', () => {
    const s = doc(r, 'reuters').stats;
    expect(s.boilerplateWords).toBeGreaterThan(150);
    expect(s.articleWords + s.boilerplateWords).toBe(s.words);
  });

  it('splits shared quotes from copied and paraphrased prose', () => {
    // Recounted from the segments: a sentence whose every match is a shared quote is a shared quote.
    const words = countWords;
    for (const d of r.documents) {
      const s = d.stats;
      const article = d.segments.filter((x) => x.label !== 'boilerplate');
      const quoteOnly = (x: (typeof article)[number]) => x.matches.length > 0 && x.matches.every((m) => m.quote);
      const sum = (keep: (x: (typeof article)[number]) => boolean) => article.filter(keep).reduce((n, x) => n + words(x.text), 0);
      expect(s.copiedProseWords, d.id).toBe(sum((x) => x.label === 'copied' && !quoteOnly(x)));
      expect(s.paraphrasedProseWords, d.id).toBe(sum((x) => x.label === 'paraphrased' && !quoteOnly(x)));
      expect(s.sharedQuoteWords, d.id).toBe(sum(quoteOnly));
      expect(s.sharedQuote, d.id).toBeCloseTo(s.sharedQuoteWords / s.articleWords, 3);
      expect(s.copiedProse, d.id).toBeCloseTo(s.copiedProseWords / s.articleWords, 3);
    }
    // Axios shares no prose, only a quotation of Putin: copied by the label, not copying.
    const axios = doc(r, 'axios').stats;
    expect(axios.copied).toBeGreaterThan(0);
    expect(axios.copiedProse).toBe(0);
    expect(axios.sharedQuote).toBeGreaterThan(0.05);
    // RFE/RL's copied prose is what it took from Reuters; the edge's copiedShare adds the runs of
    // Reuters' words inside its other sentences: the document-level measure (derivedFrom).
    const edge = r.provenance.edges.find((e) => e.to === 'rferl')!;
    const measure = r.provenance.documents.find((d) => d.document === 'rferl')!.derivedFrom!.find((x) => x.document === 'reuters')!;
    expect(edge.copiedShare).toBe(measure.share);
    expect(edge.copiedShare).toBeGreaterThanOrEqual(doc(r, 'rferl').stats.copiedProse);
  });
});

describe('a passage repeated many times in two texts', () => {
  it('is aligned once: every repeat is copied, and the relations grow with the text, not its square', () => {
    const passage = HARBOUR_WIRE.slice(0, 3);
    // On one line (lines repeated one after another would read as captions).
    const repeated = (n: number) => Array.from({ length: n }, () => passage.join(' ')).join(' ');
    const r = analyzeDocuments([
      { id: 'a', file: 'a.txt', outlet: { name: 'A' }, text: repeated(150) },
      { id: 'b', file: 'b.txt', outlet: { name: 'B' }, text: repeated(120) + '\n' + HARBOUR_OWN[0] },
    ]);
    const [a, b] = r.documents;
    expect(a!.segments).toHaveLength(450);
    for (const s of a!.segments) expect(s.label).toBe('copied');
    for (const s of b!.segments.slice(0, 360)) expect(s.label).toBe('copied');
    expect(b!.segments.at(-1)!.label).toBe('unique');
    const matches = r.documents.reduce((n, d) => n + d.segments.reduce((m, s) => m + s.matches.length, 0), 0);
    expect(matches).toBeLessThanOrEqual(2 * (450 + 360));
    expect(r.units).toHaveLength(3);
  });
});

describe('repeats aligned once give what comparing every repeat gives, bar the repeat-to-repeat pairs', () => {
  /** The aligned pairs as text, with alignment's repeat grouping on or off. */
  const pairsOf = async (docs: { id: string; text: string }[], groupRepeats: boolean) => {
    const { classifyLines } = await import('../src/clean/boilerplate.js');
    const { segmentDocument } = await import('../src/segment/segment-document.js');
    const { prepareText } = await import('../src/classify/prepared-text.js');
    const { alignDocuments } = await import('../src/align/align-documents.js');
    const sentences = docs.map((d) => segmentDocument(d.text, classifyLines(d.text)));
    const prepared = sentences.map((ss) =>
      ss.map((x) => (x.role === 'boilerplate' ? undefined : prepareText(x.text, x.quoted.map((q) => ({ start: q.start - x.start, end: q.end - x.start }))))),
    );
    return alignDocuments(sentences.map((ss, d) => ({ sentences: ss, prepared: prepared[d]! })), { groupRepeats })
      .map((p) => JSON.stringify(p))
      .sort();
  };

  it('on the seeds (no sentence repeats): the same pairs', async () => {
    const { loadDocuments } = await import('../src/ingest/load-documents.js');
    const docs = (await loadDocuments([SEEDS])).documents;
    expect(await pairsOf(docs, true)).toEqual(await pairsOf(docs, false));
  });

  it('a sentence quoted once and repeated as narration keeps each occurrence\'s own quote status', async () => {
    const docs = [
      {
        id: 'a',
        text: [
          'The mayor spoke to reporters outside the town hall on Tuesday afternoon after the vote.',
          '"We have waited long enough for this. The old crossing is no longer safe for heavy lorries or buses. Work will start in the spring," the mayor said.',
          'The old crossing is no longer safe for heavy lorries or buses.',
        ].join('\n\n'),
      },
      { id: 'b', text: ['Local shop owners welcomed the news.', '"The old crossing is no longer safe for heavy lorries or buses," the mayor told the council.'].join('\n\n') },
    ];
    expect(await pairsOf(docs, true)).toEqual(await pairsOf(docs, false));
  });
});

describe('relations between the seeds', () => {
  const r = seedsAnalysis();

  it('identical: the same sentence with only quote styles differing', () => {
    const s = segment(r, 'rferl', 'The Kremlin called the report');
    expect(matchIn(s, 'reuters')[0]).toMatchObject({ relation: 'identical', score: 1 });
    expect(s.label).toBe('copied');
  });

  it('near-verbatim: a dropped ticker, a spelled-out date, a respelled word', () => {
    expect(matchIn(segment(r, 'rferl', 'Microsoft said two weeks ago'), 'reuters')[0]?.relation).toBe('near-verbatim');
    expect(matchIn(segment(r, 'rferl', 'on November 3, Putin called'), 'reuters')[0]?.relation).toBe('near-verbatim');
    expect(matchIn(segment(r, 'rferl', 'Reuters reported on September 9'), 'reuters')[0]?.relation).toBe('near-verbatim');
    expect(matchIn(segment(r, 'ibtimes', 'Putin also called for the two countries'), 'reuters')[0]?.relation).toBe('near-verbatim');
  });

  it('many-to-one: a sentence merging two wire sentences matches both', () => {
    const merged = segment(r, 'rferl', 'Trump is currently campaigning for reelection');
    const targets = matchIn(merged, 'reuters').map((m) => doc(r, 'reuters').segments[m.segment]!.text);
    expect(targets).toEqual(
      expect.arrayContaining([
        'Trump is currently campaigning for re-election against Democrat Joe Biden.',
        expect.stringContaining('Russia has denied it is attempting to interfere in the 2020 U.S. campaign'),
      ]),
    );
    expect(matchIn(merged, 'reuters').every((m) => m.relation === 'near-verbatim')).toBe(true);
  });

  it('paraphrase: "deliberately meddled … getting Donald Trump elected" vs "interfered … tilting it in Donald Trump\'s favour"', () => {
    const s = segment(r, 'ibtimes', 'deliberately meddled');
    expect(matchIn(s, 'reuters')[0]?.relation).toBe('paraphrase');
    expect(s.label).toBe('paraphrased');
  });

  it('paraphrase: two translations of one quotation, flagged as a shared quote', () => {
    const s = segment(r, 'polygraph', 'One of today’s major strategic challenges');
    const m = matchIn(s, 'reuters')[0];
    expect(m).toMatchObject({ relation: 'paraphrase', quote: true });
    expect(s.quote).toBe(true);
  });

  it('unique: reporting only one outlet has', () => {
    expect(segment(r, 'polygraph', 'Mueller indicted 13 Russian nationals').label).toBe('unique');
    expect(segment(r, 'reuters', 'post-Cold War lows').label).toBe('unique');
  });

  it('flags a shared quote and leaves shared prose unflagged', () => {
    expect(matchIn(segment(r, 'ibtimes', 'exchanging guarantees of non-interference'), 'reuters')[0]?.quote).toBe(true);
    expect(matchIn(segment(r, 'rferl', 'Moscow denies that charge.'), 'reuters')[0]?.quote).toBe(false);
  });

  it('finds every relation from both sides', () => {
    for (const d of r.documents)
      for (const s of d.segments)
        for (const m of s.matches) {
          const back = doc(r, m.document).segments[m.segment]!.matches.find((x) => x.document === d.id && x.segment === s.id);
          expect(back).toMatchObject({ relation: m.relation, score: m.score, quote: m.quote });
        }
  });

  it('sorts matches best first and puts shared content into units', () => {
    for (const d of r.documents)
      for (const s of d.segments) {
        for (let i = 1; i < s.matches.length; i++) expect(s.matches[i - 1]!.score).toBeGreaterThanOrEqual(s.matches[i]!.score);
        expect(s.unit !== undefined).toBe(s.matches.length > 0);
      }
    const unit = r.units.find((u) => u.id === segment(r, 'reuters', 'Moscow denies that charge.').unit)!;
    expect(unit.members.map((m) => m.document).sort()).toEqual(['reuters', 'rferl']);
  });
});

describe('figures', () => {
  it('shares of article words add up to one and match the labels', () => {
    for (const d of seedsAnalysis().documents) {
      const s = d.stats;
      expect(s.copiedWords + s.paraphrasedWords + s.uniqueWords).toBe(s.articleWords);
      expect(s.copied + s.paraphrased + s.unique).toBeCloseTo(1, 3);
    }
    const rferl = doc(seedsAnalysis(), 'rferl').stats;
    expect(rferl.copied).toBeGreaterThan(0.5);
    expect(doc(seedsAnalysis(), 'polygraph').stats.copied).toBe(0);
  });
});

describe('small documents', () => {
  const analyse = (texts: string[]): AnalysisResult =>
    analyzeDocuments(texts.map((text, i) => ({ id: `d${i}`, file: `d${i}.txt`, outlet: { name: `D${i}` }, text })));

  it('is deterministic', () => {
    const texts = ['Alpha beta gamma said the minister on Monday.\nThe vote is on Nov. 3.', 'The minister said alpha beta gamma on Monday.\nThe vote is on November 3.'];
    expect(JSON.stringify(analyse(texts))).toBe(JSON.stringify(analyse(texts)));
  });

  it('gives CRLF and a byte-order mark the same labels as the plain text', () => {
    const plain = 'Headline Of The Story\n\nThe central bank raised interest rates by half a point on Tuesday.\nOfficials said inflation remained too high.';
    const other = 'The central bank raised interest rates by half a point on Tuesday, officials said.\nSomething else happened entirely in another city.';
    const a = analyse([plain, other]);
    const b = analyse([plain.replace(/\n/g, '\r\n'), other]);
    expect(b.documents[0]!.segments.map((s) => [s.label, s.text])).toEqual(a.documents[0]!.segments.map((s) => [s.label, s.text]));
    for (const s of b.documents[0]!.segments) expect(plain.replace(/\n/g, '\r\n').slice(s.start, s.end)).toBe(s.text);
  });

  it('covers every non-whitespace character exactly once', () => {
    const texts = ['  • One bullet here.  Two sentences here!\n\n“Quote one. Quote two.” he said\r\nXS\nSM', 'Another text.\n\n\tIndented line with U.S. and St. Louis.'];
    const r = analyse(texts);
    r.documents.forEach((d, i) => {
      const covered = new Array<number>(texts[i]!.length).fill(0);
      for (const s of d.segments) for (let k = s.start; k < s.end; k++) covered[k]!++;
      for (let k = 0; k < texts[i]!.length; k++) if (/\S/.test(texts[i]![k]!)) expect([k, covered[k]]).toEqual([k, 1]);
      expect(Math.max(...covered)).toBe(1);
    });
  });
});
