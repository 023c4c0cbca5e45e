/** The hash table of run holders (src/align/run-table.ts), against a Map doing the same bookkeeping. */
import { describe, expect, it } from 'vitest';
import { RunTable } from '../src/align/run-table.js';
import { runKey } from '../src/align/shared-runs.js';

describe('run table', () => {
  it('keeps each key’s holders, once per document, each word quoted only when it is in every occurrence, through growth', () => {
    const table = new RunTable();
    const expected = new Map<number, Map<number, number>>();
    // 3,000 keys over 40 documents (the table starts at 1,024 slots), keys of 53 bits as runKey makes them, some held many times.
    const keys = Array.from({ length: 3000 }, (_, k) => runKey(['run', String(k), 'of', 'five', 'words']));
    expect(new Set(keys).size).toBe(keys.length);
    for (let d = 0; d < 40; d++)
      for (let k = 0; k < keys.length; k++) {
        if ((k * 7 + d * 13) % 11 >= 3 + (k % 5)) continue;
        for (let again = 0; again <= (k + d) % 3; again++) {
          // Masks of quoted words: none, all five, or some (a partial quotation).
          const quoted = [0, 31, 6, 28, 31][(k + d + again) % 5]!;
          table.add(keys[k]!, d, quoted);
          const holders = expected.get(keys[k]!) ?? new Map<number, number>();
          expected.set(keys[k]!, holders);
          holders.set(d, (holders.get(d) ?? 31) & quoted);
        }
      }
    expect(table.size).toBe(expected.size);
    for (const [key, holders] of expected) {
      const slot = table.slotOf(key);
      expect(table.countAt(slot)).toBe(holders.size);
      const seen = new Map<number, number>();
      for (let e = table.firstEntry(slot); e !== -1; e = table.nextEntry(e)) seen.set(table.documentOf(e), table.quotedIn(e));
      expect(seen).toEqual(holders);
    }
    // Every kind of mask is held somewhere, so the bookkeeping above is tested on each.
    const masks = new Set([...expected.values()].flatMap((h) => [...h.values()]));
    expect([...masks].sort((a, b) => a - b)).toEqual([0, 4, 6, 28, 31]);
    expect(table.countAt(table.slotOf(runKey(['never', 'added', 'to', 'the', 'table'])))).toBe(0);
    const many = [...expected].filter(([, h]) => h.size >= 20).map(([k]) => k);
    expect(many.length).toBeGreaterThan(0);
    expect(table.keysHeldBy(20)).toEqual(many.sort((a, b) => a - b));
  });
});
