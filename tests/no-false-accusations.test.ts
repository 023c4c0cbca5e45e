/**
 * Issue #15 and #20 (short stories, direction): no accusation without copied prose, siblings of
 * one agency story, quotations without quote marks, credits by short name, a split sentence, a
 * brief. Every text here is written for these tests.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeDocuments } from '../src/analyze.js';
import { documentQuotedSpans } from '../src/quotes/document-quotes.js';
import { classifyLines } from '../src/clean/boilerplate.js';
import { paragraphsOf } from '../src/ingest/html-article.js';
import { loadDocuments } from '../src/ingest/load-documents.js';
import { stockWordFlags } from '../src/text/stock-phrases.js';
import type { AnalysisResult, OutletInfo } from '../src/types.js';

function analyse(docs: { id: string; outlet?: Partial<OutletInfo>; text: string }[]): AnalysisResult {
  return analyzeDocuments(docs.map((d) => ({ id: d.id, file: `${d.id}.txt`, outlet: { name: d.id, ...d.outlet }, text: d.text })));
}
/** The quoted text of each line of `text` (document-quotes.ts). */
const quotedIn = (text: string): string[][] => documentQuotedSpans(text, classifyLines(text)).map((ss) => ss.map((s) => text.slice(s.start, s.end)));
const edgeList = (r: AnalysisResult) => r.provenance.edges.map((e) => `${e.from}->${e.to}`);
const accusing = (r: AnalysisResult) => r.provenance.edges.filter((e) => e.directionClear && !e.credited);

/** A mill fire, as one newsroom wrote it. */
const MILL_A = [
  'Fire crews fought through the night to contain a blaze that destroyed the old textile mill on Canal Street, the county fire service said on Sunday.',
  'More than sixty firefighters and twelve engines were sent to the five-storey building after neighbours reported smoke shortly before midnight.',
  'Nobody was inside when the roof collapsed, and two firefighters were treated in hospital for minor burns.',
  '"This was one of the most difficult fires our crews have faced in a decade," said chief fire officer Helen Marsh.',
  'The mill, built in 1874, had stood empty since the last looms were removed in 1998 and was due to be converted into flats next year.',
  'Investigators will examine the site on Monday once the walls have been made safe, but officers said they were keeping an open mind about the cause.',
  'Residents of nearby streets were told to keep their windows closed because of the thick smoke drifting across the town.',
];

/** The same event, as another newsroom wrote it: the same facts and the same quotation, in its own words. */
const MILL_B = [
  'A derelict Victorian mill on Canal Street was gutted overnight in a fire that took dozens of firefighters until dawn to bring under control.',
  'Neighbours raised the alarm at around midnight when they saw smoke pouring from the upper floors, and sixty firefighters with twelve engines rushed to the scene.',
  'The building was empty, but two firefighters suffered minor burns and were taken to hospital.',
  '"This was one of the most difficult fires our crews have faced in a decade," said chief fire officer Helen Marsh.',
  'Developers had planned to turn the 1874 building, unused since 1998, into apartments.',
  'The cause of the fire is not yet known, and fire investigators are expected at the site tomorrow.',
  'People living close by were advised to shut their windows as smoke spread over the town centre.',
];

