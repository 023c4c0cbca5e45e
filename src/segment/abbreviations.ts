/**
 * Abbreviations that end in a full stop without ending the sentence. `Intl.Segmenter` breaks after
 * "St." in "St. Petersburg" and after "U.S." in "by U.S. Department of Justice"; these lists let
 * the segmenter join such pieces again.
 */

/** Titles and name parts that are always followed by the name they belong to. */
export const NEVER_FINAL = new Set([
  'mr', 'mrs', 'ms', 'messrs', 'dr', 'st', 'ste', 'mt', 'ft', 'gen', 'sen', 'rep', 'gov', 'lt',
  'col', 'sgt', 'capt', 'cmdr', 'adm', 'maj', 'prof', 'rev', 'hon', 'pres', 'supt', 'vs', 'v',
  'no', 'nos', 'approx', 'dept', 'fig', 'e.g', 'i.e', 'cf', 'etc.,',
]);

/** Words that commonly open a sentence: after "U.S." they mean a new sentence has begun. */
export const SENTENCE_STARTERS = new Set([
  'the', 'a', 'an', 'in', 'on', 'at', 'it', 'its', 'he', 'she', 'they', 'we', 'i', 'you', 'but',
  'and', 'or', 'so', 'this', 'that', 'these', 'those', 'there', 'his', 'her', 'their', 'our', 'my',
  'after', 'before', 'when', 'while', 'if', 'as', 'for', 'with', 'by', 'from', 'to', 'of', 'however',
  'meanwhile', 'also', 'one', 'both', 'all', 'some', 'many', 'most', 'no', 'not', 'what', 'who',
  'why', 'how', 'where', 'yet', 'still', 'then', 'thus', 'since', 'although', 'though', 'because',
  'last', 'earlier', 'later', 'according', 'despite', 'instead', 'now', 'officials', 'such',
]);

/** The abbreviation a piece of text ends with ("U.S.", "St."), lower case without the last dot. */
export function trailingAbbreviation(text: string): string | undefined {
  const m = /(?:^|[\s("“‘'(])((?:\p{L}\.){1,4}|\p{L}{1,6}\.)["”’')]*\s*$/u.exec(text);
  if (!m) return undefined;
  return m[1]!.toLowerCase().replace(/\.$/, '');
}

/** An initialism such as "U.S" or "U.N" (without its last dot), or a single initial "J". */
export function isInitialism(abbr: string): boolean {
  return /^(\p{L}\.)*\p{L}$/u.test(abbr);
}
