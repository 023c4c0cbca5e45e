/**
 * A news feed's slug line: a line opening with a clock time and a numeric date, either way round
 * ("09:45 12/03/01: Page 2 (HHH) HOME Harbour", "12/03/01 09:45 …"). The one rule both the clean
 * stage (feed furniture: line-patterns.ts) and provenance (an agency's mark: fingerprints.ts) read.
 */
const TIME = String.raw`\d{1,2}[:.]\d{2}`;
const DATE = String.raw`\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}`;

/** The opening of a slug line, as a pattern source (anchored by the caller). */
export const SLUG_LINE_SOURCE = String.raw`(?:${TIME}\s+${DATE}|${DATE}\s+${TIME})\b`;

/** True when `line` (trimmed) opens as a slug line. */
export const SLUG_LINE = new RegExp(`^${SLUG_LINE_SOURCE}`);
