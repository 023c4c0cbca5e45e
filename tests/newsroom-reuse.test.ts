/**
 * Issue #20 (detection's part) and #15's "Related text" and "identical files": agency copy as a feed
 * delivers it (hard-wrapped, paragraph marks, slug and rule lines, a byline), its rewrite by a
 * newspaper, reuse below the sentence (a split sentence, runs kept inside new sentences), numbered
 * lists, "More" lines, and two copies of one file. Every text here was written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { analyzeDocuments } from '../src/analyze.js';
import { classifyLines } from '../src/clean/boilerplate.js';
import { splitBlocks } from '../src/clean/paragraphs.js';
import { AGENCY_DRAWN_MIN_SHARE, BRIEF_MAX_SENTENCES, derivedWords, DERIVED_MIN_SHARE, drawnFrom, WHOLLY_DERIVED_MIN_SHARE } from '../src/label/derived-words.js';
import type { AnalysisResult, Line, SourceDocument } from '../src/types.js';
import { textLayout } from '../src/provenance/feed-form.js';
import { formatSummary } from '../src/summary/format-summary.js';
import { renderReport } from '../src/report/render-report.js';
import { provenanceSvg } from '../src/html/provenance-svg.js';
import { MIN_RUN_WORDS } from '../src/align/shared-runs.js';

const source = (id: string, text: string): SourceDocument => ({ id, file: `${id}.txt`, outlet: { name: id }, text });
const docOf = (r: AnalysisResult, id: string) => r.documents.find((d) => d.id === id)!;
/** The first classified line whose text holds `needle`. */
const lineWith = (lines: readonly Line[], needle: string): Line => lines.find((l) => l.text.includes(needle))!;
const derivedFromOf = (r: AnalysisResult, id: string, from: string) =>
  r.provenance.documents.find((d) => d.document === id)!.derivedFrom.find((x) => x.document === from)?.share ?? 0;

const RULE = '  ' + '-'.repeat(72);
/** A feed story as an agency's wire delivers it: rules, a slug line, paragraph marks (0x19 … <), wrapped at 80 columns. */
const FEED = [
  RULE,
  '',
  RULE,
  '',
  '                  11:05 14/03/01: Page 1 (HHH) HOME Ferry',
  RULE,
  '(with pix)<',
  '\u0019FERRY RUNS AGROUND OFF ISLAND HARBOUR<',
  '\u0019By Jo Marsh, Wire News<',
  '\u0019A passenger ferry carrying 240 people ran aground on a sandbank outside the',
  'harbour of a small island early today, the coastguard said.<',
  '\u0019Nobody was hurt and the passengers were taken ashore by lifeboats within two',
  'hours, while tugs waited for the tide to refloat the vessel.<',
  "\u0019The coastguard said the captain had reported a steering fault minutes before",
  'the ship left the marked channel in thick fog.<',
  "\u0019``We heard a long scraping noise and then everything stopped,'' said one",
  'passenger, a teacher travelling with her two children.<',
  '\u0019The operator said it would pay for hotel rooms for everyone whose journey was',
  'delayed and had begun an inquiry with the maritime authority.<',
  '\u0019end<',
  '\u0019',
].join('\n');

/** A newspaper's rewrite: one paragraph a line, sentences split and reordered, runs of the feed's words kept. */
const REWRITE = [
  'Island ferry stuck on sandbank',
  'A passenger ferry carrying 240 people ran aground yesterday. It hit a sandbank outside the harbour of a small island in thick fog.',
  'All the passengers were taken ashore by lifeboats within two hours, and the tugs waited for the tide to refloat the vessel.',
  'Islanders were surprised to see the ship so close to the beach, one fisherman told our reporter.',
  'The operator has begun an inquiry with the maritime authority, a spokesman said.',
].join('\n');

