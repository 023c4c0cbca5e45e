/**
 * The Markdown and YAML parsers, in a module of their own so that they load only when a Markdown
 * file is read (markdown.ts imports this dynamically; scripts/bundle.mjs builds it as an ES module
 * of its own, markdown-syntax.mjs, beside the command line).
 *
 * Markdown is CommonMark with GitHub's extensions (tables, strike-through, literal autolinks,
 * footnotes, task lists) and YAML front matter, read by micromark into an mdast tree whose every
 * node knows its offsets in the source.
 */
import { decodeNamedCharacterReference } from 'decode-named-character-reference';
import type { Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { frontmatter } from 'micromark-extension-frontmatter';
import { gfm } from 'micromark-extension-gfm';
import { parse as parseYamlText } from 'yaml';

export function parseMarkdown(source: string): Root {
  return fromMarkdown(source, {
    extensions: [gfm(), frontmatter(['yaml'])],
    mdastExtensions: [gfmFromMarkdown(), frontmatterFromMarkdown(['yaml'])],
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
