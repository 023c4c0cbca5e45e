/**
 * Publication dates as the inputs state them (manifest, Markdown front matter, a page's metadata),
 * and which of two came first. Only ISO 8601 dates that exist are believed: "2020-09-25", or with a
 * time and its zone, "2020-09-25T10:00Z" / "2020-09-25T10:00:00+03:00". A time without a zone would
 * be read in the machine's own zone, so the same input could point either way on two machines.
 */
const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2}))?$/;

/** A date that exists, alone or with a time and its zone. */
export function isIsoDate(s: string): boolean {
  const m = ISO.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const day = new Date(Date.UTC(y, mo - 1, d));
  if (day.getUTCFullYear() !== y || day.getUTCMonth() !== mo - 1 || day.getUTCDate() !== d) return false;
  return m[4] === undefined || (Number(m[4]) <= 23 && Number(m[5]) <= 59 && (m[6] === undefined || Number(m[6]) <= 59));
}

/**
 * Which of two stated dates is earlier: negative when `a` is, positive when `b` is, 0 when they
 * cannot be told apart or either is not an ISO date. Two times with zones are compared as instants;
 * otherwise only the calendar days are (a date alone says nothing of the hour).
 */
export function compareStatedDates(a: string, b: string): number {
  if (!isIsoDate(a) || !isIsoDate(b)) return 0;
  if (a.length > 10 && b.length > 10) return Math.sign(Date.parse(a.replace(' ', 'T')) - Date.parse(b.replace(' ', 'T')));
  const da = a.slice(0, 10);
  const db = b.slice(0, 10);
  return da < db ? -1 : da > db ? 1 : 0;
}
