/** Sequence measures: longest common subsequence, and overlaps of sorted multisets. */

type Seq = ArrayLike<number> | readonly string[];

let rowA = new Uint16Array(64);
let rowB = new Uint16Array(64);

/** Length of the longest common subsequence of two sequences. */
export function lcsLength(a: Seq, b: Seq): number {
  if (a.length === 0 || b.length === 0) return 0;
  const [x, y] = a.length < b.length ? [b, a] : [a, b];
  if (rowA.length <= y.length) {
    rowA = new Uint16Array(y.length * 2 + 1);
    rowB = new Uint16Array(y.length * 2 + 1);
  }
  let prev = rowA.fill(0, 0, y.length + 1);
  let cur = rowB.fill(0, 0, y.length + 1);
  for (let i = 1; i <= x.length; i++) {
    const xi = x[i - 1];
    for (let j = 1; j <= y.length; j++) {
      cur[j] = xi === y[j - 1] ? prev[j - 1]! + 1 : Math.max(prev[j]!, cur[j - 1]!);
    }
    [prev, cur] = [cur, prev];
  }
  return prev[y.length]!;
}

let table = new Uint16Array(1024);

/**
 * One longest common subsequence, as the positions of its elements in `a` and in `b` (ascending;
 * both arrays as long as the subsequence). Where several exist, the one found taking elements of
 * `a` as early as possible.
 */
export function lcsIndices(a: Seq, b: Seq): [Int32Array, Int32Array] {
  const n = a.length;
  const m = b.length;
  const w = m + 1;
  if (table.length < (n + 1) * w) table = new Uint16Array((n + 1) * w * 2);
  // table[i * w + j] = LCS length of a[i..] and b[j..]. Only the last row and column start at 0:
  // every other cell is written before it is read. (Written for code that runs cold: no call per
  // cell, row offsets hoisted.)
  table.fill(0, n * w, (n + 1) * w);
  for (let i = 0; i < n; i++) table[i * w + m] = 0;
  for (let i = n - 1; i >= 0; i--) {
    const ai = a[i];
    const row = i * w;
    const below = row + w;
    for (let j = m - 1; j >= 0; j--) {
      if (ai === b[j]) table[row + j] = table[below + j + 1]! + 1;
      else {
        const down = table[below + j]!;
        const right = table[row + j + 1]!;
        table[row + j] = down >= right ? down : right;
      }
    }
  }
  const length = table[0]!;
  const ia = new Int32Array(length);
  const ib = new Int32Array(length);
  let i = 0;
  let j = 0;
  let k = 0;
  while (i < n && j < m) {
    if (a[i] === b[j]) {
      ia[k] = i++;
      ib[k++] = j++;
    } else if (table[(i + 1) * w + j]! >= table[i * w + j + 1]!) i++;
    else j++;
  }
  return [ia, ib];
}

/** Position of the first element >= x in an ascending list (its length when there is none). */
export function firstAtLeast(list: ArrayLike<number>, x: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (list[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Size of the multiset intersection of two ascending-sorted arrays. */
export function sortedOverlap(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let i = 0;
  let j = 0;
  let shared = 0;
  while (i < a.length && j < b.length) {
    const x = a[i]!;
    const y = b[j]!;
    if (x === y) {
      shared++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return shared;
}

/** Overlap divided by the shorter and by the longer list: [min-containment, max-containment]. */
export function containment(shared: number, lenA: number, lenB: number): [number, number] {
  const lo = Math.min(lenA, lenB);
  const hi = Math.max(lenA, lenB);
  return [lo === 0 ? 0 : shared / lo, hi === 0 ? 0 : shared / hi];
}

/** Dice coefficient of two multisets given their overlap. */
export function dice(shared: number, lenA: number, lenB: number): number {
  return lenA + lenB === 0 ? 0 : (2 * shared) / (lenA + lenB);
}