describe('agency copy as the feed delivers it', () => {
  it('reflows hard-wrapped paragraphs with exact offsets, and sets the feed furniture apart', () => {
    const blocks = splitBlocks(FEED);
    for (const b of blocks) expect(b.text.length).toBe(b.end - b.start);
    const paragraph = blocks.find((b) => b.text.startsWith('A passenger ferry'))!;
    expect(FEED.slice(paragraph.start, paragraph.end)).toBe(
      'A passenger ferry carrying 240 people ran aground on a sandbank outside the\nharbour of a small island early today, the coastguard said.',
    );
    expect(paragraph.text).not.toContain('\n');
    expect(blocks.filter((b) => b.mark).map((b) => b.text)).toContain('<');
    const lines = classifyLines(FEED);
    const kind = (needle: string) => lineWith(lines, needle);
    expect(kind('11:05 14/03/01').boilerplate).toBe('feed');
    expect(kind('-----').boilerplate).toBe('feed');
    expect(kind('(with pix)').boilerplate).toBe('feed');
    expect(kind('FERRY RUNS AGROUND').role).toBe('headline');
    expect(kind('By Jo Marsh').boilerplate).toBe('credit');
    expect(kind('end').boilerplate).toBe('footer');
    // Every prose paragraph is article text, none cut into fragments.
    const body = lines.filter((l) => l.role === 'body');
    expect(body.map((l) => l.text.slice(0, 12))).toEqual(['A passenger ', 'Nobody was h', 'The coastgua', '``We heard a', 'The operator']);
  });

  it('labels no word of the feed story boilerplate beyond its furniture, and reads the TeX-style quotation as a quotation', () => {
    const r = analyzeDocuments([source('feed', FEED), source('paper', REWRITE)]);
    const feed = docOf(r, 'feed');
    // Furniture only (slug, rules, editors' note, marks, byline, sign-off): every sentence of prose is article text.
    const furniture = feed.segments.filter((s) => s.label === 'boilerplate');
    expect(new Set(furniture.map((s) => s.boilerplate))).toEqual(new Set(['feed', 'credit', 'footer']));
    expect(furniture.filter((s) => s.boilerplate !== 'feed').map((s) => s.text)).toEqual(['By Jo Marsh, Wire News', 'end']);
    expect(feed.stats.boilerplateWords).toBe(18);
    const quote = feed.segments.find((s) => s.text.startsWith('``We heard'))!;
    expect(quote.quote).toBe(true);
  });

  it("a quotation the feed gives in TeX's ``…'' and a paper in curly quotes: one wording, shown without the marks", () => {
    const quoting = ['Ferry aground', '\u201cWe heard a long scraping noise and then everything stopped,\u201d a woman on board told reporters.'].join('\n');
    const r = analyzeDocuments([source('feed', FEED), source('paper', quoting)]);
    const quoted = docOf(r, 'paper').segments.find((s) => s.text.includes('scraping noise'))!;
    // One quotation framed two ways: a shared quote, in the same wording.
    expect(quoted.matches.map((m) => [m.document, m.quote, m.sameWording])).toEqual([['feed', true, true]]);
    const statement = r.provenance.sources.find((q) => q.statement.includes('scraping noise'))!;
    expect(statement.statement).toBe('We heard a long scraping noise and then everything stopped');
    expect(new Set(statement.quotedBy.map((q) => q.variant))).toEqual(new Set([0]));
    expect(statement.quotedBy.every((q) => !q.wording.includes('`'))).toBe(true);
  });

  it('finds the rewrite derived from the feed below the sentence, with the edge from the feed', () => {
    const r = analyzeDocuments([source('feed', FEED), source('paper', REWRITE)]);
    const paper = docOf(r, 'paper');
    // The split opening sentence: neither half is a copy of the feed's sentence, both keep its words.
    const half = paper.segments.find((s) => s.text.startsWith('It hit a sandbank'))!;
    expect(half.shared?.find((x) => x.document === 'feed')!.words).toBeGreaterThanOrEqual(8);
    const own = paper.segments.find((s) => s.text.startsWith('Islanders'))!;
    expect(own.shared).toBeUndefined();
    const share = derivedFromOf(r, 'paper', 'feed');
    expect(share).toBeGreaterThan(DERIVED_MIN_SHARE);
    expect(share).toBe(derivedWords(paper, 'feed').share);
    const edge = r.provenance.edges.find((e) => e.to === 'paper');
    expect(edge?.from).toBe('feed');
  });
});

/** The story's second take: the same slug line (Page 2), a continuation with nothing of take 1's text. */
const TAKE_2 = [
  RULE,
  '',
  RULE,
  '',
  '                  11:40 14/03/01: Page 2 (HHH) HOME Ferry',
  RULE,
  '\u0019The ferry, built in 1998, was on its third crossing of the day and was due to',
  'return to the mainland before noon.<',
  '\u0019Islanders said the sandbank had moved closer to the channel after the winter',
  'storms and that buoys marking it had not been replaced.<',
  '\u0019A council spokesman said dredging work was planned for the summer.<',
  '\u0019end<',
].join('\n');

