/**
 * Which outlets the list shows, and in what order: those whose name (or id) contains the outlet
 * filter's text, in input order or sorted by reuse (src/summary/reuse-ranking.ts: figures the
 * result's edges carry). Pure; memoised per result, since the reducer asks on every key.
 */
import type { AnalysisResult } from '../types.js';
import { compareReused, compareTaking, reuseFigures } from '../summary/reuse-ranking.js';
import { clean } from './display-text.js';
import { resultMemo } from './result-memo.js';
import type { OutletSort } from './state/review-state.js';

const namesCache = new WeakMap<AnalysisResult, string[]>();
/** Orders kept per result (a few sorts × the last few filters typed). */
const ORDERS_KEPT = 16;
const orders = resultMemo<readonly number[]>(ORDERS_KEPT);

/** Each outlet's name and id, lower-cased, as the filter matches them. */
function searchableNames(result: AnalysisResult): string[] {
  let names = namesCache.get(result);
  if (!names) {
    names = result.documents.map((d) => `${clean(d.outlet.name)}\u0000${d.id}`.toLowerCase());
    namesCache.set(result, names);
  }
  return names;
}

/** Indices into result.documents of the outlets shown, in the order shown. */
export function outletOrder(result: AnalysisResult, sort: OutletSort, query: string): readonly number[] {
  return orders(result, `${sort}\u0000${query}`, () => {
    const q = query.toLowerCase();
    const names = searchableNames(result);
    const order = result.documents.map((_, i) => i).filter((i) => q === '' || names[i]!.includes(q));
    if (sort !== 'input') order.sort((sort === 'reused' ? compareReused : compareTaking)(reuseFigures(result)));
    return order;
  });
}

/** The first of `count` consecutive entries of a list of `total` to show so that entry `at` is near the middle. */
export function windowStart(at: number, count: number, total: number): number {
  return Math.max(0, Math.min(at - Math.floor(count / 2), total - count));
}