describe('independent reports of one event', () => {
  it('same facts, same quotation, different words, one dated a day earlier: no accusing edge, similar coverage at most', () => {
    const r = analyse([
      { id: 'gazette', outlet: { published: '2021-03-14' }, text: MILL_A.join('\n') },
      { id: 'courier', outlet: { published: '2021-03-15' }, text: MILL_B.join('\n') },
    ]);
    expect(r.provenance.edges).toEqual([]);
    for (const s of r.provenance.similar ?? []) expect(s.kind).toBe('similar-coverage');
    // The shared quotation is a common source.
    expect(r.provenance.sources.some((s) => s.statement.startsWith('This was one of the most difficult fires'))).toBe(true);
  });

  it("two reports sharing only news writing's stock formulas (no answer to a request for comment, a statement): no edge; the same reports sharing a sentence of prose: an edge", () => {
    const AIRLINE_A = [
      'Shares in a regional airline fell sharply on Tuesday after it cut its profit forecast for the year, blaming higher fuel costs.',
      'The carrier said bookings for the summer had been weaker than expected and that it would reduce flights on several routes.',
      'Analysts said the warning was the third this year and questioned whether the chief executive could stay in his post.',
      'The company did not immediately respond to a request for comment on Tuesday.',
    ];
    const AIRLINE_B = [
      'A regional airline has warned that profits will be lower than it had hoped, sending its shares down by a fifth.',
      'Fuel prices and a slow summer were to blame, the airline said in a statement to the stock exchange.',
      'Unions said they feared job cuts would follow the reduction in flights announced alongside the warning.',
      'The company did not immediately respond to a request for comment on Tuesday.',
    ];
    const stock = analyse([
      { id: 'a', text: AIRLINE_A.join('\n') },
      { id: 'b', text: AIRLINE_B.join('\n') },
    ]);
    expect(stock.provenance.edges).toEqual([]);
    expect(stock.provenance.similar!.map((p) => p.kind)).toEqual(['similar-coverage']);
    // The formula is still the same sentence in both: only its weight as evidence of copying is nil.
    expect(stock.documents[1]!.segments.find((x) => x.text.startsWith('The company did not'))!.matches.map((m) => m.relation)).toEqual(['identical']);
    const copied = analyse([
      { id: 'a', text: AIRLINE_A.join('\n') },
      { id: 'b', text: [...AIRLINE_B.slice(0, 3), AIRLINE_A[1]!, AIRLINE_B[3]!].join('\n') },
    ]);
    // Nothing tells which came first: one edge between them, no direction claimed.
    expect(copied.provenance.edges.map((e) => [[e.from, e.to].sort(), e.directionClear])).toEqual([[['a', 'b'], false]]);
    expect(stockWordFlags('the company did not immediately respond to a request for comment on tuesday'.split(' ')).join('')).toBe('0011111111100');
    expect(stockWordFlags('for the first time since the war'.split(' ')).join('')).toBe('1111100');
    expect(stockWordFlags('the first time he came'.split(' ')).join('')).toBe('00000');
  });

  it('two reports naming the same institutions in their own words: runs of names are no copied prose, no edge', () => {
    const A = [
      'Health officials said on Monday that cases of the virus had risen for a third straight week across the southern states.',
      'The Centers for Disease Control and Prevention urged older people to get a booster before the winter.',
      'Officials at the World Health Organization in Geneva said the new variant did not appear to cause more severe illness.',
      'Hospitals in several cities reported longer waits in emergency rooms, and some postponed routine operations.',
      'The National Institute of Allergy and Infectious Diseases is running trials of an updated vaccine.',
    ];
    const B = [
      'A third week of rising infections has prompted fresh warnings, with the south worst hit.',
      'Older Americans should get another shot soon, according to the Centers for Disease Control and Prevention.',
      'The new strain seems no more dangerous than earlier ones, the World Health Organization in Geneva said.',
      'Doctors in a number of cities said emergency departments were under strain and some surgery had been delayed.',
      'Trials of a revised vaccine are under way at the National Institute of Allergy and Infectious Diseases.',
    ];
    const r = analyse([
      { id: 'a', text: A.join('\n') },
      { id: 'b', text: B.join('\n') },
    ]);
    expect(r.provenance.edges).toEqual([]);
    expect(r.provenance.similar!.map((p) => p.kind)).toEqual(['similar-coverage']);
    // The runs are still found and shown, marked as names.
    const cdc = r.documents[1]!.segments.find((x) => x.text.includes('Centers for Disease'))!;
    expect(cdc.shared).toEqual([{ document: 'a', words: 7, nameWords: 7 }]);
    // A run of prose among them still counts: the same reports sharing one sentence's clause are an edge.
    const copied = analyse([
      { id: 'a', text: A.join('\n') },
      { id: 'b', text: [...B.slice(0, 3), 'Hospitals in several cities reported longer waits in emergency rooms, doctors said.', B[4]!].join('\n') },
    ]);
    expect(copied.provenance.edges.map((e) => [[e.from, e.to].sort(), e.basis])).toEqual([[['a', 'b'], 'copied-prose']]);
  });

  it('the same pair where one copies three paragraphs of the other: one edge, from the earlier text, not credited', () => {
    const copier = [MILL_B[0], MILL_A[1], MILL_A[2], MILL_B[3], MILL_A[4], MILL_B[5], MILL_B[6]];
    const r = analyse([
      { id: 'gazette', outlet: { published: '2021-03-14' }, text: MILL_A.join('\n') },
      { id: 'courier', outlet: { published: '2021-03-15' }, text: copier.join('\n') },
    ]);
    expect(edgeList(r)).toEqual(['gazette->courier']);
    const e = r.provenance.edges[0]!;
    expect(e).toMatchObject({ directionClear: true, credited: false, basis: 'copied-prose' });
    expect(e.items![0]).toMatchObject({ kind: 'copied-prose', weight: 0 });
    expect(e.items!.find((i) => i.kind === 'published-earlier')!.weight).toBeGreaterThan(0);
    // The copied paragraphs are named, both ends of each pair.
    expect(e.items![0]!.sentences).toContainEqual({ document: 'courier', segment: 1 });
  });

  it('runs of shared words inside reworded sentences, and a date a day earlier: no direction, no credit verdict', () => {
    const runs = [
      'By dawn, more than sixty firefighters and twelve engines were sent to the five-storey building, officials confirmed.',
      'Officers said they were keeping an open mind about the cause, though the investigation is at an early stage.',
      'Because of the thick smoke drifting across the town, people in the area were asked to stay indoors all day.',
    ];
    const r = analyse([
      { id: 'gazette', outlet: { published: '2021-03-14' }, text: MILL_A.join('\n') },
      { id: 'courier', outlet: { published: '2021-03-15' }, text: [MILL_B[0], ...runs, MILL_B[2], MILL_B[4]].join('\n') },
    ]);
    expect(accusing(r)).toEqual([]);
    // The runs are reuse (an edge), but the dates alone do not say which way it went.
    expect(r.provenance.edges).toHaveLength(1);
    expect(r.provenance.edges[0]!.directionClear).toBe(false);
    expect(r.provenance.edges[0]!.evidence.join('\n')).toMatch(/does not decide between texts that share runs of words/);
  });

  it("a statement one report quotes and the other prints as reported speech is the speaker's words: no edge; the same words as both reports' prose: an edge", () => {
    const said = [
      'the council had spent three years trying to find the money to save the old library on Market Street',
      'the building would close for good at the end of the month unless a buyer came forward before then',
    ];
    const A = [
      'The old library on Market Street will shut its doors next month after the council failed to find a buyer.',
      `Council leader Joan Peters told a packed meeting on Thursday night: "${said[0]![0]!.toUpperCase()}${said[0]!.slice(1)}."`,
      `"I have to tell you that ${said[1]}," she said.`,
      'Campaigners who have occupied the reading room since January said they would keep up their protest.',
      'The library, opened in 1906 with money from a local mill owner, holds a collection of rare maps.',
    ];
    const B = [
      'Campaigners fighting to keep a Victorian library open vowed to fight on after councillors admitted defeat.',
      `Joan Peters, the council leader, said ${said[0]}.`,
      `She warned that ${said[1]}.`,
      'Protesters have staged a sit-in in the reading room for two months, and say they will stay.',
      'A mill owner paid for the building in 1906, and its archive of rare maps is thought to be valuable.',
    ];
    const r = analyse([
      { id: 'herald', text: A.join('\n') },
      { id: 'post', text: B.join('\n') },
    ]);
    // The sentences are still near-verbatim, and shown so: only their weight as evidence of copying is nil.
    const post = r.documents[1]!.segments;
    expect(post[1]!.matches.map((m) => [m.relation, m.quote])).toEqual([['near-verbatim', false]]);
    expect(r.documents[0]!.segments[1]!.quote).toBe(true);
    expect(r.provenance.edges).toEqual([]);
    expect(r.provenance.similar!.map((p) => p.kind)).toEqual(['similar-coverage']);
    // The same words as the herald's own prose (no quotation marks): copied prose, an edge.
    const prose = [A[0]!, `Council leader Joan Peters told a packed meeting on Thursday night that ${said[0]}.`, `She said ${said[1]}.`, A[3]!, A[4]!];
    const copied = analyse([
      { id: 'herald', text: prose.join('\n') },
      { id: 'post', text: B.join('\n') },
    ]);
    expect(copied.provenance.edges.map((e) => [[e.from, e.to].sort(), e.basis])).toEqual([[['herald', 'post'], 'copied-prose']]);
  });

  it("two reports running one agency picture print its caption word for word: a caption by its photo credit, no edge", () => {
    const caption = 'Firefighters tackle the blaze at the old textile mill on Canal Street in the early hours of Sunday, March 14, 2021. REUTERS/Jane Doe';
    const r = analyse([
      { id: 'gazette', text: [MILL_A[0], MILL_A[1], caption, ...MILL_A.slice(2)].join('\n\n') },
      { id: 'courier', text: [MILL_B[0], MILL_B[1], MILL_B[2], caption, ...MILL_B.slice(3)].join('\n\n') },
    ]);
    for (const d of r.documents) expect(d.segments.find((x) => x.text === caption)).toMatchObject({ label: 'boilerplate', boilerplate: 'caption' });
    expect(r.provenance.edges).toEqual([]);
    // Without its credit, the same sentence is prose the two share: an edge.
    const bare = caption.replace(/ REUTERS\/Jane Doe$/, '');
    const prose = analyse([
      { id: 'gazette', text: [MILL_A[0], MILL_A[1], bare, ...MILL_A.slice(2)].join('\n\n') },
      { id: 'courier', text: [MILL_B[0], MILL_B[1], MILL_B[2], bare, ...MILL_B.slice(3)].join('\n\n') },
    ]);
    expect(prose.provenance.edges).toHaveLength(1);
  });

  it("a speaker's phrase one report quotes inside its own sentence and the other runs into its prose is the speaker's, not copied prose: no edge; the same phrases unquoted in both: an edge", () => {
    const phrases = [
      'clear the backlog of hip and knee operations within two years',
      'put an end to the postcode lottery in cancer care',
      'the biggest investment in the health service for a generation',
    ];
    const gazette = (q: string) => [
      `The health minister promised on Tuesday to ${q}${phrases[0]}${q} as waiting lists reached a record high.`,
      `Speaking at a hospital in Leeds, she said the government would ${q}${phrases[1]}${q} by the time of the next election.`,
      `She described the extra funding as ${q}${phrases[2]}${q}, although unions said it would not cover pay rises for nurses.`,
      'Opposition leaders dismissed the announcement as a gimmick timed to distract from a row over ambulance response times.',
      'The plan will be debated in parliament next month.',
    ];
    const courier = [
      `Waiting lists hit a new record as the health minister pledged to ${phrases[0]}.`,
      `In Leeds, the minister vowed to ${phrases[1]} before voters next go to the polls.`,
      `Calling it ${phrases[2]}, she said the money would start to arrive in April.`,
      'Nurses’ leaders said the package did nothing to address staff shortages on the wards.',
      'Critics said the same promises had been made three years ago and broken.',
    ];
    const quoted = analyse([
      { id: 'gazette', text: gazette('"').join('\n') },
      { id: 'courier', text: courier.join('\n') },
    ]);
    // The runs are still shown, and which of their words one side quotes.
    const shared = quoted.documents[1]!.segments.slice(0, 3).map((x) => x.shared?.find((w) => w.document === 'gazette'));
    for (const w of shared) expect(w!.quotedWords).toBeGreaterThanOrEqual(w!.words - 1);
    expect(quoted.documents[1]!.segments.every((x) => !x.quote)).toBe(true);
    expect(quoted.provenance.edges).toEqual([]);
    // With two of the gazette's own sentences copied as well, an edge, whose evidence sets the quoted words aside.
    const copying = analyse([
      { id: 'gazette', text: gazette('"').join('\n') },
      { id: 'courier', text: [...courier, gazette('"')[3]!].join('\n') },
    ]);
    expect(copying.provenance.edges.map((e) => e.basis)).toEqual(['copied-prose']);
    const runs = copying.provenance.edges[0]!.evidence.find((line) => line.includes('runs of'));
    const [, all, aside] = /^3 more sentences carry runs of (?:gazette|courier)'s words .*\((\d+) words, (\d+) of them names, figures or words one of the two quotes, not counted as copying\)$/.exec(runs ?? '') ?? [];
    expect(Number(aside)).toBeGreaterThanOrEqual(Number(all) - 2);
    const prose = analyse([
      { id: 'gazette', text: gazette('').join('\n') },
      { id: 'courier', text: courier.join('\n') },
    ]);
    expect(prose.documents[1]!.segments[0]!.shared).toEqual([{ document: 'gazette', words: 12 }]);
    expect(prose.provenance.edges.map((e) => e.basis)).toEqual(['copied-prose']);
  });

  it('a word both a quoted run and an unquoted run of names cover is a word of a name, not a quoted one', () => {
    const r = analyse([
      { id: 'a', text: 'Guidance from the Centers for Disease Control and Prevention was revised on Monday after weeks of criticism.\nHospitals welcomed the change.' },
      { id: 'b', text: 'A doctor said "guidance from the Centers for Disease" had confused her patients.\nThe Centers for Disease Control and Prevention did not respond.\nNobody else spoke.' },
    ]);
    // "guidance from" only b's quotation holds; the name also stands unquoted in b's second sentence.
    expect(r.documents[0]!.segments[0]!.shared).toEqual([{ document: 'b', words: 9, nameWords: 7, quotedWords: 2 }]);
    expect(r.documents[1]!.segments[0]!.shared).toEqual([{ document: 'a', words: 6, quotedWords: 6 }]);
  });

  it("a sentence copied with a clause of the copier's own is evidence of the copied words only: one such sentence is no edge, two copied sentences are", () => {
    const gazette = [
      'The city council voted on Monday to close three branch libraries.',
      'Councillors said the savings would pay for longer opening hours at the central library.',
      'A petition against the closures has gathered more than four thousand signatures.',
      'The branches will shut at the end of March.',
    ];
    const courier = [
      'Three of the city’s branch libraries are to close after a vote by councillors.',
      'The council voted on Monday to close three branch libraries, ending more than a century of lending in the suburbs of the city.',
      'Campaigners have collected thousands of names on a petition opposing the plan.',
      'Library staff will be offered jobs elsewhere in the council.',
    ];
    const one = analyse([
      { id: 'gazette', text: gazette.join('\n') },
      { id: 'courier', text: courier.join('\n') },
    ]);
    expect(one.documents[1]!.segments[1]!).toMatchObject({ label: 'copied', matches: [{ document: 'gazette', segment: 0, relation: 'near-verbatim' }] });
    expect(one.provenance.edges).toEqual([]);
    const two = analyse([
      { id: 'gazette', text: gazette.join('\n') },
      { id: 'courier', text: [courier[0], courier[1], gazette[2], courier[3]].join('\n') },
    ]);
    expect(two.provenance.edges.map((e) => [e.from, e.to, e.basis])).toEqual([['gazette', 'courier', 'copied-prose']]);
  });

  it("two court reports sharing only court reporting's formulas (what the court heard, the charges denied, a remand in custody): no edge; the same reports sharing a sentence of prose: an edge", () => {
    const gazette = [
      'A former bank clerk stole more than £80,000 from elderly customers over four years, a jury was told on Monday.',
      'Mark Ellis, 41, of Station Road, Bramley, denies the charges against him.',
      "The court heard that he had moved money from dormant accounts into a savings account in his mother's name.",
      'Prosecutor Anne Rhodes told the jury that he had chosen customers in their eighties because they rarely checked their statements.',
      'The court heard that she was the first to notice the missing money.',
      'He was remanded in custody until the trial resumes.',
    ];
    const courier = [
      'A bank worker accused of draining the savings of pensioners went on trial yesterday.',
      'Ellis, who denies the charges against him, sat with his head bowed in the dock.',
      'The court heard that he had worked at the Bramley branch for eleven years before the thefts began.',
      "Anne Rhodes, prosecuting, told the jury that he had diverted £80,000 into an account held in his mother's name.",
      'A cashier who became suspicious in 2019 alerted managers, the court heard that she was later promoted.',
      'He was remanded in custody until the trial resumes on Tuesday.',
    ];
    const r = analyse([
      { id: 'gazette', text: gazette.join('\n') },
      { id: 'courier', text: courier.join('\n') },
    ]);
    expect(r.provenance.edges).toEqual([]);
    // "The court heard that he had" and "told the jury that he had" are formulas, not shared runs.
    expect(r.documents[1]!.segments.slice(1, 5).map((x) => x.shared)).toEqual([undefined, undefined, undefined, undefined]);
    expect(stockWordFlags('the court heard that he had been told the jury'.split(' ')).join('')).toBe('1111000111');
    expect(stockWordFlags('she pleaded not guilty to theft and was remanded in custody'.split(' ')).join('')).toBe('01111001111');
    // A court that is not a courtroom's formula: the court of a king, a tennis court.
    expect(stockWordFlags('the court of louis xvi heard music on the tennis court'.split(' ')).join('')).toBe('00000000000');
    const copied = analyse([
      { id: 'gazette', text: gazette.join('\n') },
      { id: 'courier', text: [...courier.slice(0, 3), gazette[3]!, ...courier.slice(4)].join('\n') },
    ]);
    expect(copied.provenance.edges.map((e) => e.basis)).toEqual(['copied-prose']);
  });

  it("two reports of one sentencing giving the same name, age, address and date in their own words: facts, not copied prose, no edge; one sentence of the other's prose added: an edge", () => {
    const chronicle = [
      'Daniel Hartley, 42, of 17 Mill Lane, Stockport, was jailed for six years on Friday for causing the deaths of two cyclists.',
      'The jury was told he had been driving at more than 70mph on a 40mph road on the evening of March 3, 2024, when his van hit the pair.',
      'Judge Helen Price said the men had no chance to get out of the way.',
      'The families of the victims wept in the public gallery as the sentence was passed.',
      'Hartley was also banned from driving for ten years.',
    ];
    const echo = [
      'A van driver who killed two cyclists while speeding has been sent to prison.',
      'Daniel Hartley, 42, of 17 Mill Lane, Stockport, admitted two counts of causing death by dangerous driving.',
      'He was travelling well above the limit when he struck the riders on the evening of March 3, 2024, prosecutors said.',
      'Passing sentence, Judge Helen Price told him his driving had been appalling.',
      'He will serve half of the six-year term before release on licence and faces a ten-year ban.',
    ];
    const r = analyse([
      { id: 'chronicle', text: ['Driver jailed over crash', ...chronicle].join('\n') },
      { id: 'echo', text: ['Speeding van driver is locked up', ...echo].join('\n') },
    ]);
    expect(r.provenance.edges).toEqual([]);
    // The name, age and address open both sentences: every word of that run is a fact's.
    const named = r.documents[1]!.segments.find((x) => x.text.startsWith('Daniel Hartley'))!.shared!;
    expect(named).toEqual([{ document: 'chronicle', words: 8, nameWords: 8 }]);
    expect(r.provenance.similar?.map((p) => p.documents)).toEqual([['chronicle', 'echo']]);
    const copied = analyse([
      { id: 'chronicle', text: ['Driver jailed over crash', ...chronicle].join('\n') },
      { id: 'echo', text: ['Speeding van driver is locked up', ...echo.slice(0, 4), chronicle[3]!, echo[4]!].join('\n') },
    ]);
    expect(copied.provenance.edges.map((e) => e.basis)).toEqual(['copied-prose']);
  });

  it('one copied sentence in a long article is not copied prose of substance', () => {
    const copier = [...MILL_B.slice(0, 4), MILL_A[4], ...MILL_B.slice(5), ...MILL_B.map((s) => s.replace('fire', 'blaze'))];
    const r = analyse([
      { id: 'gazette', text: MILL_A.join('\n') },
      { id: 'courier', text: copier.join('\n') },
    ]);
    expect(accusing(r)).toEqual([]);
  });
});

