/**
 * Markdown as document text. Choice: the document text is the Markdown source itself with its
 * markup replaced by spaces, character for character, instead of a converted rendering. So the
 * text has exactly the length of the source, and every segment's offsets point at the same
 * characters in the .md file (after BOM removal) that the segment's text holds.
 *
 * The source is read by a real parser (CommonMark with GitHub's extensions and YAML front matter:
 * markdown-syntax.ts), and each piece of text the tree holds is put back where it stands in the
 * source; everything else is blank. Kept: the text of paragraphs, headings, list items, block
 * quotes, table cells, footnotes, link text, inline code. Blanked: front matter, every mark (`#`,
 * `>`, bullets, list numbers, emphasis, backticks, pipes, link and image syntax with their
 * addresses), images (their alt text is a caption at best), code blocks (fenced or indented: not
 * prose), HTML, link definitions, thematic breaks, escapes' backslashes. A character reference
 * (`&agrave;`, `&#8217;`) becomes its character followed by spaces. A line break inside a
 * paragraph, heading or table cell becomes a space, since the later stages read one paragraph per
 * line: a hard-wrapped paragraph is one line of sentences, not one sentence per line.
 *
 * One departure from CommonMark: emphasis marks between digits (`2*3*4`) are arithmetic, not
 * emphasis, and are kept.
 *
 * Front matter's `title`, `author` (or `byline`) and `date` (or `published`) are returned as
 * metadata. The parsers load only when a Markdown file is read: loadMarkdownReader() first.
 */
import type { Nodes, Root } from 'mdast';
import type { Span } from '../types.js';

export interface MarkdownMeta {
  title?: string;
  byline?: string;
  published?: string;
}

export interface MarkdownText {
  text: string;
  meta: MarkdownMeta;
  /** Where the source prints block quotations (`> …`): quoted material, though no quote mark is printed. */
  blockQuotes: Span[];
}

type Syntax = typeof import('./markdown-syntax.js');
let syntax: Syntax | undefined;

/** Load the Markdown and YAML parsers (once); markdownToText needs them. */
export async function loadMarkdownReader(): Promise<void> {
  syntax ??= await import('./markdown-syntax.js');
}

/** Nodes with no text a reader would read as the article's. */
const BLANKED: ReadonlySet<string> = new Set(['code', 'html', 'yaml', 'definition', 'image', 'imageReference', 'footnoteReference', 'thematicBreak', 'break']);
/** Nodes whose line breaks are spaces: one paragraph, one line. */
const JOINED: ReadonlySet<string> = new Set(['paragraph', 'heading', 'tableCell']);

const ENTITY = /^&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});/;
const isLineEnd = (c: string | undefined): boolean => c === '\n' || c === '\r';
const isDigit = (c: string | undefined): boolean => c !== undefined && c >= '0' && c <= '9';

/**
 * Put a text node's value back over its span of the source. The value is the source less markup
 * that can sit inside text (escapes' backslashes, a container's `>` and indentation on later
 * lines), with character references decoded: walk both, copying what matches.
 */
function place(out: string[], source: string, value: string, start: number, end: number, s: Syntax): void {
  let i = start;
  let j = 0;
  while (i < end && j < value.length) {
    const c = source[i]!;
    if (c === value[j]) {
      out[i++] = c;
      j++;
      continue;
    }
    // A line break inside inline code is a space in its value.
    if (isLineEnd(c) && value[j] === ' ') {
      i += c === '\r' && source[i + 1] === '\n' ? 2 : 1;
      j++;
      continue;
    }
    if (c === '&') {
      const m = ENTITY.exec(source.slice(i, i + 40));
      const name = m?.[1];
      const decoded = name === undefined ? undefined : name.startsWith('#') ? String.fromCodePoint(value.codePointAt(j)!) : s.namedCharacter(name);
      if (m && decoded !== undefined && value.startsWith(decoded, j) && decoded.length <= m[0].length) {
        for (let k = 0; k < decoded.length; k++) out[i + k] = decoded[k]!;
        i += m[0].length;
        j += decoded.length;
        continue;
      }
    }
    i++; // markup: stays blank
  }
}

/** `2*3*4`: marks with a digit on both sides, which CommonMark reads as emphasis. */
function arithmetic(source: string, start: number, end: number): boolean {
  return isDigit(source[start - 1]) && isDigit(source[end]);
}

const oneLine = (v: unknown): string | undefined => {
  const t = typeof v === 'string' || typeof v === 'number' ? String(v).replace(/\s+/g, ' ').trim().slice(0, 300) : '';
  return t === '' ? undefined : t;
};

/** A person as front matter gives one: a string, a list of them, or `{ name: … }`. */
function personOf(v: unknown): string | undefined {
  if (Array.isArray(v)) return oneLine(v.map(personOf).filter((x) => x !== undefined).join(', '));
  if (v !== null && typeof v === 'object') return oneLine((v as Record<string, unknown>)['name']);
  return oneLine(v);
}

function frontMatterMeta(yaml: string, s: Syntax): MarkdownMeta {
  const data = s.parseYaml(yaml);
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return {};
  const fields = new Map(Object.entries(data as Record<string, unknown>).map(([k, v]) => [k.toLowerCase(), v]));
  const meta: MarkdownMeta = {};
  const title = oneLine(fields.get('title'));
  if (title !== undefined) meta.title = title;
  const byline = personOf(fields.get('author') ?? fields.get('byline'));
  if (byline !== undefined) meta.byline = byline;
  const date = fields.get('date') ?? fields.get('published');
  const published = date instanceof Date && !Number.isNaN(date.getTime()) ? date.toISOString() : oneLine(date);
  if (published !== undefined && !Number.isNaN(Date.parse(published))) meta.published = published;
  return meta;
}

export function markdownToText(source: string): MarkdownText {
  const s = syntax;
  if (!s) throw new Error('markdownToText: call loadMarkdownReader() first');
  const tree: Root = s.parseMarkdown(source);
  // One entry per UTF-16 unit, as offsets count.
  const units = source.split('').map((c) => (isLineEnd(c) ? c : ' '));
  const joined: [number, number][] = [];
  let meta: MarkdownMeta = {};
  const blockQuotes: Span[] = [];
  const walk = (node: Nodes): void => {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (node.type === 'yaml') meta = frontMatterMeta(node.value, s);
    if (BLANKED.has(node.type) || start === undefined || end === undefined) return;
    if (node.type === 'text' || node.type === 'inlineCode') return place(units, source, node.value, start, end, s);
    if ((node.type === 'emphasis' || node.type === 'strong') && arithmetic(source, start, end)) {
      const marks = node.type === 'strong' ? 2 : 1;
      for (let k = 0; k < marks; k++) {
        units[start + k] = source[start + k]!;
        units[end - 1 - k] = source[end - 1 - k]!;
      }
    }
    if (JOINED.has(node.type)) joined.push([start, end]);
    if (node.type === 'blockquote') blockQuotes.push({ start, end });
    if ('children' in node) for (const child of node.children) walk(child);
  };
  walk(tree);
  for (const [start, end] of joined) for (let k = start; k < end; k++) if (isLineEnd(units[k])) units[k] = ' ';
  return { text: units.join(''), meta, blockQuotes };
}
