/**
 * Markdown as document text. Choice: the document text is the Markdown source itself with its
 * markup replaced by spaces, character for character, instead of a converted rendering. So the
 * text has exactly the length of the source, and every segment's offsets point at the same
 * characters in the .md file (after BOM removal) that the segment's text holds.
 *
 * What is blanked: front matter, heading marks (`#`, setext underlines), block-quote marks, list
 * bullets and numbers, thematic breaks, code fences, link reference definitions, HTML tags and
 * comments, emphasis marks, code-span backticks, link and image syntax (a link keeps its text,
 * an image is dropped), backslashes of escapes, table pipes. The line break inside a paragraph
 * becomes a space, since the later stages read one paragraph per line: a hard-wrapped paragraph
 * is one line of sentences, not one sentence per line. Entities (`&amp;`, `&#8217;`) become their
 * character followed by spaces.
 * Front matter's `title`, `author` and `date` fields are returned as metadata.
 */

export interface MarkdownMeta {
  title?: string;
  byline?: string;
  published?: string;
}

export interface MarkdownText {
  text: string;
  meta: MarkdownMeta;
}

const ENTITIES: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', mdash: '—', ndash: '–', hellip: '…',
  lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”', laquo: '«', raquo: '»', eacute: 'é', copy: '©',
};

const spaces = (s: string): string => s.replace(/[^\r\n]/g, ' ');

function entity(m: string, body: string): string {
  let c: string | undefined;
  if (body.startsWith('#')) {
    const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
    if (code >= 0x20 && code <= 0xffff && !(code >= 0x7f && code <= 0x9f) && !(code >= 0xd800 && code <= 0xdfff)) c = String.fromCharCode(code);
  } else c = ENTITIES[body];
  return c === undefined ? m : c + ' '.repeat(m.length - 1);
}

/** Markup inside one line of paragraph text, blanked; the line keeps its length. */
export function blankInline(line: string): string {
  return (
    line
      // images: dropped whole (alt text is a caption at best)
      .replace(/!\[[^\]\n]*\]\([^)\n]*\)/g, spaces)
      // links: [text](url "title") and [text][ref] keep their text
      .replace(/\[([^\]\n]*)\](\([^)\n]*\)|\[[^\]\n]*\])/g, (_m, text: string, rest: string) => ' ' + text + ' ' + spaces(rest))
      // autolinks <https://…> keep the address
      .replace(/<((?:https?|mailto):[^>\s]*)>/g, (_m, url: string) => ' ' + url + ' ')
      // HTML tags and comments on one line
      .replace(/<!--.*?-->|<\/?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?\/?>/g, spaces)
      // code-span backticks
      .replace(/`+/g, spaces)
      // emphasis and strike-through marks next to a word (not "5 * 3", not snake_case)
      .replace(/(\*{1,3}|_{1,3}|~~)/g, (m: string, _g: string, at: number, all: string) => {
        const before = all[at - 1] ?? ' ';
        const after = all[at + m.length] ?? ' ';
        const ws = (c: string) => /\s/.test(c);
        const word = (c: string) => /[\p{L}\p{N}]/u.test(c);
        if (ws(before) && ws(after)) return m;
        if (m[0] === '_' && word(before) && word(after)) return m;
        return spaces(m);
      })
      // backslash escapes
      .replace(/\\([!-/:-@[-`{-~])/g, ' $1')
      .replace(/&(#[0-9]{1,6}|#[xX][0-9a-fA-F]{1,5}|[a-z]{2,8});/g, entity)
  );
}

type Kind = 'blank' | 'paragraph' | 'own' | 'code';

/** Split into lines, each with its line ending. */
function linesOf(source: string): { body: string; eol: string }[] {
  const out: { body: string; eol: string }[] = [];
  const re = /\r\n|\n|\r/g;
  let pos = 0;
  for (let m = re.exec(source); m; m = re.exec(source)) {
    out.push({ body: source.slice(pos, m.index), eol: m[0] });
    pos = m.index + m[0].length;
  }
  out.push({ body: source.slice(pos), eol: '' });
  return out;
}