describe('two outlets running one agency story', () => {
  const WIRE = [
    'LONDON (AP) — Fire crews fought through the night to contain a blaze that destroyed the old textile mill on Canal Street, the county fire service said on Sunday.',
    ...MILL_A.slice(1, 6),
  ];
  it('both carry the agency dateline: siblings of that agency, no edge between them', () => {
    const r = analyse([
      { id: 'first', text: [...WIRE, 'Our reporter spoke to residents who watched the flames from their gardens.'].join('\n') },
      { id: 'second', text: ['Mill fire: what we know so far', ...WIRE.slice(0, 5)].join('\n') },
    ]);
    expect(r.provenance.edges).toEqual([]);
    expect(r.provenance.similar).toEqual([expect.objectContaining({ documents: ['first', 'second'], kind: 'same-source', source: 'AP' })]);
  });

  it('with the agency text given: an edge from it to each, and the two outlets are its siblings', () => {
    const agency = ['By Jane Ward, PA News', ...MILL_A];
    const r = analyse([
      { id: 'paper1', text: [MILL_B[0], ...MILL_A.slice(1, 5)].join('\n') },
      { id: 'feed', text: agency.join('\n') },
      { id: 'paper2', text: [...MILL_A.slice(1, 5), MILL_B[6]].join('\n') },
    ]);
    expect(edgeList(r)).toEqual(['feed->paper1', 'feed->paper2']);
    expect(r.provenance.documents.find((d) => d.document === 'feed')!.fingerprints[0]).toMatchObject({ agency: 'PA', kind: 'byline' });
    expect(r.provenance.similar).toContainEqual(expect.objectContaining({ documents: ['paper1', 'paper2'], kind: 'same-source', source: 'feed' }));
  });
});

