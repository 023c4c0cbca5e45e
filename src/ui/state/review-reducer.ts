/**
 * Every change to the review screen, as a pure function of the result, the state and an action.
 * The reducer knows the layout so that it can keep the selection visible and clamp scrolling.
 */
import type { AnalysisResult, AnalyzedDocument } from '../../types.js';
import { alignmentLayout, computeLayout, helpBox, outletPage, pageWidth, type Layout, type Size } from '../layout.js';
import { articleRows, isVisible, visibleSegments } from '../article-rows.js';
import { detailRows } from '../detail-rows.js';
import { provenanceRows } from '../provenance-rows.js';
import { helpRows } from '../help-rows.js';
import { clean } from '../display-text.js';
import { outletOrder } from '../outlet-order.js';
import { searchMatches, type SearchMatch } from '../search-matches.js';
import { FILTERS, SORT_TITLE, SORTS, type ReviewState, type View } from './review-state.js';

export type ReviewAction =
  | { type: 'move'; by: 1 | -1 }
  | { type: 'page'; by: 1 | -1 }
  | { type: 'edge'; to: 'first' | 'last' }
  | { type: 'outlet'; by: 1 | -1 }
  | { type: 'outlet-page'; by: 1 | -1 }
  | { type: 'sort' }
  | { type: 'outlet-filter-start' }
  | { type: 'outlet-filter-type'; text: string }
  | { type: 'outlet-filter-erase' }
  | { type: 'outlet-filter-commit' }
  | { type: 'enter' }
  | { type: 'escape' }
  | { type: 'view'; view: View }
  | { type: 'filter' }
  | { type: 'boilerplate' }
  | { type: 'help' }
  | { type: 'search-start' }
  | { type: 'search-type'; text: string }
  | { type: 'search-erase' }
  | { type: 'search-commit' }
  | { type: 'search-next'; by: 1 | -1 }
  | { type: 'resize'; size: Size }
  | { type: 'quit' };

export interface ReviewContext {
  result: AnalysisResult;
  noColor: boolean;
}

const clamp = (x: number, lo: number, hi: number): number => Math.max(lo, Math.min(hi, x));

export function layoutOf(ctx: ReviewContext, s: ReviewState): Layout {
  return computeLayout(s.size, ctx.result.documents.length);
}

/** The outlets the list shows, in its order (the outlet filter and the sort applied). */
export function shownOutlets(ctx: ReviewContext, s: ReviewState): readonly number[] {
  return outletOrder(ctx.result, s.sort, s.outletFilter.query);
}

/** Clear the outlet filter when it hides the current outlet (a search or the table went there). */
function revealOutlet(ctx: ReviewContext, s: ReviewState): ReviewState {
  return shownOutlets(ctx, s).includes(s.doc) ? s : { ...s, outletFilter: { editing: false, query: '' } };
}

/** The outlet filter with another text, while typing: the outlet selected when the prompt opened is selected again when shown. */
function refilter(ctx: ReviewContext, s: ReviewState, query: string, editing: boolean): ReviewState {
  const from = s.outletFilter.from;
  const t: ReviewState = { ...s, outletFilter: editing && from !== undefined ? { editing, query, from } : { editing, query } };
  return from !== undefined && shownOutlets(ctx, t).includes(from) ? { ...t, doc: from } : t;
}

/** Move `by` places along the shown outlets (wrapping when `wrap`), from the current one. */
function stepOutlet(ctx: ReviewContext, s: ReviewState, by: number, wrap: boolean): ReviewState {
  const order = shownOutlets(ctx, s);
  if (order.length === 0) return s;
  const i = order.indexOf(s.doc);
  const n = order.length;
  const at = i < 0 ? 0 : wrap ? (((i + by) % n) + n) % n : clamp(i + by, 0, n - 1);
  return { ...s, doc: order[at]!, scroll: { ...s.scroll, detail: 0 } };
}

function currentDoc(ctx: ReviewContext, s: ReviewState): AnalyzedDocument | undefined {
  return ctx.result.documents[s.doc];
}

function withSelected(s: ReviewState, id: number): ReviewState {
  const selected = [...s.selected];
  selected[s.doc] = id;
  return { ...s, selected };
}