function frontMatter(lines: { body: string }[], meta: MarkdownMeta): number {
  if (lines[0]?.body.trim() !== '---') return 0;
  for (let i = 1; i < Math.min(lines.length, 200); i++) {
    const b = lines[i]!.body.trim();
    if (b === '---' || b === '...') {
      for (let k = 1; k < i; k++) {
        const m = /^(title|author|byline|date|published)\s*:\s*(.+?)\s*$/i.exec(lines[k]!.body);
        if (!m) continue;
        const value = m[2]!.replace(/^(["'])(.*)\1$/, '$2');
        const key = m[1]!.toLowerCase();
        if (key === 'title') meta.title = value;
        else if (key === 'author' || key === 'byline') meta.byline = value;
        else if (!Number.isNaN(Date.parse(value))) meta.published = value;
      }
      return i + 1;
    }
  }
  return 0;
}

export function markdownToText(source: string): MarkdownText {
  const meta: MarkdownMeta = {};
  const lines = linesOf(source);
  const kinds: Kind[] = [];
  const bodies: string[] = [];
  const skip = frontMatter(lines, meta);
  let fence: string | undefined;
  let comment = false;
  lines.forEach(({ body }, i) => {
    if (i < skip) return void (kinds.push('blank'), bodies.push(spaces(body)));
    if (fence !== undefined) {
      const closes = new RegExp(`^ {0,3}${fence[0] === '`' ? '`' : '~'}{${fence.length},}\\s*$`).test(body);
      if (closes) fence = undefined;
      return void (kinds.push(closes ? 'blank' : 'code'), bodies.push(closes ? spaces(body) : body));
    }
    if (comment || /^\s*<!--/.test(body)) {
      comment = !body.includes('-->');
      return void (kinds.push('blank'), bodies.push(spaces(body)));
    }
    const open = /^ {0,3}(`{3,}|~{3,})/.exec(body);
    if (open) {
      fence = open[1]!;
      return void (kinds.push('blank'), bodies.push(spaces(body)));
    }
    if (body.trim() === '') return void (kinds.push('blank'), bodies.push(body));
    // thematic break, or a setext underline (the paragraph above is a heading)
    if (/^ {0,3}([-*_])(\s*\1){2,}\s*$/.test(body) || (/^ {0,3}(=+|-+)\s*$/.test(body) && kinds[i - 1] === 'paragraph')) {
      if (kinds[i - 1] === 'paragraph') kinds[i - 1] = 'own';
      return void (kinds.push('blank'), bodies.push(spaces(body)));
    }
    if (/^ {0,3}\[[^\]]+\]:\s*\S+/.test(body)) return void (kinds.push('blank'), bodies.push(spaces(body)));
    let b = body;
    let kind: Kind = 'paragraph';
    const quote = /^(\s{0,3}>\s?)+/.exec(b);
    if (quote) b = spaces(quote[0]) + b.slice(quote[0].length);
    const rest = b.slice(quote?.[0].length ?? 0);
    const heading = /^( {0,3})(#{1,6})(\s+|$)/.exec(rest);
    const item = /^(\s*)([-*+•]|\d{1,9}[.)])(\s+)/.exec(rest);
    const prefix = quote?.[0].length ?? 0;
    if (heading) {
      kind = 'own';
      b = b.slice(0, prefix) + spaces(heading[0]) + rest.slice(heading[0].length).replace(/(\s+#+)?\s*$/, spaces);
    } else if (item) {
      kind = 'own';
      b = b.slice(0, prefix) + spaces(item[0]) + rest.slice(item[0].length);
    } else if (/^\s*\|/.test(rest)) {
      kind = 'own';
      b = /^[\s|:-]+$/.test(b) ? spaces(b) : b.replace(/\|/g, ' ');
    }
    b = blankInline(b).replace(/\\$/, ' ');
    kinds.push(kind);
    bodies.push(b);
  });
  // Join the lines of a paragraph: the break before a paragraph line that continues one becomes spaces.
  let text = '';
  lines.forEach(({ eol }, i) => {
    text += bodies[i]!;
    const next = kinds[i + 1];
    const joins = (kinds[i] === 'paragraph' || kinds[i] === 'own') && next === 'paragraph' && kinds[i] !== 'own';
    const itemContinues = kinds[i] === 'own' && next === 'paragraph' && /^\s{2,}\S/.test(lines[i + 1]!.body) && !/^\s{0,3}#/.test(lines[i]!.body);
    text += joins || itemContinues ? ' '.repeat(eol.length) : eol;
  });
  return { text, meta };
}