describe('agency copy by generic signals', () => {
  it('a slug line, a byline naming the agency, a dateline with a date', () => {
    const r = analyse([
      { id: 'slug', text: ['09:41 14/03/21: Page 1 (HHH) NEWS Mill', 'Mill blaze', ...MILL_A].join('\n') },
      { id: 'byline', text: ['By Tom Hill, Associated Press Writer', ...MILL_B].join('\n') },
      { id: 'dateline', text: ['LONDON, March 14 (Reuters) - Fire crews fought through the night.', ...MILL_B.slice(1)].join('\n') },
    ]);
    const prints = (id: string) => r.provenance.documents.find((d) => d.document === id)!.fingerprints;
    expect(prints('slug')[0]).toMatchObject({ kind: 'slug', agency: '' });
    expect(prints('byline')[0]).toMatchObject({ kind: 'byline', agency: 'AP' });
    expect(prints('dateline')[0]).toMatchObject({ kind: 'dateline', agency: 'Reuters' });
  });

  it("agencies beyond the big four, by dateline and byline; an outlet's own name is none", () => {
    const r = analyse([
      { id: 'aap', text: ['SYDNEY (AAP) - Fire crews fought through the night.', ...MILL_B.slice(1)].join('\n') },
      { id: 'cp', text: ['By Jane Doe, The Canadian Press', ...MILL_A].join('\n') },
      { id: 'paper', text: ['LEEDS (Evening Post) - Fire crews fought through the night.', ...MILL_A.slice(2)].join('\n') },
    ]);
    const prints = (id: string) => r.provenance.documents.find((d) => d.document === id)!.fingerprints;
    expect(prints('aap')[0]).toMatchObject({ kind: 'dateline', agency: 'AAP' });
    expect(prints('cp')[0]).toMatchObject({ kind: 'byline', agency: 'The Canadian Press' });
    expect(prints('paper')).toEqual([]);
  });
});

