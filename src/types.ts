/**
 * The contract between the pipeline's stages and the shells that read its result.
 * Everything here is plain data: no classes, no functions, JSON-serialisable.
 * The JSON printed by `wiretrace analyze --json` is `AnalysisResult` (see README, "JSON schema").
 */

/**
 * Version of the JSON contract (README, "JSON schema"; `schema/*.schema.json`).
 * 2: stats' prose and shared-quote split, edges' directionClear, matches' sameWording and changes.
 * 3: `engine` (the candidate step that ran), documents' `text`, unit and quoted-source ids from 0
 *    like segment ids, `schemaVersion` on `pairs` lines and exercise JSON; segments' `shared`,
 *    documents' `derivedFrom`, edges' `basis` and evidence `items`, `provenance.similar`.
 * 4: edges' `share` counts every sentence drawing on the source (shared quotations included) and,
 *    for agency copy, on all versions of its story (`versions`); basis `agency-copy`; derivedFrom's
 *    `drawnShare` and `drawnProseShare`.
 * 5: provenance documents' `form` (agency copy as its feed sends it, or a reprint); the exercise's
 *    `selection` (the articles of a larger collection it uses).
 * 6: segments' `shared[].nameWords` (words shared only in runs of names, no evidence of copying).
 * 7: segments' `shared[].quotedWords` (words shared in runs one side quotes, no evidence of copying).
 * 8: segments' `shared[].nameWords` counts runs of names and figures (ages, house numbers, dates),
 *    and a sentence's capitalised first word when a name follows it.
 * 9: derivedFrom's `drawnProseShare` (and what decides an `agency-copy` edge) counts a sentence's
 *    runs only when they hold prose: at least MIN_RUN_WORDS of their words not words one of the
 *    two quotes (holdsProse, label/derived-words.ts).
 */
export const SCHEMA_VERSION = 9;

/** What is known of the outlet behind a document (from the manifest, the page's metadata, or nothing). */
export interface OutletInfo {
  /** Display name: "Axios", "RFE/RL"; the file name when nothing else is known. */
  name: string;
  /** ISO date or date-time of publication, when known. */
  published?: string;
  /** True when the manifest says the text is a news agency's wire copy. */
  wire?: boolean;
  /** The agency whose copy this is, when the manifest says so ("Reuters"). */
  agency?: string;
  url?: string;
  title?: string;
  byline?: string;
  language?: string;
  note?: string;
}

/** Stage 1 (ingest): one input document, text exactly as read (BOM removed, line endings kept; `#` read as `£` in 7-bit British text, one character for one). */
export interface SourceDocument {
  id: string;
  /** The path as the user gave it (or as the manifest names it). */
  file: string;
  outlet: OutletInfo;
  text: string;
  /**
   * Ranges of `text` the source marks as block quotations (a Markdown `>` block): quoted
   * material though no quote mark is printed (quotes/document-quotes.ts).
   */
  blockQuotes?: Span[];
}

/** Why a line is not part of the article. */
export type BoilerplateKind =
  | 'navigation'
  | 'caption'
  | 'credit'
  | 'media'
  | 'dateline'
  | 'size-picker'
  | 'footer'
  | 'copyright'
  | 'related'
  | 'repeated-headline'
  | 'fragment'
  /** A news feed's own furniture: paragraph marks, slug lines, rules, editors' notes. */
  | 'feed';

/** The part a line plays in the page. */
export type LineRole = 'headline' | 'subheading' | 'body' | 'boilerplate';

/** Stage 2 (clean): one non-blank line of a document with its role. */
export interface Line {
  index: number;
  /** Offsets into the document's text of the line's first and past-last non-whitespace characters. */
  start: number;
  end: number;
  text: string;
  role: LineRole;
  boilerplate?: BoilerplateKind;
}

/** Half-open character range [start, end) into a document's text. */
export interface Span {
  start: number;
  end: number;
}

/** Stage 3 (segment): a sentence (or a headline, or a boilerplate line) with exact offsets. */
export interface Sentence {
  index: number;
  start: number;
  end: number;
  text: string;
  line: number;
  role: LineRole;
  boilerplate?: BoilerplateKind;
  /** Ranges of the sentence (document offsets) that lie inside quotation marks. */
  quoted: Span[];
}

