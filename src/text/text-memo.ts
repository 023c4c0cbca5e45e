/**
 * A function of a text, remembered: figures count the same segments again and again (stats,
 * provenance, views). Texts longer than MAX_MEMO_LENGTH are computed afresh each time; at most
 * MAX_MEMO_TEXTS are held, and when full the memory starts again, so that it holds what the stage
 * at work asks for (a corpus has more lines and sentences than this).
 */
export const MAX_MEMO_LENGTH = 2000;
export const MAX_MEMO_TEXTS = 100_000;

export function memoByText<T>(compute: (text: string) => T): (text: string) => T {
  const memo = new Map<string, T>();
  return (text) => {
    const known = memo.get(text);
    if (known !== undefined) return known;
    const value = compute(text);
    if (text.length <= MAX_MEMO_LENGTH) {
      if (memo.size >= MAX_MEMO_TEXTS) memo.clear();
      memo.set(text, value);
    }
    return value;
  };
}
