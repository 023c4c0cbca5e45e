/**
 * A value made on first use. Meant for regular expressions with Unicode property classes
 * (`\p{…}`): V8 parses one as soon as it is created, whether or not it is ever run, which costs
 * 0.1–0.6 ms in a short-lived process (README, "Start-up"). A module whose callers usually decide
 * without the expression makes it through this rather than when it loads.
 */
export function lazy<T>(make: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= make());
}