describe('a story written from agency copy in other words, and from several takes of it', () => {
  const BRIEF = [
    'Ferry aground',
    'A ferry carrying 240 passengers ran aground on a sandbank off an island harbour early yesterday, coastguards said.',
    'Tugs were waiting for the tide to refloat the ship, and lifeboats took passengers ashore.',
  ].join('\n');

  it('a two-sentence brief reworded from the feed: an edge from the feed, written from agency copy, no accusation', () => {
    const r = analyzeDocuments([source('brief', BRIEF), source('feed', FEED)]);
    const brief = docOf(r, 'brief');
    // Nothing is copied whole, and fewer words lie in shared runs than copied prose of substance needs.
    expect(brief.segments.some((s) => s.label === 'copied')).toBe(false);
    expect(derivedWords(brief, 'feed').words).toBeLessThan(12);
    const edges = r.provenance.edges.filter((e) => e.to === 'brief');
    expect(edges.map((e) => [e.from, e.basis, e.directionClear])).toEqual([['feed', 'agency-copy', true]]);
    const text = edges[0]!.evidence.join('\n');
    expect(text).toMatch(/written from feed's agency story/);
    expect(text).not.toMatch(/does not credit/);
    expect(edges[0]!.share).toBe(1);
    // No view turns the missing credit into an accusation.
    for (const view of [formatSummary(r), renderReport(r), provenanceSvg(r)]) {
      expect(view).toMatch(/written from agency copy/);
      expect(view).not.toMatch(/NOT credited|\*\*not credited\*\*|· uncredited|>uncredited</);
    }
  });

  it('the same brief beside a text that is not agency copy: coverage of one event, no edge', () => {
    const report = FEED.replace(/^.*(?:HOME Ferry|By Jo Marsh).*$/gm, '').replace(/[\u0019<]/g, '');
    const r = analyzeDocuments([source('brief', BRIEF), source('report', report)]);
    expect(r.provenance.documents.find((d) => d.document === 'report')!.agencyCopy).toBe(false);
    expect(r.provenance.edges).toEqual([]);
  });

  it("a brief that rewords the feed's lead with no run of its words: written from it; the same lead in a full article is coverage", () => {
    const lead = "A passenger ferry with 240 people aboard struck a sandbank off a small island's harbour early today, coastguards said.";
    const reworded = ['Ferry aground', lead, 'No one was injured, and lifeboats brought the passengers to land within two hours.'].join('\n');
    const r = analyzeDocuments([source('brief', reworded), source('feed', FEED)]);
    const brief = docOf(r, 'brief');
    // Not a word of it in a run the feed shares, nothing copied: the lead is the feed's reworded.
    expect(brief.segments.filter((s) => s.shared !== undefined || s.label === 'copied')).toEqual([]);
    expect(brief.segments.find((s) => s.text === lead)!.label).toBe('paraphrased');
    expect(r.provenance.edges.map((e) => [e.from, e.to, e.basis, e.directionClear])).toEqual([['feed', 'brief', 'agency-copy', true]]);
    // Beside a text that is not agency copy, the same rewording is coverage of one event.
    const report = FEED.replace(/^.*(?:HOME Ferry|By Jo Marsh).*$/gm, '').replace(/[\u0019<]/g, '');
    expect(analyzeDocuments([source('brief', reworded), source('report', report)]).provenance.edges).toEqual([]);
    // A full article (more than BRIEF_MAX_SENTENCES) whose rewording of the lead is still 15% of it, with its own reporting: no edge.
    const article = [
      reworded,
      'Residents of the island have complained for years about the state of the harbour approaches.',
      'The local council last surveyed the channel in 2015 and promised new markers.',
      'Fishermen say the fog in spring makes the crossing one of the most dangerous on the coast.',
      'The ferry company runs six crossings a day in summer and three in winter.',
    ].join('\n');
    const full = analyzeDocuments([source('article', article), source('feed', FEED)]);
    const articleDoc = docOf(full, 'article');
    expect(articleDoc.segments.filter((s) => s.label !== 'boilerplate' && s.role === undefined).length).toBeGreaterThan(BRIEF_MAX_SENTENCES);
    expect(drawnFrom(articleDoc, new Set(['feed'])).proseShare).toBeGreaterThanOrEqual(AGENCY_DRAWN_MIN_SHARE);
    expect(full.provenance.edges).toEqual([]);
  });

  it('a story built from two takes: one edge for the agency story, its versions listed, its share over both', () => {
    const paper = [
      'Ferry stranded on moving sandbank',
      'A passenger ferry carrying 240 people ran aground on a sandbank outside the harbour of a small island early yesterday.',
      'Islanders said the sandbank had moved closer to the channel after the winter storms and that buoys marking it had not been replaced.',
      'A council spokesman said dredging work was planned for the summer.',
      'Our reporter saw the ship still stuck at dusk.',
    ].join('\n');
    const r = analyzeDocuments([source('paper', paper), source('take1', FEED), source('take2', TAKE_2)]);
    // The takes share no text: only their slug lines say they are one story.
    expect(r.provenance.edges.filter((e) => e.to === 'take1' || e.to === 'take2')).toEqual([]);
    const edges = r.provenance.edges.filter((e) => e.to === 'paper');
    expect(edges).toHaveLength(1);
    expect(edges[0]!.from).toBe('take2');
    expect(edges[0]!.versions).toEqual(['take1']);
    // Three of its four article sentences draw on the story, one from take 1 and two from take 2:
    // more than either take alone accounts for.
    const alone = (id: string) => r.provenance.documents.find((d) => d.document === 'paper')!.derivedFrom.find((x) => x.document === id)!.drawnShare;
    expect(edges[0]!.share).toBeGreaterThan(alone('take1') + 0.2);
    expect(edges[0]!.share).toBeGreaterThan(alone('take2') + 0.2);
    expect(edges[0]!.share).toBeCloseTo(alone('take1') + alone('take2'), 3);
    const last = docOf(r, 'paper').segments.find((s) => s.text.startsWith('Our reporter'))!;
    expect(last.label).toBe('unique');
    expect(edges[0]!.evidence.join('\n')).toMatch(/versions of one agency story: take1/);
  });

  it('a substitute of a take is a version of it: the agency reusing its own copy, shown as such, no edge between them', () => {
    // A substitute under a slug naming another story: only the shared copy joins them.
    const sub = FEED.replace('Page 1 (HHH) HOME Ferry', 'Page 1 (HHH) HOME Harbour Sub').replace('early today', 'early this morning');
    const paper = ['Ferry aground', 'A passenger ferry carrying 240 people ran aground on a sandbank outside the harbour of a small island early yesterday.', 'Nobody was hurt.'].join('\n');
    const r = analyzeDocuments([source('take1', FEED), source('sub', sub), source('paper', paper)]);
    const pair = r.provenance.similar!.find((p) => p.documents.includes('take1') && p.documents.includes('sub'))!;
    expect(pair.kind).toBe('same-source');
    expect(pair.evidence.join('\n')).toMatch(/versions of one news agency story/);
    expect(r.provenance.edges.map((e) => [e.from, e.to, e.versions])).toEqual([['take1', 'paper', ['sub']]]);
  });
});

describe('the feed text of an agency story and a client\'s reprint of it', () => {
  /** An agency's story as its feed sends it: wrapped at 66 columns, paragraphs opening indented, a sign-off. */
  const WIRE = [
    'HARBOUR BOARD APPROVES NEW CONTAINER TERMINAL',
    '',
    '  BRISTOW, May 12 - The Bristow harbour board approved plans for a',
    'new container terminal on the north quay, to be built over three',
    'years at a cost of about 120 mln dlrs, its chairman said.',
    '  He said the terminal would double the port\'s capacity and that',
    'dredging of the approach channel would start in the autumn, once',
    'the environmental survey had been published.',
    '  The board expects the first ships to berth at the new quay in the',
    'spring of the third year, and about 400 people to work there.',
    ' AFP',
  ].join('\n');
  /** A client's page: one paragraph a line, a sentence cut and one added, the sign-off kept as its credit. */
  const REPRINT = [
    'Harbour board approves new container terminal',
    '',
    'BRISTOW, May 12 - The Bristow harbour board approved plans for a new container terminal on the north quay, to be built over three years at a cost of about 120 mln dlrs, its chairman said.',
    '',
    "He said the terminal would double the port's capacity and that dredging of the approach channel would start in the autumn, once the environmental survey had been published.",
    '',
    'Local traders welcomed the decision at a meeting on Tuesday evening.',
    '',
    'AFP',
  ].join('\n');
  /** One paragraph a line, as a reprint prints it. */
  const unwrap = (text: string) => text.replace(/\n(?! |\n)/g, ' ').replace(/\n {1,2}/g, '\n\n');

  it('reads the feed text as the source and the reprint as credited copy of it, in either input order', () => {
    for (const order of [
      ['wire', 'reprint'],
      ['reprint', 'wire'],
    ]) {
      const texts: Record<string, string> = { wire: WIRE, reprint: REPRINT };
      const r = analyzeDocuments(order.map((id) => source(id, texts[id]!)));
      for (const id of ['wire', 'reprint']) expect(r.provenance.documents.find((d) => d.document === id)!.agencyCopy).toBe(true);
      expect(['wire', 'reprint'].map((id) => r.provenance.documents.find((d) => d.document === id)!.form)).toEqual(['feed', 'reprint']);
      // The reprint's sign-off is listed as its credit of the feed text's agency.
      expect(r.provenance.documents.find((d) => d.document === 'reprint')!.attributions.map((a) => [a.source, a.kind, a.text])).toContainEqual(['AFP', 'sign-off', 'AFP']);
      expect(r.provenance.edges.map((e) => [e.from, e.to, e.basis, e.directionClear, e.credited])).toEqual([['wire', 'reprint', 'copied-prose', true, true]]);
      const edge = r.provenance.edges[0]!;
      expect(edge.share).toBeGreaterThan(0.6);
      expect(edge.evidence.join('\n')).toMatch(/wire reads as agency copy in the form its feed sends \(paragraphs hard-wrapped\); reprint prints the agency's marks/);
      expect(r.provenance.similar ?? []).toEqual([]);
      for (const view of [formatSummary(r), renderReport(r)]) expect(view).not.toMatch(/NOT credited|\*\*not credited\*\*|· uncredited/);
    }
  });

  it('a feed text and a reprint crediting another agency: no source-and-reprint reading', () => {
    const other = REPRINT.replace(/AFP$/, 'Reuter');
    const r = analyzeDocuments([source('wire', WIRE), source('reprint', other)]);
    expect(r.provenance.documents.find((d) => d.document === 'reprint')!.form).toBe('reprint');
    expect(r.provenance.documents.find((d) => d.document === 'reprint')!.attributions.some((a) => a.kind === 'sign-off' && a.source === 'AFP')).toBe(false);
    const evidence = [...r.provenance.edges.flatMap((e) => e.evidence), ...(r.provenance.similar ?? []).flatMap((p) => p.evidence)].join('\n');
    expect(evidence).not.toMatch(/in the form its feed sends/);
  });

  it('two reprints of one agency story: versions of it, no edge between them', () => {
    const second = REPRINT.replace('Local traders welcomed the decision at a meeting on Tuesday evening.', 'Shares in the port operator rose 3 pct on the news.');
    const r = analyzeDocuments([source('a', REPRINT), source('b', second)]);
    expect(r.provenance.edges).toEqual([]);
    expect(r.provenance.similar!.map((p) => [p.documents, p.kind])).toEqual([[['a', 'b'], 'same-source']]);
    // They share copied prose: the views' heading does not call them coverage with no copying found.
    for (const view of [formatSummary(r), renderReport(r)]) {
      expect(view).toMatch(/Texts of one source \(siblings or versions: no edge between them/);
      expect(view).not.toMatch(/no copying found/);
    }
    // A paragraph a stray return broke in a page of long lines is one paragraph again, and no
    // feed's wrapping: the text is not read as a feed, and the two stay versions.
    const pasted = second.replace(/He said the terminal would double the port's capacity and that dredging of /, "He said the terminal would double the port's capacity and that\ndredging of ");
    const mixed = analyzeDocuments([source('a', REPRINT), source('b', pasted)]);
    expect(docOf(mixed, 'b').segments.some((x) => x.text.startsWith("He said the terminal would double the port's capacity and that\ndredging of the approach channel"))).toBe(true);
    expect(textLayout(docOf(mixed, 'a'))).toBe('paragraph-lines');
    expect(textLayout(docOf(mixed, 'b'))).not.toBe('hard-wrapped');
    expect(mixed.provenance.documents.find((d) => d.document === 'b')!.form).not.toBe('feed');
    expect(mixed.provenance.edges).toEqual([]);
  });

  it('two feed texts of one agency story: versions of it, no edge between them', () => {
    const update = WIRE.replace(' AFP', '  A spokesman for the dock workers union said it would seek talks\nwith the board on the new jobs.\n AFP');
    const r = analyzeDocuments([source('first', WIRE), source('update', update)]);
    expect(r.provenance.edges).toEqual([]);
    expect(r.provenance.similar!.map((p) => [p.documents, p.kind])).toEqual([[['first', 'update'], 'same-source']]);
    // The same update unwrapped is a reprint, and the first take its source.
    const reprinted = analyzeDocuments([source('first', WIRE), source('update', unwrap(update))]);
    expect(reprinted.provenance.edges.map((e) => [e.from, e.to])).toEqual([['first', 'update']]);
  });
});

describe('hard wrapping is read from the text itself', () => {
  /** Paragraphs wrapped greedily at `width` columns, each opening indented by `indent` spaces (as Reuters' bodies). */
  const wrap = (paragraphs: readonly string[], width: number, indent: number): string =>
    paragraphs
      .map((p) => {
        const lines: string[] = [];
        let line = ' '.repeat(indent);
        for (const w of p.split(' ')) {
          if (line.trim() !== '' && line.length + 1 + w.length > width) {
            lines.push(line);
            line = w;
          } else line = line.trim() === '' ? line + w : `${line} ${w}`;
        }
        lines.push(line);
        return lines.join('\n');
      })
      .join('\n');
  const PARAGRAPHS = [
    'The harbour board said on Monday it would spend eleven million dollars on new cranes for the container terminal over the next two years.',
    'The board said traffic through the port had grown by a fifth since the terminal opened, and ships now waited up to a day for a berth at the busiest times of the year.',
    'Unions welcomed the plan.',
    'Shipping lines said they would judge it by how soon the first cranes arrived, and asked the board to publish a timetable for the work.',
  ];

  it('starts a paragraph at an indented line (a Reuters-style body) and joins the lines wrapped in between', () => {
    const text = wrap(PARAGRAPHS, 66, 4);
    expect(text.split('\n').length).toBeGreaterThan(8);
    expect(splitBlocks(text).map((b) => b.text.trim().replace(/\s+/g, ' '))).toEqual(PARAGRAPHS);
  });

  it('ends a paragraph at a short line that ends a sentence when nothing else marks it', () => {
    const text = wrap(PARAGRAPHS, 72, 0);
    expect(splitBlocks(text).map((b) => b.text.replace(/\s+/g, ' '))).toEqual(PARAGRAPHS);
  });

  it('leaves text with one paragraph a line as it is', () => {
    const text = REWRITE;
    expect(splitBlocks(text).map((b) => b.text)).toEqual(text.split('\n'));
  });

  it('joins a paragraph an archive broke in two (mid-sentence, going on in lower case), with exact offsets; menus and sentences stay apart', () => {
    const text = [
      'A SINGER is to present a weekly show of pop videos from the past 20 years for satellite and',
      '',
      'cable music channels, it was announced yesterday.',
      'Her choices range',
      'from old disco hits to the first record she ever bought.',
      'Home',
      'news and sport',
      'She has recorded five shows.',
      'more are planned for the spring.',
    ].join('\r\n');
    const blocks = splitBlocks(text);
    expect(blocks.map((b) => b.text.replace(/\s+/g, ' '))).toEqual([
      'A SINGER is to present a weekly show of pop videos from the past 20 years for satellite and cable music channels, it was announced yesterday.',
      'Her choices range from old disco hits to the first record she ever bought.',
      'Home',
      'news and sport',
      'She has recorded five shows.',
      'more are planned for the spring.',
    ]);
    for (const b of blocks) expect(b.text).toBe(text.slice(b.start, b.end).replace(/[\r\n]/g, ' '));
    // Its sentence is one sentence, matched whole against the agency's.
    const feed = 'The singer is to present a weekly show of pop videos from the past 20 years for satellite and cable music channels, it was announced today.';
    const r = analyzeDocuments([source('paper', text), source('feed', feed)]);
    const first = docOf(r, 'paper').segments.find((x) => x.text.startsWith('A SINGER'))!;
    expect(first.text).toMatch(/cable music channels, it was announced yesterday\.$/);
    expect(first.matches.map((m) => [m.document, m.relation])).toEqual([['feed', 'near-verbatim']]);
    // A break before a blank line is no feed's wrapping: the text still reads as one paragraph a line.
    expect(textLayout(docOf(r, 'paper'))).toBe('paragraph-lines');
  });
});

describe('numbered lists, "More" lines, identical files', () => {
  const listA = ['Five things from the summit in a northern port.', '1. The ministers agreed a fishing budget after long talks.', '10. Nobody mentioned the weather, which was dreadful all week.'];
  const listB = ['What mattered at the meeting of mayors in the capital.', '1. Mayors argued about bus fares late into the night.', '10. Talks end on Friday with a statement expected at noon.'];

  it('keeps a list item number with its item: "10." alone is not a copied sentence', () => {
    const r = analyzeDocuments([source('a', listA.join('\n\n')), source('b', listB.join('\n\n'))]);
    for (const d of r.documents) {
      expect(d.segments.map((s) => s.label)).toEqual(['unique', 'unique', 'unique']);
      expect(d.segments[2]!.text.startsWith('10. ')).toBe(true);
    }
    expect(r.provenance.edges).toEqual([]);
  });

  it('keeps a numbered list the article announces (a chart after "Top 5:") as the article, every item alike; an unannounced one stays footer', () => {
    const chart = ['1. Harbour Lights - The Tide.', '2. Paper Moon - Glass Arcade.', '3. Night Ferry - Cold Harbour.', '4. Slow Train - The Sidings.', '5. Long Way Home - Margo Reed.'];
    const feed = [
      RULE,
      '',
      '                 11:20 09/03/00: Page 1 (HHH) SHOWBIZ Charts',
      RULE,
      'UNWANTED ALBUMS CHART<',
      'By Tom Hale, Wire News<',
      '\u0019A chart-topping album from last summer has been named the record most often',
      'sold back to secondhand shops this year, a survey showed today.<',
      '\u0019The survey of 300 shops for a music weekly found that buyers tired quickly of',
      'records bought on the strength of a single hit.<',
      '\u0019The full list will appear in the weekly next Thursday.<',
      '\u0019Top 5:<',
      ...chart.map((item) => `\u0019${item}<`),
      '\u0019end<',
    ].join('\n');
    const lines = classifyLines(feed);
    expect(lineWith(lines, 'Top 5:').role).toBe('body');
    for (const item of chart) expect(lineWith(lines, item).role, item).toBe('body');
    expect(lineWith(lines, 'end').role).toBe('boilerplate');
    // The same list after a paragraph that does not announce it: other stories, not this one's.
    const page = [
      'A chart-topping album from last summer has been named the record most often sold back to shops.',
      'The survey of 300 shops found that buyers tired quickly of records bought for a single hit.',
      ...chart,
    ].join('\n');
    for (const item of chart) expect(classifyLines(page).find((l) => l.text === item)!.boilerplate, item).toBe('footer');
    // A paper that prints the agency's chart under its own words has copied it from the feed.
    const paper = [
      'Shoppers could not wait to get rid of last summer\u2019s biggest album, a music weekly has found.',
      'Record shops say fans bought it for one song and soon lost interest in the rest of it.',
      'The least wanted albums:',
      ...chart,
    ].join('\n\n');
    const r = analyzeDocuments([source('feed', feed), source('paper', paper)]);
    const items = docOf(r, 'paper').segments.filter((s) => /^\d\. /.test(s.text));
    expect(items.map((s) => s.label)).toEqual(['copied', 'copied', 'copied', 'copied', 'copied']);
    expect(docOf(r, 'feed').segments.filter((s) => /^\d\. /.test(s.text)).map((s) => s.label)).toEqual(['copied', 'copied', 'copied', 'copied', 'copied']);
  });

  it('does not end the article at a lone "More" line followed by prose; a "Related: …" link and a widget line are boilerplate', () => {
    const text = [
      'Storm closes mountain pass',
      'Snow closed the only road over the mountain pass on Sunday, stranding dozens of drivers overnight.',
      'More',
      'Police said the road would stay shut until ploughs could clear drifts up to two metres deep.',
      'Drivers were given blankets and hot drinks at a school in the valley below the pass.',
      'Related: Ski resorts count the cost of a late season',
      'Powered by a weather widget',
    ].join('\n');
    const lines = classifyLines(text);
    const of = (needle: string) => lineWith(lines, needle);
    expect(of('Police said').role).toBe('body');
    expect(of('Drivers were').role).toBe('body');
    expect(of('More').role).toBe('boilerplate');
    expect(of('Related:').boilerplate).toBe('related');
    expect(of('Powered by').boilerplate).toBe('related');
  });

  it('reads two identical files as copied whole, quotations included', () => {
    const text = [
      'The mayor opened the new library on Saturday after two years of building work.',
      '"This is a place for everyone in the town," she told the crowd outside.',
      'The library holds forty thousand books and a room for children to read in.',
    ].join('\n');
    const r = analyzeDocuments([source('a', text), source('b', text)]);
    for (const d of r.documents) {
      expect(d.stats.copiedProse).toBe(1);
      expect(d.stats.sharedQuote).toBe(0);
    }
  });
});

describe('a court report from the feed and three papers that covered the case', () => {
  /** A sentencing as the feed delivers it: rules, slug, paragraph marks, TeX quotes, `#` for the pound sign. */
  const COURT_FEED = [
    RULE,
    '',
    '                 14:05 03/02/00: Page 1 (HHH) COURTS Fraud',
    RULE,
    'SOLICITOR JAILED FOR STEALING #400,000 FROM CLIENTS<',
    'By Helen Marsh, Wire News<',
    '\u0019A solicitor who stole more than #400,000 from elderly clients to pay for',
    'holidays and a racehorse was jailed for five years today.<',
    '\u0019Gordon Pryce, 54, of Harrogate, North Yorkshire, admitted 14 charges of theft',
    'at Leeds Crown Court after the money was traced by the Law Society.<',
    "\u0019Judge Anne Mortimer told him: ``You abused the trust of people who had",
    "nobody else to turn to. Your greed was breathtaking.''<",
    '\u0019The court heard that Pryce moved money from the accounts of six widows into',
    'a private account over a period of four years, forging signatures on',
    'withdrawal forms.<',
    '\u0019One victim, an 86-year-old woman from Ripon, lost her entire life savings',
    'and had to sell her home to pay for her care, prosecutor David Lowe said.<',
    '\u0019The fraud came to light when a bank clerk noticed that a client who had died',
    'in 1997 was still making withdrawals.<',
    '\u0019In mitigation, Peter Hale said his client had been under severe financial',
    'pressure after a failed property venture and was deeply ashamed.<',
    '\u0019Pryce has been struck off by the Solicitors Disciplinary Tribunal.<',
    'end<',
  ].join('\n');
  /** Written from the feed: trimmed, two sentences merged, the judge's words kept. */
  const WHOLLY = [
    'A SOLICITOR who stole more than £400,000 from elderly clients to pay for holidays and a racehorse was jailed for five years yesterday.',
    'Gordon Pryce, 54, from Harrogate, admitted 14 charges of theft at Leeds Crown Court after the money was traced by the Law Society.',
    'Judge Anne Mortimer told him: "You abused the trust of people who had nobody else to turn to. Your greed was breathtaking."',
    'The court heard Pryce moved money from the accounts of six widows into a private account over four years, forging signatures on withdrawal forms. One victim, an 86-year-old woman, lost her entire life savings and had to sell her home.',
    'The fraud came to light when a bank clerk noticed that a client who died in 1997 was still making withdrawals.',
  ].join('\n');
  /** Its own reporting, with the feed's account of the fraud in runs of its words and one sentence as the feed wrote it. */
  const PARTLY = [
    'For thirty years Gordon Pryce was the man the widows of Harrogate went to when a husband died. He drew up their wills, sat in their kitchens and, it emerged yesterday, helped himself to their savings.',
    'Pryce, 54, was jailed for five years at Leeds Crown Court after admitting 14 charges of theft. He moved money from the accounts of six widows into a private account, forging signatures on withdrawal forms, and spent it on holidays and a racehorse.',
    'Neighbours in the quiet street where he lived with his second wife said they had no idea. "He was always very proper," one said. "He wore a tie to mow the lawn."',
    'The fraud came to light when a bank clerk noticed that a client who had died in 1997 was still making withdrawals.',
    'The Law Society said last night that a compensation fund would repay the victims in full.',
  ].join('\n');
  /** A reporter in court: the same judge's words, name, age, town, charges and sum, in prose of its own. */
  const OWN = [
    'Widows who trusted their family lawyer watched yesterday as he was led down to the cells, five years after he began emptying their bank books.',
    'Gordon Pryce, 54, who practised in Harrogate for three decades, had forged their signatures again and again, Leeds Crown Court was told. Six women lost money; one, now 86, sold the house she had lived in since her wedding.',
    '"You abused the trust of people who had nobody else to turn to," Judge Anne Mortimer said. "Your greed was breathtaking."',
    'Outside court, the daughter of one victim said her mother still could not sleep. "She keeps asking where it all went," she said. "He bought a horse with it."',
    'Pryce, who admitted 14 counts of theft involving £400,000, has been struck off.',
  ].join('\n');

  it('wholly and partly derived papers: edges from the feed, shares on either side of "wholly"; the reporter in court: shared quotes, no edge', () => {
    // Each paper beside the feed alone, as the newsroom benchmark runs it, and all four together: one answer.
    const together = analyzeDocuments([source('own', OWN), source('partly', PARTLY), source('feed', COURT_FEED), source('wholly', WHOLLY)]);
    for (const [id, text] of [['wholly', WHOLLY], ['partly', PARTLY], ['own', OWN]] as const) {
      const alone = analyzeDocuments([source(id, text), source('feed', COURT_FEED)]);
      expect(alone.provenance.edges.map((e) => [e.from, e.to, e.directionClear, e.share])).toEqual(
        together.provenance.edges.filter((e) => e.to === id).map((e) => [e.from, e.to, e.directionClear, e.share]),
      );
    }
    expect(docOf(together, 'feed').segments.some((s) => s.role === 'slug' || s.label === 'boilerplate')).toBe(true);
    const edges = new Map(together.provenance.edges.map((e) => [e.to, e]));
    expect([...edges.keys()].sort()).toEqual(['partly', 'wholly']);
    for (const e of edges.values()) expect([e.from, e.directionClear]).toEqual(['feed', true]);
    expect(edges.get('wholly')!.share).toBeGreaterThanOrEqual(WHOLLY_DERIVED_MIN_SHARE);
    expect(edges.get('partly')!.share).toBeGreaterThan(AGENCY_DRAWN_MIN_SHARE);
    expect(edges.get('partly')!.share).toBeLessThan(WHOLLY_DERIVED_MIN_SHARE);
    // The reporter in court shares the judge's words: a common primary source, listed as such.
    const judge = together.provenance.sources.find((q) => q.statement.includes('abused the trust'))!;
    expect(judge.quotedBy.map((q) => q.document).sort()).toEqual(['feed', 'own', 'wholly']);
    expect(drawnFrom(docOf(together, 'own'), new Set(['feed'])).proseShare).toBe(0);
    // The two papers written from the feed are its siblings, not copier and copied.
    expect(together.provenance.similar.map((s) => [s.documents.slice().sort(), s.kind, s.source])).toEqual([[['partly', 'wholly'], 'same-source', 'feed']]);
  });
});

describe("a paper that runs the feed's partial quotations into its own prose", () => {
  /** A council meeting as the feed delivers it: the speaker's phrases inside quotation marks. */
  const HEALTH_FEED = [
    RULE,
    '',
    '                 16:40 21/03/00: Page 1 (HHH) HEALTH Theatres',
    RULE,
    'HOSPITAL CHIEF PROMISES END TO WAITING LISTS<',
    'By Tom Avery, Wire News<',
    "\u0019The head of the county's hospitals promised today to ``put patients before",
    "paperwork and end the waiting lists for good'' by the spring.<",
    '\u0019Dr Ruth Kemp, 51, told a meeting of the health board in Norwich that six new',
    'operating theatres would open in March.<',
    "\u0019She said the trust would ``never again ask a family to wait a year for a",
    "hip'' and that 40 surgeons had been hired.<",
    '\u0019Unions welcomed the plan but warned that nursing numbers were still falling.<',
    'end<',
  ].join('\n');
  /** The speaker's phrases, unmarked, inside the paper's own sentences; the facts in its own words. */
  const PAPER = [
    'Patients in Norfolk were told last night that the long wait for surgery is nearly over.',
    'Health chief Dr Ruth Kemp vowed to put patients before paperwork and end the waiting lists for good as she unveiled new operating theatres due in March.',
    'Grandmother Joan Platt, 79, who has waited 14 months for a new hip, said: "I will believe it when I see it."',
    'Forty surgeons have been taken on, and no family will again have to wait a year for a hip, the trust says.',
    "But nurses' leaders said the theatres would stand empty without more staff on the wards.",
    'The board meets again next month.',
  ];

  it("the speaker's phrases are no trace of the feed's prose: coverage of one event, no edge", () => {
    const r = analyzeDocuments([source('feed', HEALTH_FEED), source('paper', PAPER.join('\n'))]);
    const paper = docOf(r, 'paper');
    // The runs are found, and each is words the feed quotes, but for a word of their setting ("vowed to put …").
    const runs = paper.segments.flatMap((s) => (s.shared ?? []).filter((x) => x.document === 'feed'));
    expect(runs.length).toBeGreaterThanOrEqual(2);
    for (const x of runs) {
      expect(x.quotedWords).toBeGreaterThan(0);
      expect(x.words - x.quotedWords!).toBeLessThan(MIN_RUN_WORDS);
    }
    expect(drawnFrom(paper, new Set(['feed'])).proseShare).toBe(0);
    expect(r.provenance.edges).toEqual([]);
  });

  it("the same paper keeping one sentence of the feed's own prose: written from it", () => {
    const kept = [...PAPER.slice(0, 4), 'Unions welcomed the plan but warned that nursing numbers were still falling.', ...PAPER.slice(5)];
    const r = analyzeDocuments([source('feed', HEALTH_FEED), source('paper', kept.join('\n'))]);
    expect(r.provenance.edges.map((e) => [e.from, e.to, e.directionClear])).toEqual([['feed', 'paper', true]]);
  });
});