describe('quotations without quote marks', () => {
  const STATEMENT = [
    'The mill owners, Canal Holdings, said in a statement:',
    'We are devastated by the loss of a building that meant so much to this town, and we will work with the fire service to understand what happened.',
  ];
  it('a statement printed as a block after "said in a statement:" is a shared quote, not copied prose', () => {
    const r = analyse([
      { id: 'one', text: [MILL_A[0], MILL_A[2], ...STATEMENT, MILL_A[6]].join('\n') },
      { id: 'two', text: [MILL_B[0], MILL_B[2], 'In a statement, the owners wrote:', STATEMENT[1], MILL_B[6]].join('\n') },
    ]);
    const seg = r.documents[1]!.segments.find((s) => s.text.startsWith('We are devastated'))!;
    expect(seg.matches.length).toBeGreaterThan(0);
    expect(seg.matches.every((m) => m.quote)).toBe(true);
    expect(r.provenance.edges).toEqual([]);
  });

  it('an indented paragraph, and a web page\'s <blockquote>, are block quotations', () => {
    const text = [MILL_A[0], MILL_A[1], `    ${STATEMENT[1]}`, MILL_A[2], MILL_A[4]].join('\n');
    const lines = classifyLines(text);
    const spans = documentQuotedSpans(text, lines);
    const k = lines.findIndex((l) => l.text.startsWith('We are devastated'));
    expect(spans[k]).toEqual([{ start: lines[k]!.start, end: lines[k]!.end }]);
    expect(spans[0]).toEqual([]);
    // A list item is indented too, and is no quotation.
    const listed = [MILL_A[0], MILL_A[1], '    - two firefighters were hurt', MILL_A[2], MILL_A[4]].join('\n');
    const ll = classifyLines(listed);
    expect(documentQuotedSpans(listed, ll).flat().length).toBe(0);
    const page = { nodeType: 1, nodeName: 'DIV', childNodes: [
      { nodeType: 1, nodeName: 'P', childNodes: [{ nodeType: 3, nodeName: '#text', childNodes: [], textContent: 'The owners said:' }] },
      { nodeType: 1, nodeName: 'BLOCKQUOTE', childNodes: [{ nodeType: 1, nodeName: 'P', childNodes: [{ nodeType: 3, nodeName: '#text', childNodes: [], textContent: 'We are devastated.' }] }] },
    ] };
    expect(paragraphsOf(page as never)).toEqual(['The owners said:', '    We are devastated.']);
  });

  it("a Markdown block quotation (`> …`) is a shared quote, not copied prose, and only inside the block", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'wiretrace-blockquote-'));
    try {
      // The same statement set off as a block by both, the rest in each newsroom's own words.
      writeFileSync(path.join(dir, 'one.md'), [`# Mill destroyed`, MILL_A[0], MILL_A[2], `> ${STATEMENT[1]}`, MILL_A[6]].join('\n\n') + '\n');
      writeFileSync(path.join(dir, 'two.md'), [`# Fire at the mill`, MILL_B[0], MILL_B[2], `> ${STATEMENT[1]}`, MILL_B[6]].join('\n\n') + '\n');
      const input = await loadDocuments([dir]);
      expect(input.documents.map((d) => d.blockQuotes?.length)).toEqual([1, 1]);
      const r = analyzeDocuments(input.documents);
      for (const d of r.documents) {
        const seg = d.segments.find((s) => s.text.includes('We are devastated'))!;
        expect(seg.quote).toBe(true);
        expect(seg.matches.length).toBeGreaterThan(0);
        expect(seg.matches.every((m) => m.quote)).toBe(true);
        // The paragraphs around the block are not quoted.
        expect(d.segments.filter((s) => s.quote).map((s) => s.text.trim())).toEqual([seg.text.trim()]);
      }
      expect(accusing(r)).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('a quotation over three paragraphs: the middle one opens and does not close, the last only closes', () => {
    const text = [
      'Marsh described the night.',
      '"We arrived to find the whole top floor alight.',
      '"The wind was pushing the flames towards the houses behind the mill.',
      'We had to make the decision to let the roof go." Crews then turned to the houses.',
    ].join('\n');
    const lines = classifyLines(text);
    const spans = documentQuotedSpans(text, lines);
    const quoted = spans.map((ss) => ss.map((s) => text.slice(s.start, s.end)));
    expect(quoted[1]).toEqual(['"We arrived to find the whole top floor alight.']);
    expect(quoted[2]).toEqual(['"The wind was pushing the flames towards the houses behind the mill.']);
    expect(quoted[3]).toEqual(['We had to make the decision to let the roof go."']);
  });

  it("quotations in single marks, British style, close after punctuation and run over paragraphs", () => {
    const text = [
      "The owners said: 'We are devastated by the loss.'",
      "'It meant so much to this town,' said Marsh, whose father worked there.",
      "'Crews worked all night and we cannot thank them enough.",
      "'Nobody will forget the sight of the roof falling.' The mill's owners declined to comment further.",
    ].join('\n');
    const quoted = quotedIn(text);
    expect(quoted[0]).toEqual(["'We are devastated by the loss.'"]);
    expect(quoted[1]).toEqual(["'It meant so much to this town,'"]);
    expect(quoted[2]).toEqual(["'Crews worked all night and we cannot thank them enough."]);
    expect(quoted[3]).toEqual(["'Nobody will forget the sight of the roof falling.'"]);
  });

  it('a quotation in single marks opened after a colon runs over its sentences and paragraphs; a stray space after the mark still opens it', () => {
    const text = [
      "In a frank interview she said: ' I had to go to hospital in the end. I was sectioned, and once I was in there I stayed.'",
      "Her manager said: 'The decision was taken two days before that. She was on a three-month contract.",
      "'She will not be written out and the door is open for her return.' The producers declined to comment.",
      "The cast's ' senior members' were told first.",
    ].join('\n');
    const quoted = quotedIn(text);
    expect(quoted[0]).toEqual(["' I had to go to hospital in the end. I was sectioned, and once I was in there I stayed.'"]);
    expect(quoted[1]).toEqual(["'The decision was taken two days before that. She was on a three-month contract."]);
    expect(quoted[2]).toEqual(["'She will not be written out and the door is open for her return.'"]);
    // A mark between spaces that no colon introduces decides nothing.
    expect(quoted[3]).toEqual([]);
  });

  it('a statement a colon introduces, its opening mark lost in print, is quoted up to its closing mark', () => {
    const text = [
      'Last night the comedian said: It is not about money. I wanted something that really challenges me." His agent agreed.',
      'The figures were: profits up, costs down." Nobody knew why.',
      'He left early. "It was fine," he said.',
    ].join('\n');
    const quoted = quotedIn(text);
    expect(quoted[0]).toEqual(['It is not about money. I wanted something that really challenges me."']);
    expect(quoted[1]).toEqual(['profits up, costs down."']);
    expect(quoted[2]).toEqual(['"It was fine,"']);
  });

  it("an embedded social-media post is its author's words, and its signature the embed's credit: two reports embedding one post share a primary source, not prose", () => {
    const post = 'We hear the frustration of every commuter in this country and we are working day and night to end this dispute as quickly as possible. pic.twitter.com/x8Fq2LmPzA';
    const signature = '— Anna Berg (@annaberg_mp) March 14, 2021';
    const A = [MILL_A[0]!, MILL_A[1]!, 'The minister responded on social media shortly after the blaze was put out.', post, signature, MILL_A[4]!, MILL_A[6]!];
    const B = [MILL_B[0]!, MILL_B[1]!, 'The minister posted a message on Twitter in the morning.', post, signature, MILL_B[4]!, MILL_B[6]!];
    const r = analyse([
      { id: 'a', text: A.join('\n\n') },
      { id: 'b', text: B.join('\n\n') },
    ]);
    for (const d of r.documents) {
      const seg = d.segments.find((x) => x.text.startsWith('We hear'))!;
      expect(seg.quote).toBe(true);
      expect(seg.matches.every((m) => m.quote)).toBe(true);
      expect(d.segments.find((x) => x.text === signature)).toMatchObject({ label: 'boilerplate', boilerplate: 'credit' });
    }
    expect(r.provenance.edges).toEqual([]);
    // The post's author, named by its signature, is the source's speaker.
    expect(r.provenance.sources.map((x) => [x.statement.slice(0, 23), x.speaker])).toContainEqual(['We hear the frustration', 'Anna Berg']);
    // The same post with its line break lost, and an Instagram embed's signature.
    expect(quotedIn(`${post} ${signature}`)).toEqual([[post]]);
    expect(quotedIn(`Thank you all for coming to the opening night of the new theatre tonight.\nA post shared by Anna Berg (@annaberg) on Mar 14, 2021 at 3:02pm PDT`)[0]).toEqual(['Thank you all for coming to the opening night of the new theatre tonight.']);
    expect(quotedIn('We are closing the library for good at the end of this month, and we are sorry.\nPosted by Anna Berg on Sunday, March 14, 2021')[0]).toEqual(['We are closing the library for good at the end of this month, and we are sorry.']);
    // A handle inside a sentence signs nothing, nor does a sentence saying who posted what.
    expect(quotedIn('The ministry said the plan would be published soon.\nThe video was posted by the ministry on Sunday, March 14, 2021.')).toEqual([[], []]);
    expect(quotedIn('Anna Berg (@annaberg_mp) wrote that the strike would end soon, and thanked commuters for their patience.')).toEqual([[]]);
    // Without the signature, the same words are the reports' own prose: an edge.
    const unsigned = analyse([
      { id: 'a', text: A.filter((l) => l !== signature).join('\n\n') },
      { id: 'b', text: B.filter((l) => l !== signature).join('\n\n') },
    ]);
    expect(unsigned.provenance.edges).toHaveLength(1);
  });

  it('a closing mark after a full stop opens no quotation: no empty quoted source', () => {
    const tail = 'the roof go." Crews then turned to the houses behind it, working until dawn.';
    const r = analyse([
      { id: 'one', text: [MILL_A[0], tail, MILL_A[3]].join('\n') },
      { id: 'two', text: [MILL_B[0], tail, MILL_B[3]].join('\n') },
    ]);
    expect(r.provenance.sources.every((s) => s.statement.trim() !== '' && s.quotedBy.every((q) => q.wording.trim() !== ''))).toBe(true);
  });
});

