/**
 * Read-only look-ups over an AnalysisResult that the question builders share: outlet names,
 * segments by id, article sentences, counterparts. Nothing here recomputes the analysis.
 */
import type { AnalysisResult, AnalyzedDocument, Match, Segment } from '../types.js';
import type { Passage } from './question.js';

export interface Story {
  result: AnalysisResult;
  document(id: string): AnalyzedDocument;
  outlet(id: string): string;
  segment(document: string, id: number): Segment;
  /** Article sentences (no boilerplate, headlines or subheadings), in document order. */
  articleSegments(document: string): Segment[];
  /** A passage for a question. */
  passage(label: string, document: string, segment: number, showOutlet?: boolean): Passage;
  /** A stable key for "this content": its unit when it has one, else the segment. */
  contentKey(document: string, segment: number): string;
}

export function storyOf(result: AnalysisResult): Story {
  const byId = new Map(result.documents.map((d) => [d.id, d]));
  const document = (id: string): AnalyzedDocument => {
    const d = byId.get(id);
    if (!d) throw new Error(`the analysis has no document "${id}"`);
    return d;
  };
  const segment = (doc: string, id: number): Segment => {
    const s = document(doc).segments.find((x) => x.id === id);
    if (!s) throw new Error(`document "${doc}" has no segment ${id}`);
    return s;
  };
  const outlet = (id: string): string => byId.get(id)?.outlet.name ?? id;
  return {
    result,
    document,
    outlet,
    segment,
    articleSegments: (doc) => document(doc).segments.filter((s) => s.label !== 'boilerplate' && s.role === undefined),
    passage: (label, doc, id, showOutlet = true) => ({ label, document: doc, outlet: showOutlet ? outlet(doc) : '', segment: id, text: segment(doc, id).text }),
    contentKey: (doc, id) => {
      const unit = segment(doc, id).unit;
      return unit === undefined ? `${doc}#${id}` : `unit:${unit}`;
    },
  };
}

/** Counterparts of a segment that are themselves article text. */
export function articleMatches(story: Story, s: Segment): Match[] {
  return s.matches.filter((m) => story.segment(m.document, m.segment).label !== 'boilerplate');
}

/** "Outlet (relation): "text"" for the answer key. */
export function counterpartLine(story: Story, m: Match): string {
  const quote = m.quote ? ', a shared quote' : '';
  return `${story.outlet(m.document)} (${m.relation}${quote}, score ${m.score.toFixed(2)}): "${story.segment(m.document, m.segment).text}"`;
}

/** A document's attributions, one line per distinct text: `RFE/RL credits Interfax, Reuters: "With reporting by …"`. */
export function creditLines(story: Story, document: string): string[] {
  const attributions = story.result.provenance.documents.find((d) => d.document === document)?.attributions ?? [];
  const byText = new Map<string, string[]>();
  for (const a of attributions) byText.set(a.text, [...(byText.get(a.text) ?? []), a.source]);
  return [...byText].map(([text, names]) => `${story.outlet(document)} credits ${[...new Set(names)].join(', ')}: "${text}"`);
}