/** Rows of the scrollable text of a view (or of the help overlay). */
export function pageRows(ctx: ReviewContext, s: ReviewState, which: 'detail' | 'provenance' | 'help') {
  const l = layoutOf(ctx, s);
  const w = pageWidth(l);
  if (which === 'help') return helpRows(helpBox(l).inner);
  if (which === 'provenance') return provenanceRows(ctx.result, w, currentDoc(ctx, s)?.id);
  const d = currentDoc(ctx, s);
  if (!d) return [];
  return detailRows(ctx.result, d, d.segments[s.selected[s.doc] ?? 0], w, ctx.noColor);
}

/** Rows a scrollable text may move down: its length minus the rows shown. */
function maxScroll(ctx: ReviewContext, s: ReviewState, which: 'detail' | 'provenance' | 'help'): number {
  const l = layoutOf(ctx, s);
  return Math.max(0, pageRows(ctx, s, which).length - (which === 'help' ? helpBox(l).height - 2 : l.bodyHeight));
}

/**
 * Bring the state back to something drawable: the selection on a visible sentence (the nearest
 * one after, else before), the article scrolled so that the selection shows, scrolls clamped.
 */
export function settle(ctx: ReviewContext, s: ReviewState): ReviewState {
  const docs = ctx.result.documents;
  if (docs.length === 0) return s;
  // The selection stays on its outlet while the list shows it; otherwise it goes to the list's first.
  const shown = shownOutlets(ctx, s);
  const doc = shown.length > 0 && !shown.includes(s.doc) ? shown[0]! : clamp(s.doc, 0, docs.length - 1);
  let out: ReviewState = { ...s, doc };
  const d = docs[doc]!;
  const visible = visibleSegments(d, s.filter, s.showBoilerplate);
  const sel = out.selected[doc] ?? 0;
  if (visible.length > 0 && !visible.some((x) => x.id === sel)) {
    const next = visible.find((x) => x.id > sel) ?? visible[visible.length - 1]!;
    out = withSelected(out, next.id);
  }
  const l = layoutOf(ctx, out);
  const { rows, spans } = articleRows(d, l.articleWidth, { filter: out.filter, showBoilerplate: out.showBoilerplate, selected: out.selected[doc] ?? 0 });
  const span = spans.get(out.selected[doc] ?? -1);
  const top = span ? scrollToShow(out.top[doc] ?? 0, span, l.articleHeight, rows.length) : clamp(out.top[doc] ?? 0, 0, Math.max(0, rows.length - l.articleHeight));
  const tops = [...out.top];
  tops[doc] = top;
  out = { ...out, top: tops };

  const units = ctx.result.units.length;
  const unit = clamp(out.unit, 0, Math.max(0, units - 1));
  const { tableHeight } = alignmentLayout(l);
  let unitTop = out.unitTop;
  if (unit < unitTop) unitTop = unit;
  if (unit >= unitTop + tableHeight) unitTop = unit - tableHeight + 1;
  unitTop = clamp(unitTop, 0, Math.max(0, units - tableHeight));
  out = { ...out, unit, unitTop };

  const scroll = { ...out.scroll };
  if (out.view === 'detail') scroll.detail = clamp(scroll.detail, 0, maxScroll(ctx, out, 'detail'));
  if (out.view === 'provenance') scroll.provenance = clamp(scroll.provenance, 0, maxScroll(ctx, out, 'provenance'));
  if (out.help) scroll.help = clamp(scroll.help, 0, maxScroll(ctx, out, 'help'));
  return { ...out, scroll };
}

/**
 * The first row to show so that rows [a, b] are visible in a window of `height` rows over `total`,
 * moving as little as possible. The window's first row says "↑ more" when rows are hidden above,
 * its last "↓ more" when rows are hidden below (see ScrollText), so those rows do not count.
 */
export function scrollToShow(top: number, [a, b]: [number, number], height: number, total: number): number {
  const max = Math.max(0, total - height);
  const fix = (t: number): number => clamp(t, 0, max);
  const first = (t: number): number => t + (t > 0 ? 1 : 0);
  const last = (t: number): number => t + height - 1 - (t + height < total ? 1 : 0);
  let t = fix(top);
  if (b > last(t)) t = fix(b - height + 2);
  if (b > last(t)) t = fix(b - height + 1);
  if (a < first(t) || b - a + 1 > height - 2) t = fix(a - 1);
  if (a < first(t)) t = fix(a);
  return t;
}

function moveSelection(ctx: ReviewContext, s: ReviewState, by: number): ReviewState {
  const d = currentDoc(ctx, s);
  if (!d) return s;
  const visible = visibleSegments(d, s.filter, s.showBoilerplate);
  const i = visible.findIndex((x) => x.id === s.selected[s.doc]);
  const next = visible[clamp(i + by, 0, visible.length - 1)];
  return next ? withSelected(s, next.id) : s;
}