describe('two clients of one agency story with the agency text in the input', () => {
  const FEED = [
    'COMEDIAN SIGNS FOR SATELLITE CHANNEL',
    'By Jo Marsh, PA News',
    'A comedian who made his name on the BBC has signed a two-year deal with a satellite channel, it was announced today.',
    'Members of the public will be asked to help create a selection of new characters for the series, the channel said.',
    'The first of six programmes will be screened in the autumn, with a second series planned for next year.',
    'The comedian said he had been looking for a new challenge after twelve years with the corporation.',
    'A BBC spokesman wished him well and said the door was always open.',
  ];
  /** A long story written from the feed: four of its sentences kept near-verbatim, many of its own. */
  const paperA = (characters: string) =>
    [
      'Comic quits BBC for satellite deal',
      'A comedian who made his name on the BBC has signed a two-year deal with a satellite channel, it was announced yesterday.',
      characters,
      'The first of six programmes will be screened in the autumn, with a second series planned for next year.',
      'A BBC spokesman wished him well.',
      'The comedian first appeared on television in a late-night revue that ran for three seasons.',
      'His characters included a grumbling pensioner, a boastful plumber and a nervous weather presenter.',
      'Several of them went on to star in their own shows and a feature film.',
      'He won two comedy awards and was twice voted funniest man on television by readers of a magazine.',
      'Colleagues said he had become frustrated by cuts to the budget for his last series.',
      'Friends said the move would also let him spend more time with his young family.',
      'He is expected to begin writing the new programmes next month at his home in the country.',
    ].join('\n');
  /** Another paper's story of its own, with one sentence on the agency story's characters. */
  const paperB = (characters: string) =>
    [
      "Viewers to shape comic's new show",
      characters,
      'Television critics were divided last night over whether the idea would work on a small channel.',
      'One writer said audiences had grown tired of sketch shows after a decade of copies.',
      'Another predicted the format would be sold abroad within a year if the ratings held up.',
      'Rival channels are understood to have made offers of their own earlier in the summer.',
      'His agent refused to say how much the deal was worth or when filming would begin.',
      "Fans on the comedian's website were mostly pleased, although some said they would miss him.",
      'The corporation has lost several big names to its rivals over the past two years.',
    ].join('\n');

  it("one paper's sentence close to the other's near-verbatim copy of the agency's, too little of the agency's for an edge of its own: siblings, no edge between the papers", () => {
    const a = paperA('Members of the public will be asked to help create a selection of new characters.');
    const b = paperB("In the comedian's new show, members of the public will be asked to help create new characters.");
    for (const order of [
      ['feed', 'a', 'b'],
      ['b', 'a', 'feed'],
    ]) {
      const texts: Record<string, string> = { feed: FEED.join('\n'), a, b };
      const r = analyse(order.map((id) => ({ id, text: texts[id]! })));
      expect(edgeList(r)).toEqual(['feed->a']);
      const pair = r.provenance.similar!.find((p) => p.documents.includes('a') && p.documents.includes('b'))!;
      expect(pair.kind).toBe('same-source');
      expect(pair.source).toBe('feed');
    }
  });

  it("a sentence taken from the other paper's own rewording of the agency: the paper's wording, an edge between the papers", () => {
    const own = 'Viewers at home are to dream up a batch of fresh comic characters for him to play.';
    const r = analyse([
      { id: 'feed', text: FEED.join('\n') },
      { id: 'a', text: paperA(own) },
      { id: 'b', text: paperB(own) },
    ]);
    expect(edgeList(r).sort()).toEqual(['a->b', 'feed->a']);
  });
});

