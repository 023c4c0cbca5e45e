/** Strings in code-unit order: the same on every machine and locale (no localeCompare). */
export const byCode = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