/** Move the selection by about a screenful of article rows. */
function pageSelection(ctx: ReviewContext, s: ReviewState, by: 1 | -1): ReviewState {
  const d = currentDoc(ctx, s);
  if (!d) return s;
  const l = layoutOf(ctx, s);
  const { spans } = articleRows(d, l.articleWidth, { filter: s.filter, showBoilerplate: s.showBoilerplate, selected: s.selected[s.doc] ?? 0 });
  const here = spans.get(s.selected[s.doc] ?? -1)?.[0] ?? 0;
  const target = here + by * Math.max(1, l.articleHeight - 1);
  const ids = [...spans.entries()];
  const pick = by > 0 ? (ids.find(([, [a]]) => a >= target) ?? ids[ids.length - 1]) : ([...ids].reverse().find(([, [a]]) => a <= target) ?? ids[0]);
  if (!pick) return s;
  const tops = [...s.top];
  tops[s.doc] = (tops[s.doc] ?? 0) + by * Math.max(1, l.articleHeight - 1);
  return withSelected({ ...s, top: tops }, pick[0]);
}

function scrollBy(s: ReviewState, which: 'detail' | 'provenance' | 'help', by: number): ReviewState {
  return { ...s, scroll: { ...s.scroll, [which]: Math.max(0, s.scroll[which] + by) } };
}

/** Search every outlet's sentences from the selection on (or back), wrapping around. */
function findMatch(ctx: ReviewContext, s: ReviewState, by: 1 | -1, includeCurrent: boolean): SearchMatch | undefined {
  const all = searchMatches(ctx.result, s.search.query);
  if (all.length === 0) return undefined;
  const cur = { doc: s.doc, id: s.selected[s.doc] ?? 0 };
  const cmp = (a: SearchMatch): number => (a.doc - cur.doc) || (a.id - cur.id);
  if (by > 0) return all.find((a) => cmp(a) > 0 || (includeCurrent && cmp(a) === 0)) ?? all[0];
  for (let k = all.length - 1; k >= 0; k--) if (cmp(all[k]!) < 0) return all[k];
  return all[all.length - 1];
}

function jumpToMatch(ctx: ReviewContext, s: ReviewState, by: 1 | -1, includeCurrent: boolean): ReviewState {
  const hit = findMatch(ctx, s, by, includeCurrent);
  if (!hit) return { ...s, message: `No sentence contains “${s.search.query}”.` };
  let out: ReviewState = { ...s, doc: hit.doc };
  out = withSelected(out, hit.id);
  const seg = ctx.result.documents[hit.doc]!.segments[hit.id]!;
  if (!isVisible(seg, out.filter, out.showBoilerplate)) out = { ...out, filter: 'all', showBoilerplate: true };
  if (out.view !== 'detail') out = { ...out, view: 'outlets' };
  out = revealOutlet(ctx, out);
  const total = searchMatches(ctx.result, s.search.query).length;
  return { ...out, message: `“${s.search.query}”: ${total} sentence${total === 1 ? '' : 's'} · n next · N previous` };
}

function jumpToUnit(ctx: ReviewContext, s: ReviewState): ReviewState {
  const unit = ctx.result.units[s.unit];
  if (!unit) return s;
  const here = ctx.result.documents[s.doc];
  const own = unit.members.find((x) => x.document === here?.id);
  const m = own ?? unit.members[0];
  const doc = ctx.result.documents.findIndex((d) => d.id === m?.document);
  const id = m?.segments[0];
  if (doc < 0 || id === undefined) return s;
  let out: ReviewState = withSelected({ ...s, doc, view: 'outlets' }, id);
  const seg = ctx.result.documents[doc]!.segments[id]!;
  if (!isVisible(seg, out.filter, out.showBoilerplate)) out = { ...out, filter: 'all' };
  out = revealOutlet(ctx, out);
  // The selected outlet does not carry this content: say so, rather than switch outlet silently.
  if (!own && here) out = { ...out, message: `${clean(here.outlet.name)} does not carry this; showing it in ${clean(ctx.result.documents[doc]!.outlet.name)}.` };
  return out;
}

