/**
 * White space as JavaScript's `\s` defines it, for one character: ASCII decided by its code (a
 * test that runs per character in cold code, where a regular expression costs more).
 */
const UNICODE_WHITE_SPACE = /\s/u;

export function isWhiteSpace(c: string): boolean {
  const code = c.charCodeAt(0);
  if (code < 128) return code === 32 || (code >= 9 && code <= 13);
  return UNICODE_WHITE_SPACE.test(c);
}
