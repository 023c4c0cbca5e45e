/**
 * A small seeded pseudo-random generator (mulberry32) so that `--seed N` gives the same exercise
 * every time, and helpers to shuffle and pick with it. Never Math.random.
 */

export type Random = () => number;

/** mulberry32: 32-bit state, uniform floats in [0, 1). */
export function seededRandom(seed: number): Random {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A shuffled copy (Fisher–Yates). */
export function shuffled<T>(items: readonly T[], random: Random): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/** An integer in [0, n). */
export function randomIndex(n: number, random: Random): number {
  return Math.floor(random() * n);
}
