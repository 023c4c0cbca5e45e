/**
 * A whole, self-contained HTML page: the style sheet and the optional script inline, nothing
 * fetched. The page's Content-Security-Policy allows only that one style sheet and that one
 * script (by their SHA-256 hashes) and no network at all, so even a page someone edited cannot
 * load or send anything; the page reads the same with JavaScript off.
 */
import { createHash } from 'node:crypto';
import { plainText, truncateText } from '../report/markdown-escape.js';
import { escapeHtml } from './html-escape.js';
import { pageStyle } from './page-style.js';

const sha256 = (text: string): string => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

const TITLE_LENGTH = 60;

export interface PageParts {
  title: string;
  /** The page's content (already HTML). */
  body: string;
  /** A script run at the end of the body (progressive enhancement only). */
  script?: string;
}

export function htmlPage(parts: PageParts): string {
  const style = pageStyle();
  const policy = [`default-src 'none'`, `style-src ${sha256(style)}`, parts.script ? `script-src ${sha256(parts.script)}` : `script-src 'none'`, `img-src data:`, `base-uri 'none'`, `form-action 'none'`].join('; ');
  return [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<meta http-equiv="Content-Security-Policy" content="${policy}">`,
    '<meta name="generator" content="wiretrace">',
    // A window's or tab's title: short (the whole title is the page's heading).
    `<title>${escapeHtml(truncateText(plainText(parts.title), TITLE_LENGTH))}</title>`,
    `<style>${style}</style>`,
    '</head>',
    '<body>',
    parts.body,
    ...(parts.script ? [`<script>${parts.script}</script>`] : []),
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