describe('credits by short name', () => {
  for (const credit of ['The Times reported that the mill had been empty for years.', 'A New York Times report said the mill had been empty for years.', 'According to the Times, the mill had been empty for years.']) {
    it(`"${credit.slice(0, 30)}…" credits The New York Times`, () => {
      const r = analyse([
        { id: 'nyt', outlet: { name: 'The New York Times' }, text: MILL_A.join('\n') },
        { id: 'blog', text: [...MILL_A.slice(0, 4), credit].join('\n') },
      ]);
      expect(r.provenance.edges).toEqual([expect.objectContaining({ from: 'nyt', to: 'blog', credited: true, directionClear: true })]);
    });
  }
});

describe('direction', () => {
  const LONG = 'The mill, built in 1874 by a family of cotton merchants who later founded the town library, had stood empty since the last looms were removed in 1998 and was due to be converted into flats next year.';
  const SPLIT = ['The mill, built in 1874 by a family of cotton merchants who later founded the town library, had stood empty since the last looms were removed in 1998.', 'It was due to be converted into flats next year.'];
  const FEED = ['By Jane Ward, PA News', MILL_A[0], LONG, MILL_A[1], MILL_A[2], MILL_A[5]];
  const PAPER = [MILL_A[0], ...SPLIT, MILL_A[1], 'Neighbours said they had feared a fire for years.'];
  it('a newspaper splitting one long agency sentence does not read as the agency merging: the byline decides', () => {
    const r = analyse([
      { id: 'paper', text: PAPER.join('\n') },
      { id: 'feed', text: FEED.join('\n') },
    ]);
    expect(edgeList(r)).toEqual(['feed->paper']);
    expect(r.provenance.edges[0]!.directionClear).toBe(true);
  });

  it('without the byline, the split alone decides nothing: directionClear false, no credit verdict', () => {
    const r = analyse([
      { id: 'paper', text: PAPER.join('\n') },
      { id: 'feed', text: FEED.slice(1).join('\n') },
    ]);
    expect(r.provenance.edges).toHaveLength(1);
    const e = r.provenance.edges[0]!;
    expect(e.directionClear).toBe(false);
    expect(e.confidence).toBeLessThanOrEqual(0.5);
    expect(e.evidence.join('\n')).not.toMatch(/does not credit/);
  });

  it('a three-sentence brief written from agency copy is found', () => {
    const brief = [MILL_A[0], 'Two firefighters were hurt.', 'The cause is not yet known.'];
    const r = analyse([
      { id: 'brief', text: brief.join('\n') },
      { id: 'feed', text: FEED.join('\n') },
    ]);
    expect(edgeList(r)).toEqual(['feed->brief']);
  });
});

