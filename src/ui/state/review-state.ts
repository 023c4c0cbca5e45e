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

export interface SearchState {
  /** True while the query is being typed. */
  editing: boolean;
  query: string;
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
    size,
    quit: false,
  };
}

/** Start on the headline or the first article sentence rather than on navigation furniture. */
function firstReadable(segments: AnalysisResult['documents'][number]['segments']): number {
  const s = segments.find((x) => x.role === 'headline') ?? segments.find((x) => x.label !== 'boilerplate') ?? segments[0];
  return s?.id ?? 0;
}
