/**
 * What a view builds from a result, remembered per result and key: the reducer asks again on
 * every key press, and the answer depends on the result and a few settings alone. The `kept`
 * most recently built keys are kept per result (the oldest goes first), and a result no view
 * holds any more takes its entries with it (a WeakMap).
 */
import type { AnalysisResult } from '../types.js';

export function resultMemo<T>(kept: number): (result: AnalysisResult, key: string, build: () => T) => T {
  const byResult = new WeakMap<AnalysisResult, Map<string, T>>();
  return (result, key, build) => {
    let cache = byResult.get(result);
    if (!cache) byResult.set(result, (cache = new Map()));
    const hit = cache.get(key);
    if (hit !== undefined) return hit;
    const value = build();
    if (cache.size >= kept) cache.delete(cache.keys().next().value!);
    cache.set(key, value);
    return value;
  };
}