describe('evidence as data', () => {
  it('lists at most 8 sentences per item and counts the rest', () => {
    const many = Array.from({ length: 12 }, (_, i) => `${MILL_A[i % MILL_A.length]!.replace(/\.$/, '')} (report ${i + 1}).`);
    const r = analyse([
      { id: 'feed', text: ['By Jane Ward, PA News', ...many].join('\n') },
      { id: 'paper', text: many.join('\n') },
    ]);
    const e = r.provenance.edges[0]!;
    const item = e.items!.find((i) => i.kind === 'copied-prose')!;
    const copied = Number(/^(\d+) of/.exec(item.text)![1]);
    expect(copied).toBeGreaterThan(4);
    expect(item.sentences).toHaveLength(8);
    expect(item.sentencesOmitted).toBe(2 * copied - 8);
  });
});

describe("one outlet's note to its readers", () => {
  const APPEAL = 'The Valley Courier is an independent, reader-funded newsroom covering the towns of the upper valley. Our reporting is free to read because members like you pay for it, and every contribution goes straight to local journalism.';
  const LIBRARY = [
    'Council approves new library branch for north side',
    'The city council voted 7-2 on Monday night to fund a new branch library on the north side, ending a debate that has run for nearly four years.',
    "The branch will be built on the site of the former Hollins grocery store on Birch Avenue and is expected to open in the autumn of 2029, according to the city's planning office.",
    'Councillor Maria Ostrowski, who proposed the plan, said the north side had gone without a library for too long. Two members voted against it, citing the cost of about $14 million.',
    'Construction bids will be opened in May, and the library board will hold public meetings on the design over the summer.',
  ];
  const FLOOD = [
    'Flooding closes Route 12 for second day',
    'Route 12 between Millbrook and Carver Falls stayed closed on Wednesday after the Tamsen River spilled over its banks for the second day in a row.',
    'State highway crews said water was still more than a foot deep in places near the old mill bridge and that the road would not reopen before Friday at the earliest.',
    'About 40 homes on Riverside Lane were evacuated on Tuesday evening. Most residents were staying with relatives, and the Red Cross opened a shelter at the Carver Falls middle school.',
    'Forecasters expect the river to crest on Thursday morning before slowly falling over the weekend.',
  ];
  const last = (paragraphs: string[]) => {
    const text = paragraphs.join('\n\n');
    return classifyLines(text).at(-1)!;
  };

  it('two of its stories on different events that close with the same appeal for support: the appeal is footer, no edge between them', () => {
    expect(last([...LIBRARY, APPEAL])).toMatchObject({ role: 'boilerplate', boilerplate: 'footer' });
    const r = analyse([
      { id: 'library', text: [...LIBRARY, APPEAL].join('\n\n') },
      { id: 'flood', text: [...FLOOD, APPEAL].join('\n\n') },
    ]);
    expect(r.provenance.edges).toEqual([]);
    // Without the rule the appeal's two sentences were copied prose: an edge between the stories.
    const appealLabels = r.documents.flatMap((d) => d.segments.filter((s) => s.text.includes('Our reporting')).map((s) => s.label));
    expect(appealLabels).toEqual(['boilerplate', 'boilerplate']);
  });

  it('two pages on different events under the same cookie notice: the notice is navigation, the headline the headline, no edge', () => {
    const COOKIES = 'We use cookies to give you the best experience on our website. By continuing to browse the site you are agreeing to our use of cookies.';
    const lines = classifyLines([COOKIES, ...LIBRARY].join('\n\n'));
    expect(lines[0]).toMatchObject({ role: 'boilerplate', boilerplate: 'navigation' });
    expect(lines[1]).toMatchObject({ role: 'headline', text: LIBRARY[0] });
    const r = analyse([
      { id: 'library', text: [COOKIES, ...LIBRARY].join('\n\n') },
      { id: 'flood', text: [COOKIES, ...FLOOD].join('\n\n') },
    ]);
    expect(r.provenance.edges).toEqual([]);
    // A lede that speaks to the reader of the story's subject is the article's.
    const lede = 'If you drive Route 12 between Millbrook and Carver Falls, plan on a long detour for the rest of the week.';
    expect(classifyLines([lede, ...FLOOD.slice(1)].join('\n\n'))[0]).toMatchObject({ role: 'body' });
  });

  it("words to the reader that name the story's subject, a closing quotation, the outlet's own voice and the US are the article's", () => {
    const appealOnSubject = 'If you saw water rising on Riverside Lane on Tuesday, call the Carver Falls fire service on 555 0100.';
    expect(last([...FLOOD, appealOnSubject])).toMatchObject({ role: 'body' });
    const quotation = '"We have lost everything, and we thank all of you who have helped us," said one resident.';
    expect(last([...FLOOD, quotation])).toMatchObject({ role: 'body' });
    const country = 'The US has sent engineers to advise on repairs to dams across the region this spring.';
    expect(last([...FLOOD, country])).toMatchObject({ role: 'body' });
    // The outlet's own voice is its reporting, not words to the reader.
    expect(last([...FLOOD, 'Our photographer watched a tractor tow the last stranded car clear at dusk.'])).toMatchObject({ role: 'body' });
    // The same resident's words without quotation marks speak to the reader, about nothing of the story.
    expect(last([...FLOOD, 'We have lost everything, and we thank all of you who have helped us.'])).toMatchObject({ role: 'boilerplate' });
  });
});
