/**
 * Sections whose wording the Markdown report already builds (findings, each arrow's evidence, the
 * method) are shown in the HTML page from that same Markdown, rendered by marked: one wording,
 * never written twice. The Markdown's builders escape all article text (HTML's `& < >` as
 * character references, Markdown's own characters with backslashes), so marked turns it back
 * into text, never into markup.
 */
import { Marked, type Tokens } from 'marked';

const ALIGN_CLASS = { left: '', center: ' class="sym"', right: ' class="num"' } as const;

const marked = new Marked({
  gfm: true,
  async: false,
  renderer: {
    // A table column's alignment as the style sheet's classes (HTML's `align` attribute is obsolete).
    tablecell(cell: Tokens.TableCell): string {
      const tag = cell.header ? 'th' : 'td';
      return `<${tag}${cell.align ? ALIGN_CLASS[cell.align] : ''}>${this.parser.parseInline(cell.tokens)}</${tag}>\n`;
    },
  },
});

/** Markdown blocks (paragraphs, lists, tables) as HTML. */
export function markdownBlocks(lines: readonly string[]): string {
  return (marked.parse(lines.join('\n')) as string).trimEnd();
}

/** One line of Markdown (emphasis, code) as inline HTML. */
export function markdownInline(line: string): string {
  return marked.parseInline(line) as string;
}
