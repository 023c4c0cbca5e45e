/**
 * How labels, relations and highlights look. Every label has a symbol as well as a colour, so the
 * screen reads the same with NO_COLOR set (https://no-color.org): then no colour is used at all,
 * only symbols, bold, dim and inverse.
 */
import type { Label, Relation } from '../types.js';
import { BAR_GLYPHS } from '../summary/format-summary.js';

/** What a piece of text is; the theme turns it into colour (or not). */
export type Tone =
  | 'copied'
  | 'paraphrased'
  | 'unique'
  | 'quote'
  | 'boilerplate'
  | 'accent'
  | 'muted'
  | 'deleted'
  | 'inserted'
  | 'match'
  | 'good'
  | 'bad';

export const LABEL_SYMBOL: Record<Label, string> = {
  copied: BAR_GLYPHS.copied,
  paraphrased: BAR_GLYPHS.paraphrased,
  unique: BAR_GLYPHS.unique,
  boilerplate: '╌',
};
export const QUOTE_SYMBOL = BAR_GLYPHS.quote;
export const ORIGIN_SYMBOL = '*';
export const ABSENT_SYMBOL = '─';
export const POINTER = '▌';

export const RELATION_LABEL: Record<Relation, Label> = {
  identical: 'copied',
  'near-verbatim': 'copied',
  paraphrase: 'paraphrased',
};

export interface ToneStyle {
  color?: string;
  backgroundColor?: string;
  dimColor?: boolean;
  bold?: boolean;
  inverse?: boolean;
}

export interface Theme {
  noColor: boolean;
  tone(tone: Tone): ToneStyle;
}

const COLOURS: Record<Tone, ToneStyle> = {
  copied: { color: 'magenta' },
  paraphrased: { color: 'yellow' },
  unique: { color: 'green' },
  quote: { color: 'cyan' },
  boilerplate: { dimColor: true },
  accent: { color: 'cyan' },
  muted: { dimColor: true },
  deleted: { color: 'red', inverse: true },
  inserted: { color: 'green', inverse: true },
  match: { color: 'blue', inverse: true },
  good: { color: 'green' },
  bad: { color: 'red', bold: true },
};

const PLAIN: Record<Tone, ToneStyle> = {
  copied: {},
  paraphrased: {},
  unique: {},
  quote: {},
  boilerplate: { dimColor: true },
  accent: {},
  muted: { dimColor: true },
  deleted: { inverse: true },
  inserted: { inverse: true },
  match: { inverse: true },
  good: {},
  bad: { bold: true },
};

export function makeTheme(noColor: boolean): Theme {
  const table = noColor ? PLAIN : COLOURS;
  return { noColor, tone: (t) => table[t] };
}

/** NO_COLOR set to anything but the empty string turns colour off. */
export function noColorRequested(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.NO_COLOR !== undefined && env.NO_COLOR !== '';
}
