/** The review screen's state: plain data, changed only by `reduceReview`. */
import type { AnalysisResult } from '../../types.js';
import type { Size } from '../layout.js';

export type View = 'outlets' | 'detail' | 'alignment' | 'provenance';
export const VIEWS: readonly View[] = ['outlets', 'detail', 'alignment', 'provenance'];
export const VIEW_TITLE: Record<View, string> = {
  outlets: 'Outlets',
  detail: 'Detail',
  alignment: 'Alignment',
  provenance: 'Provenance',
};

export type LabelFilter = 'all' | 'copied' | 'paraphrased' | 'unique';
export const FILTERS: readonly LabelFilter[] = ['all', 'copied', 'paraphrased', 'unique'];

/** The outlet list's order: as given, most reused by others first, most taken from others first. */
export type OutletSort = 'input' | 'reused' | 'taking';
export const SORTS: readonly OutletSort[] = ['input', 'reused', 'taking'];
export const SORT_TITLE: Record<OutletSort, string> = {
  input: 'input order',
  reused: 'most reused by others',
  taking: 'most copied from others',
};
/** The same, short enough for the header at 80 columns. */
export const SORT_LABEL: Record<OutletSort, string> = {
  input: 'input order',
  reused: 'most reused',
  taking: 'most copying',
};

export interface SearchState {
  /** True while the query is being typed. */
  editing: boolean;
  query: string;
}

export interface OutletFilterState extends SearchState {
  /** While typing: the outlet selected when the prompt opened, selected again whenever the filter shows it. */
  from?: number;
}

export interface ReviewState {
  view: View;
  help: boolean;
  /** Index of the current outlet in result.documents. */
  doc: number;
  /** Selected segment id, per document. */
  selected: number[];
  /** First article row shown, per document. */
  top: number[];
  /** First row shown of the detail, provenance and help texts. */
  scroll: { detail: number; provenance: number; help: number };
  /** Selected row of the alignment table (index into result.units) and the table's first row shown. */
  unit: number;
  unitTop: number;
  filter: LabelFilter;
  showBoilerplate: boolean;
  search: SearchState;
  /** The outlet list's name filter (typed after `o`; empty: every outlet). */
  outletFilter: OutletFilterState;
  sort: OutletSort;
  /** One line for the footer (search results); cleared by the next key. */
  message?: string;
  size: Size;
  quit: boolean;
}

export function initialState(result: AnalysisResult, size: Size): ReviewState {
  return {
    view: 'outlets',
    help: false,
    doc: 0,
    selected: result.documents.map((d) => firstReadable(d.segments)),
    top: result.documents.map(() => 0),
    scroll: { detail: 0, provenance: 0, help: 0 },
    unit: 0,
    unitTop: 0,
    filter: 'all',
    showBoilerplate: true,
    search: { editing: false, query: '' },
    outletFilter: { editing: false, query: '' },
    sort: 'input',
    size,
    quit: false,
  };
}

/** Start on the headline or the first article sentence rather than on navigation furniture. */
function firstReadable(segments: AnalysisResult['documents'][number]['segments']): number {
  const s = segments.find((x) => x.role === 'headline') ?? segments.find((x) => x.label !== 'boilerplate') ?? segments[0];
  return s?.id ?? 0;
}
