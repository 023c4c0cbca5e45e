/**
 * The contract between the pipeline's stages and the shells that read its result.
 * Everything here is plain data: no classes, no functions, JSON-serialisable.
 * The JSON printed by `wiretrace analyze --json` is `AnalysisResult` (see README, "JSON schema").
 */

/** 2: stats' prose and shared-quote split, edges' directionClear, matches' sameWording and changes (README, "JSON schema"). */
export const SCHEMA_VERSION = 3;

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

/** Stage 1 (ingest): one input document, text exactly as read (BOM removed, line endings kept). */
export interface SourceDocument {
  id: string;
  /** The path as the user gave it (or as the manifest names it). */
  file: string;
  outlet: OutletInfo;
  text: string;
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
  | 'fragment';

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

export type Label = 'copied' | 'paraphrased' | 'unique' | 'boilerplate';

export interface Match {
  /** Index of the counterpart segment in its document. */
  segment: number;
  /** Id of the counterpart's document. */
  document: string;
  relation: Relation;
  /** Confidence in the relation, in [0, 1]. */
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

export interface Segment {
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
}

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

export interface AnalyzedDocument {
  id: string;
  file: string;
  outlet: OutletInfo;
  segments: Segment[];
  stats: DocumentStats;
}

export interface UnitMember {
  document: string;
  segments: number[];
  /** The strongest relation this document's segments have to the rest of the unit. */
  relation: Relation;
}

/** A piece of content carried by two or more documents: a row of the collation table. */
export interface ContentUnit {
  id: number;
  members: UnitMember[];
  /** True when the unit is held together only by shared quotes. */
  quote: boolean;
  /** The document the content most likely came from (filled by provenance), when one can be named. */
  origin?: string;
}

export interface Attribution {
  /** Who is credited: "Reuters", "Interfax", "AP". */
  source: string;
  /** The exact line or phrase that gives the credit. */
  text: string;
  segment: number;
  kind: 'with-reporting-by' | 'reported' | 'according-to' | 'dateline' | 'sign-off' | 'credit';
}

export interface Fingerprint {
  agency: string;
  kind: 'instrument-code' | 'mark-up' | 'dateline' | 'sign-off' | 'manifest';
  text: string;
  segment?: number;
}

export interface ProvenanceEdge {
  /** The document whose text was reused. */
  from: string;
  /** The document that reused it. */
  to: string;
  /** Share of `to`'s article words that came from `from` (copied + paraphrased). */
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
  /** Whether `to` names `from`'s outlet or agency as a source. */
  credited: boolean;
  evidence: string[];
}

export interface QuotedSource {
  id: number;
  /** The statement quoted (in the wording of its first quoter). */
  statement: string;
  /** Who is quoted, when the text says ("Putin", "the Kremlin"). */
  speaker?: string;
  /**
   * Who quotes it: the quoted words as each document gives them. `variant` numbers the distinct
   * wordings (1, 2, …): documents with the same variant quote the same words (one translation),
   * a different variant means a different wording of the same statement (another translation).
   */
  quotedBy: { document: string; segment: number; wording: string; variant: number }[];
}

export interface DocumentProvenance {
  document: string;
  attributions: Attribution[];
  fingerprints: Fingerprint[];
  /** True when the text itself shows agency copy. */
  agencyCopy: boolean;
}

export interface Provenance {
  edges: ProvenanceEdge[];
  sources: QuotedSource[];
  documents: DocumentProvenance[];
}

export interface AnalysisResult {
  schemaVersion: number;
  /** Name of the collection (manifest name or folder name). */
  name: string;
  /**
   * Which candidate step chose the sentence pairs to compare (src/align/candidate-step.ts): every
   * pair passing the candidate rule, or only those in pairs of documents an index of stem
   * shingles proposes (large inputs). Everything else is the same engine.
   */
  candidates: 'all-pairs' | 'index';
  title?: string;
  documents: AnalyzedDocument[];
  units: ContentUnit[];
  provenance: Provenance;
  warnings: string[];
}
