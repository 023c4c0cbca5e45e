/**
 * The surface form that decides "identical": the text with case, quotation-mark styles, dash
 * styles (TeX's ``…'' among them), white space and list bullets normalised, and nothing else.
 */

const QUOTES = /[“”„‟«»"″]/g;
/** Double quotation marks written as two single ones: TeX's ``…'' (as some feeds write) and ''…''. */
const DOUBLED_QUOTES = /``|''|‘‘|’’/g;
const APOSTROPHES = /[‘’‚‛′`]/g;
const DASHES = /\s*[‐‑‒–—―−-]{1,3}\s*/g;
const BULLET = /^[\s•·▪◦‣∙*-]+(?=\S)/u;

export function surfaceForm(text: string): string {
  return text
    .replace(BULLET, '')
    .toLowerCase()
    .replace(DOUBLED_QUOTES, '"')
    .replace(QUOTES, '"')
    .replace(APOSTROPHES, "'")
    .replace(DASHES, '-')
    .replace(/\s+/g, ' ')
    .trim();
}