function step(ctx: ReviewContext, s0: ReviewState, a: ReviewAction): ReviewState {
  const s: ReviewState = a.type === 'resize' ? s0 : { ...s0, message: undefined };
  const l = layoutOf(ctx, s);
  const page = Math.max(1, l.bodyHeight - 2);
  switch (a.type) {
    case 'quit':
      return { ...s, quit: true };
    case 'resize':
      return { ...s, size: a.size };
    case 'help':
      return { ...s, help: !s.help, scroll: { ...s.scroll, help: 0 } };
    case 'escape':
      if (s.search.editing) return { ...s, search: { editing: false, query: s.search.query } };
      if (s.outletFilter.editing || (!s.help && s.view !== 'detail' && s.outletFilter.query !== '')) return refilter(ctx, s, '', false);
      if (s.help) return { ...s, help: false };
      if (s.view === 'detail') return { ...s, view: 'outlets' };
      return s;
    case 'view':
      return { ...s, view: a.view, help: false, scroll: a.view === 'detail' ? { ...s.scroll, detail: 0 } : s.scroll };
    case 'enter':
      if (s.help) return { ...s, help: false };
      if (s.view === 'outlets') return { ...s, view: 'detail', scroll: { ...s.scroll, detail: 0 } };
      if (s.view === 'alignment') return jumpToUnit(ctx, s);
      return s;
    case 'outlet':
      return stepOutlet(ctx, s, a.by, true);
    case 'outlet-page':
      return stepOutlet(ctx, s, a.by * outletPage(l), false);
    case 'sort': {
      const sort = SORTS[(SORTS.indexOf(s.sort) + 1) % SORTS.length]!;
      return { ...s, sort, message: `Outlets in ${sort === 'input' ? 'input order' : `order: ${SORT_TITLE[sort]} first`} · s next order` };
    }
    case 'outlet-filter-start':
      return { ...s, help: false, view: s.view === 'detail' ? 'outlets' : s.view, outletFilter: { editing: true, query: s.outletFilter.query, from: s.doc } };
    case 'outlet-filter-type':
      return refilter(ctx, s, s.outletFilter.query + a.text, true);
    case 'outlet-filter-erase':
      return refilter(ctx, s, [...s.outletFilter.query].slice(0, -1).join(''), true);
    case 'outlet-filter-commit':
      return { ...s, outletFilter: { editing: false, query: s.outletFilter.query } };
    case 'filter':
      return { ...s, filter: FILTERS[(FILTERS.indexOf(s.filter) + 1) % FILTERS.length]! };
    case 'boilerplate':
      return { ...s, showBoilerplate: !s.showBoilerplate };
    case 'move':
      if (s.help) return scrollBy(s, 'help', a.by);
      if (s.view === 'outlets') return moveSelection(ctx, s, a.by);
      if (s.view === 'detail') return { ...moveSelection(ctx, s, a.by), scroll: { ...s.scroll, detail: 0 } };
      if (s.view === 'alignment') return { ...s, unit: s.unit + a.by };
      return scrollBy(s, 'provenance', a.by);
    case 'page':
      if (s.help) return scrollBy(s, 'help', a.by * page);
      if (s.view === 'outlets') return pageSelection(ctx, s, a.by);
      if (s.view === 'detail') return scrollBy(s, 'detail', a.by * page);
      if (s.view === 'alignment') return { ...s, unit: s.unit + a.by * alignmentLayout(l).tableHeight };
      return scrollBy(s, 'provenance', a.by * page);
    case 'edge': {
      const far = a.to === 'first' ? -1e9 : 1e9;
      if (s.help) return scrollBy(s, 'help', far);
      if (s.view === 'outlets') return moveSelection(ctx, s, far);
      if (s.view === 'detail') return scrollBy(s, 'detail', far);
      if (s.view === 'alignment') return { ...s, unit: a.to === 'first' ? 0 : ctx.result.units.length - 1 };
      return scrollBy(s, 'provenance', far);
    }
    case 'search-start':
      return { ...s, help: false, search: { editing: true, query: '' } };
    case 'search-type':
      return { ...s, search: { ...s.search, query: s.search.query + a.text } };
    case 'search-erase':
      return { ...s, search: { ...s.search, query: [...s.search.query].slice(0, -1).join('') } };
    case 'search-commit': {
      const t: ReviewState = { ...s, search: { editing: false, query: s.search.query } };
      return t.search.query ? jumpToMatch(ctx, t, 1, false) : t;
    }
    case 'search-next':
      if (!s.search.query) return { ...s, message: 'No search yet: press / to search.' };
      return jumpToMatch(ctx, s, a.by, false);
  }
}

export function reduceReview(ctx: ReviewContext, s: ReviewState, a: ReviewAction): ReviewState {
  if (s.quit) return s;
  return settle(ctx, step(ctx, s, a));
}
