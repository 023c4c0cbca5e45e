/**
 * The Markdown and YAML parsers, in a module of their own so that they load only when a Markdown
 * file is read (markdown.ts imports this dynamically; scripts/bundle.mjs builds it as an ES module
 * of its own, markdown-syntax.mjs, beside the command line).
 *
 * Markdown is CommonMark with GitHub's extensions (tables, strike-through, footnotes, task lists)
 * and YAML front matter, read by micromark into an mdast tree whose every node knows its offsets in
 * the source. GitHub's literal autolinks (`www.example.org`) are left out: as links or as text they
 * read the same, and that extension made parsing a third slower on articles and four times slower
 * on long lines (README, "Markdown").
 */
import { decodeNamedCharacterReference } from 'decode-named-character-reference';
import type { Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter';
import { gfmFootnoteFromMarkdown } from 'mdast-util-gfm-footnote';
import { gfmStrikethroughFromMarkdown } from 'mdast-util-gfm-strikethrough';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmTaskListItemFromMarkdown } from 'mdast-util-gfm-task-list-item';
import { frontmatter } from 'micromark-extension-frontmatter';
import { gfmFootnote } from 'micromark-extension-gfm-footnote';
import { gfmStrikethrough } from 'micromark-extension-gfm-strikethrough';
import { gfmTable } from 'micromark-extension-gfm-table';
import { gfmTaskListItem } from 'micromark-extension-gfm-task-list-item';
import { parse as parseYamlText } from 'yaml';

export function parseMarkdown(source: string): Root {
  return fromMarkdown(source, {
    extensions: [gfmFootnote(), gfmStrikethrough(), gfmTable(), gfmTaskListItem(), frontmatter(['yaml'])],
    mdastExtensions: [gfmFootnoteFromMarkdown(), gfmStrikethroughFromMarkdown(), gfmTableFromMarkdown(), gfmTaskListItemFromMarkdown(), frontmatterFromMarkdown(['yaml'])],
  });
}

/** A YAML document's value, or undefined when it is not valid YAML. */
export function parseYaml(text: string): unknown {
  try {
    return parseYamlText(text, { uniqueKeys: false, maxAliasCount: 100 });
  } catch {
    return undefined;
  }
}

/** The character(s) a named reference (`agrave` of `&agrave;`) stands for, or undefined. */
export function namedCharacter(name: string): string | undefined {
  const c = decodeNamedCharacterReference(name);
  return c === false ? undefined : c;
}