/** How two sentences of different documents relate. */
export type Relation = 'identical' | 'near-verbatim' | 'paraphrase';
/** What the pair classifier may answer. */
export type PairRelation = Relation | 'none';

/** What a sentence is: copied (an identical or near-verbatim counterpart elsewhere), paraphrased, unique, or page furniture. */
export type Label = 'copied' | 'paraphrased' | 'unique' | 'boilerplate';

/** A counterpart of a segment in another document, and how the two relate. */
export interface Match {
  /** Id (index, from 0) of the counterpart segment in its document. */
  segment: number;
  /** Id of the counterpart's document. */
  document: string;
  relation: Relation;
  /**
   * In [0, 1], what it measures depends on the relation: `identical` 1; `near-verbatim` the
   * word-sequence containment, c × (0.9 + 0.1 × v), where c is the share of the shorter
   * sentence's words found in order in the longer (their longest common subsequence) and v the
   * same share of the longer's; `paraphrase` the paraphrase model's probability (at least its
   * threshold when the pair quotes one statement).
   */
  score: number;
  /** True when the shared material lies inside quotation marks on both sides: a shared quote. */
  quote: boolean;
  /** Only on a shared quote: true when both quote it in the same words, false for two wordings (translations). */
  sameWording?: boolean;
  /** Only on near-verbatim matches whose small edits change a figure or a negation (meaning-changes.ts). */
  changes?: MeaningChange[];
}

/** What a near-verbatim copy's edits changed besides wording. */
export type MeaningChange = 'number' | 'negation';

/** Words of a segment shared with one other document in runs of words (see Segment.shared). */
export interface SharedWords {
  document: string;
  words: number;
  /**
   * Of `words`, those lying only in runs whose content words are all words of names or figures in
   * digits ("the Centers for Disease Control and Prevention", "Daniel Hartley, 42, of 17 Mill
   * Lane"): facts two reports of one event both give, no evidence of copied prose. Absent when none.
   */
  nameWords?: number;
  /**
   * Of `words`, those one of the two documents prints inside quotation marks (and no run of names
   * or prose covers them otherwise): a partial quotation one report marks and the other runs into
   * its own sentence, the speaker's words (src/quotes/speaker-words.ts). No evidence of copied
   * prose. Absent when none.
   */
  quotedWords?: number;
}

/** A sentence of a document (or a headline, or a line of page furniture) with its label and counterparts. */
export interface Segment {
  /** Its index in the document's `segments`, from 0 (views show "s1" for id 0, for people). */
  id: number;
  text: string;
  start: number;
  end: number;
  label: Label;
  role?: 'headline' | 'subheading';
  /** For boilerplate segments: what kind of page furniture it is. */
  boilerplate?: BoilerplateKind;
  /** True when most of the segment's words sit inside quotation marks. */
  quote: boolean;
  /** Id of the content unit the segment belongs to, when it shares content with another document. */
  unit?: number;
  /** Counterparts in other documents, best score first. */
  matches: Match[];
  /**
   * Reuse below the sentence: per other document, how many of this body sentence's words lie in
   * runs of at least 5 words (2 of them content words) that the other document also has, outside
   * quotations shared by both (src/align/shared-runs.ts). Absent when there are none.
   */
  shared?: SharedWords[];
}

/** A document's figures: word and sentence counts, and the shares of its article by label. */
export interface DocumentStats {
  /** Words in the whole file. */
  words: number;
  /** Words in the article (everything but boilerplate). */
  articleWords: number;
  boilerplateWords: number;
  sentences: number;
  articleSentences: number;
  /** Article words by label. */
  copiedWords: number;
  paraphrasedWords: number;
  uniqueWords: number;
  /** Article words in copied or paraphrased sentences whose counterparts are all shared quotes. */
  sharedQuoteWords: number;
  /** Article words in copied / paraphrased sentences that share more than quotations (prose). */
  copiedProseWords: number;
  paraphrasedProseWords: number;
  /** Shares of article words, in [0, 1], rounded to 4 places. copied + paraphrased + unique = 1. */
  copied: number;
  paraphrased: number;
  unique: number;
  /**
   * The same split apart from shared quotes: copied and paraphrased prose (sentences that share
   * more than quotations), and the sentences whose every counterpart is a shared quote (a common
   * primary source, not copying). copiedProse + paraphrasedProse + sharedQuote + unique = 1 (all
   * 0 for a document without article words).
   */
  copiedProse: number;
  paraphrasedProse: number;
  sharedQuote: number;
}

