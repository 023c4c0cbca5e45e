/**
 * How the HTML pages mark each kind of passage: a background colour, a text colour, a symbol
 * before it and an underline style, so that the kinds can be told apart in colour, in black and
 * white (symbol and line style) and by colour-blind readers (the hues are from Okabe and Ito's
 * colour-blind-safe set, lightened so dark text keeps WCAG AA contrast on them; a test checks
 * every pair numerically). The symbols are the terminal summary's bar glyphs.
 */
import { sharedQuoteOnly } from '../label/document-stats.js';
import { BAR_GLYPHS } from '../summary/format-summary.js';
import type { Segment } from '../types.js';

export type PassageKind = 'copied' | 'paraphrased' | 'shared-quote' | 'unique' | 'boilerplate';

export interface PassageStyle {
  /** What the legend calls it. */
  name: string;
  symbol: string;
  background: string;
  text: string;
  /** CSS text-decoration: line style and colour (the colour keeps 3:1 against the background). */
  underline: 'solid' | 'wavy' | 'double' | 'dotted' | 'none';
  line: string;
}

export const PAGE_BACKGROUND = '#ffffff';
export const PAGE_TEXT = '#1a1a1a';
/** Secondary text (captions, figures' notes) and the graph's credited arrows. */
export const MUTED_TEXT = '#555555';
/** The graph's uncredited arrows and the "not credited" verdicts. */
export const ALERT = '#b3261e';
/** Word diffs: words only in one version. */
export const DELETED = { background: '#fde2e1', text: '#7a1712' } as const;
export const INSERTED = { background: '#dcf2e3', text: '#0e4d27' } as const;

export const PASSAGE_STYLE: Record<PassageKind, PassageStyle> = {
  copied: { name: 'copied', symbol: BAR_GLYPHS.copied, background: '#f9d7a8', text: PAGE_TEXT, underline: 'solid', line: '#7a4500' },
  paraphrased: { name: 'paraphrased', symbol: BAR_GLYPHS.paraphrased, background: '#cbe6f7', text: PAGE_TEXT, underline: 'wavy', line: '#0a5484' },
  'shared-quote': { name: 'shared quote', symbol: BAR_GLYPHS.quote, background: '#f3d9e8', text: PAGE_TEXT, underline: 'double', line: '#86315e' },
  unique: { name: 'unique', symbol: BAR_GLYPHS.unique, background: PAGE_BACKGROUND, text: PAGE_TEXT, underline: 'none', line: PAGE_TEXT },
  boilerplate: { name: 'boilerplate', symbol: '╌', background: '#f0f0f0', text: '#4d4d4d', underline: 'dotted', line: '#4d4d4d' },
};

export const PASSAGE_KINDS = Object.keys(PASSAGE_STYLE) as PassageKind[];

/**
 * The kind of a segment as the pages mark it: a copied or paraphrased sentence whose every
 * counterpart is a shared quote is a shared quote (a common primary source, not copying), as the
 * figures count it.
 */
export function passageKind(segment: Pick<Segment, 'label' | 'matches'>): PassageKind {
  if (segment.label === 'boilerplate' || segment.label === 'unique') return segment.label;
  if (sharedQuoteOnly(segment)) return 'shared-quote';
  return segment.label === 'copied' ? 'copied' : 'paraphrased';
}