/** One document of the result: its text, its segments and its figures (one line of `--jsonl`). */
export interface AnalyzedDocument {
  id: string;
  file: string;
  outlet: OutletInfo;
  /**
   * The document's text as analysed: what segments' `start` and `end` point into. For a web page
   * the article extracted from it; for Markdown the file with its markup blanked; for plain text
   * the file without its byte-order mark. In each, a `#` that 7-bit British text has for `£`
   * reads `£` (ingest/pound-sign.ts: one character for one, so offsets into the file stay true).
   */
  text: string;
  segments: Segment[];
  stats: DocumentStats;
}

/** One document's part in a content unit: its segments that carry the unit. */
export interface UnitMember {
  document: string;
  segments: number[];
  /** The strongest relation this document's segments have to the rest of the unit. */
  relation: Relation;
}

/** A piece of content carried by two or more documents: a row of the collation table. */
export interface ContentUnit {
  /** Its index in `units`, from 0 (views show it from 1, for people). */
  id: number;
  members: UnitMember[];
  /** True when the unit is held together only by shared quotes. */
  quote: boolean;
  /** The document the content most likely came from (filled by provenance), when one can be named. */
  origin?: string;
}

/** A credit a document gives: a line or phrase naming where its text came from. */
export interface Attribution {
  /** Who is credited: "Reuters", "Interfax", "AP". */
  source: string;
  /** The exact line or phrase that gives the credit. */
  text: string;
  segment: number;
  kind: 'with-reporting-by' | 'reported' | 'according-to' | 'dateline' | 'sign-off' | 'credit';
}

/** A news agency's mark found in a document (an instrument code, a dateline, a sign-off…). */
export interface Fingerprint {
  /** The agency the mark names; "" for a mark that names none (a feed's slug line) in a text whose other marks name none either. */
  agency: string;
  kind: 'instrument-code' | 'mark-up' | 'dateline' | 'sign-off' | 'manifest' | 'byline' | 'slug' | 'copyright';
  text: string;
  segment?: number;
}

/** Who took from whom: `to` reused text of `from`, with how much, how sure, whether credited, and why. */
export interface ProvenanceEdge {
  /** The document whose text was reused. */
  from: string;
  /** The document that reused it. */
  to: string;
  /**
   * Share of `to`'s article words in sentences that draw on `from` (label/derived-words.ts
   * drawnFrom: copied, paraphrased, shared quotations, runs of its words); for agency copy, on all
   * the versions of its agency story (`versions`).
   */
  share: number;
  copiedShare: number;
  paraphrasedShare: number;
  /** How sure the direction and the reuse are, in [0, 1]. */
  confidence: number;
  /**
   * False when the texts give no clear sign of which came first: the edge then points from the
   * text the other carries more of, and says so in its evidence.
   */
  directionClear: boolean;
  /** Whether `to` names `from`'s outlet or agency as a source (read only when directionClear). */
  credited: boolean;
  evidence: string[];
  /**
   * What the edge rests on: `copied-prose` (identical or near-verbatim article sentences outside
   * quotations, of substance), `credited-paraphrase` (reworded prose, and the reuser names the
   * source: never an accusation), or `agency-copy` (a text that is not agency copy written from an
   * agency's story: its prose draws on the story's versions, reworded or in runs of their words, by
   * AGENCY_DRAWN_MIN_SHARE; agency copy is sold to be rewritten, so this is no accusation either).
   */
  basis?: 'copied-prose' | 'credited-paraphrase' | 'agency-copy';
  /**
   * Other documents of the same agency story as `from` (takes, substitutes, updates of one story:
   * provenance/agency-stories.ts) whose material `to` also draws on; the edge counts them with `from`.
   */
  versions?: string[];
  /** The evidence as data, strongest first, at most EVIDENCE_CAP items; `itemsOmitted` counts the rest. */
  items?: EvidenceData[];
  itemsOmitted?: number;
}

/** Kinds of evidence, with their weights in the README ("How provenance is decided"). */
export type EvidenceKind =
  | 'copied-prose'
  | 'shared-runs'
  | 'paraphrased-prose'
  | 'shared-quote'
  | 'credit'
  | 'agency-copy'
  | 'dropped-mark'
  | 'merge'
  | 'published-earlier'
  | 'changed-figure'
  | 'changed-negation'
  | 'explained-elsewhere';

/** One piece of evidence as data, beside its prose. */
export interface EvidenceData {
  kind: EvidenceKind;
  /**
   * Log-odds it adds to the direction the edge (or pair) is read in: positive supports it,
   * negative speaks against it; 0 for what measures reuse rather than direction.
   */
  weight: number;
  text: string;
  /** The sentences involved (at most EVIDENCE_SENTENCE_CAP; `sentencesOmitted` counts the rest). */
  sentences: { document: string; segment: number }[];
  sentencesOmitted?: number;
}

/**
 * Two documents that share content but no edge: `similar-coverage` (paraphrase, facts, names,
 * quotations of one event: no copied prose of substance), or `same-source` (both run one agency's
 * copy: siblings, not copier and copied). No direction and no credit verdict.
 */
export interface SimilarPair {
  documents: [string, string];
  kind: 'similar-coverage' | 'same-source';
  /** For `same-source`: the agency (or given agency text's document id) both took from. */
  source?: string;
  /** Share of each document's article words shared with the other (same order as `documents`). */
  shares: [number, number];
  evidence: string[];
}

/** A statement quoted by several documents: a common primary source, not copying. */
export interface QuotedSource {
  /** Its index in `provenance.sources`, from 0. */
  id: number;
  /** The statement quoted (in the wording of its first quoter). */
  statement: string;
  /** Who is quoted, when the text says ("Putin", "the Kremlin"). */
  speaker?: string;
  /**
   * Who quotes it: the quoted words as each document gives them. `variant` numbers the distinct
   * wordings (0, 1, …): documents with the same variant quote the same words (one translation),
   * a different variant means a different wording of the same statement (another translation).
   */
  quotedBy: { document: string; segment: number; wording: string; variant: number }[];
}

/** A document's own provenance facts: its credits, its agency marks. */
export interface DocumentProvenance {
  document: string;
  attributions: Attribution[];
  fingerprints: Fingerprint[];
  /** True when the text itself shows agency copy. */
  agencyCopy: boolean;
  /**
   * For agency copy whose form the text shows (src/provenance/feed-form.ts): `feed`, as the agency's
   * feed sends it (hard-wrapped, or with the feed's furniture); `reprint`, a client's reprint (one
   * paragraph a line, the agency's marks kept only as a credit).
   */
  form?: 'feed' | 'reprint';
  /**
   * How much of this document's article is derived from each other document (src/label/derived-words.ts):
   * largest share first; documents it derives nothing from are left out.
   */
  derivedFrom: DerivedShare[];
}

/** The share of a document's article words derived from another document's text. */
export interface DerivedShare {
  document: string;
  /** Derived words: in sentences copied (identical, near-verbatim, outside shared quotes) or in shared word runs. */
  words: number;
  /** words / the document's article words, rounded to 4 places. */
  share: number;
  /**
   * Share of the document's article words in sentences that draw on the other in any way: a
   * counterpart there (copied, paraphrased, or a shared quotation) or a run of its words.
   */
  drawnShare: number;
  /**
   * The same without the sentences shared only as quotations, and with runs of words counted only
   * when they hold prose (holdsProse, label/derived-words.ts): prose drawn from the other.
   */
  drawnProseShare: number;
}

/** The provenance stage's result: edges, common quoted sources, and each document's facts. */
export interface Provenance {
  edges: ProvenanceEdge[];
  /** Pairs that share content without an edge between them (no direction, no credit verdict). */
  similar?: SimilarPair[];
  sources: QuotedSource[];
  documents: DocumentProvenance[];
}

/**
 * How the one engine ran. `candidates`: which candidate step chose the sentence pairs to compare
 * (src/align/candidate-step.ts): every pair passing the candidate rule (`all-pairs`), or only
 * those in pairs of documents an index of stem shingles proposes (`index`, large inputs).
 * Everything else is the same either way.
 */
export interface AnalysisEngine {
  candidates: 'all-pairs' | 'index';
}

/** The whole analysis: what `wiretrace analyze --json` prints (schema/analysis.schema.json). */
export interface AnalysisResult {
  schemaVersion: number;
  engine: AnalysisEngine;
  /** Name of the collection (manifest name or folder name). */
  name: string;
  title?: string;
  documents: AnalyzedDocument[];
  units: ContentUnit[];
  provenance: Provenance;
  warnings: string[];
}
