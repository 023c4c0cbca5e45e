/**
 * Saved web pages: the article is extracted with Mozilla's Readability (the reader view of
 * Firefox) over linkedom, a light DOM. The document text is the extracted article, one paragraph
 * per line with a blank line between paragraphs (headings, list items, block quotes and captions
 * are paragraphs of their own), the page's title first. Segment offsets point into that text.
 *
 * The page's metadata (meta tags, JSON-LD, read by Readability; the canonical link) gives the
 * title, byline, site name, published time, language and address.
 *
 * Both libraries load only when an HTML page is read (they cost ~150 ms of start-up).
 */
import { createRequire } from 'node:module';
import type { OutletInfo } from '../types.js';

/** The little of the DOM this module touches (the project compiles without the DOM's types). */
interface DomNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
}
interface DomDocument {
  body: DomNode | null;
  querySelector(selector: string): { getAttribute(name: string): string | null; textContent: string | null } | null;
  querySelectorAll(selector: string): ArrayLike<{ textContent: string | null }>;
}
interface ReadabilityArticle {
  title?: string | null;
  content?: DomNode | null;
  byline?: string | null;
  siteName?: string | null;
  lang?: string | null;
  publishedTime?: string | null;
}
interface Libraries {
  parseHTML(html: string): { document: DomDocument };
  Readability: new (doc: DomDocument, options: { serializer: (n: DomNode) => DomNode }) => { parse(): ReadabilityArticle | null };
}

const require = createRequire(import.meta.url);
let libraries: Libraries | undefined;

function load(): Libraries {
  if (!libraries) {
    const { parseHTML } = require('linkedom') as Pick<Libraries, 'parseHTML'>;
    const { Readability } = require('@mozilla/readability') as Pick<Libraries, 'Readability'>;
    libraries = { parseHTML, Readability };
  }
  return libraries;
}

export type PageMeta = Partial<Pick<OutletInfo, 'title' | 'byline' | 'published' | 'language' | 'url'>> & { siteName?: string };

export type HtmlArticle = { ok: true; text: string; meta: PageMeta } | { ok: false; reason: string };

const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IMG', 'PICTURE', 'VIDEO', 'AUDIO', 'IFRAME', 'BUTTON', 'FORM', 'SELECT', 'INPUT']);
const BLOCK = new Set([
  'P', 'DIV', 'SECTION', 'ARTICLE', 'MAIN', 'HEADER', 'FOOTER', 'ASIDE', 'NAV', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6',
  'UL', 'OL', 'LI', 'BLOCKQUOTE', 'PRE', 'FIGURE', 'FIGCAPTION', 'TABLE', 'THEAD', 'TBODY', 'TR', 'TD', 'TH',
  'DL', 'DT', 'DD', 'HR', 'ADDRESS', 'DETAILS', 'SUMMARY', 'BR', 'CAPTION',
]);

/** What a paragraph inside a <blockquote> starts with: the analysis reads an indented paragraph as a block quotation. */
export const BLOCK_QUOTE_INDENT = '    ';

/**
 * The paragraphs of a DOM subtree: block elements end paragraphs, white space is collapsed; a
 * paragraph inside a <blockquote> is indented (BLOCK_QUOTE_INDENT).
 */
export function paragraphsOf(root: DomNode): string[] {
  const out: string[] = [];
  let current = '';
  let quoteDepth = 0;
  const flush = (): void => {
    const t = current.replace(/\s+/g, ' ').trim();
    if (t !== '') out.push(quoteDepth > 0 ? BLOCK_QUOTE_INDENT + t : t);
    current = '';
  };
  const walk = (n: DomNode): void => {
    if (n.nodeType === 3) {
      current += n.textContent ?? '';
      return;
    }
    if (n.nodeType !== 1 && n.nodeType !== 9 && n.nodeType !== 11) return;
    const name = n.nodeName.toUpperCase();
    if (SKIP.has(name)) return;
    const block = BLOCK.has(name);
    if (block) flush();
    if (name === 'BLOCKQUOTE') quoteDepth++;
    for (let i = 0; i < n.childNodes.length; i++) walk(n.childNodes[i]!);
    if (block) flush();
    if (name === 'BLOCKQUOTE') quoteDepth--;
  };
  walk(root);
  flush();
  return out;
}

const clean = (s: string | null | undefined): string | undefined => {
  const t = s?.replace(/\s+/g, ' ').trim().slice(0, 300);
  return t ? t : undefined;
};

/** The encoding a page declares in its first bytes (`<meta charset>`), lower-cased. */
export function declaredCharset(bytes: Uint8Array): string | undefined {
  const head = Buffer.from(bytes.subarray(0, 4096)).toString('latin1');
  return /<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)/i.exec(head)?.[1]?.toLowerCase();
}

/** An <h1> of three words or more, most of them in the page's title, reads as its headline (not a logo). */
function headlineOf(h1: string, title: string | undefined): boolean {
  const words = h1.toLowerCase().split(/\s+/);
  if (words.length < 3 || title === undefined) return false;
  const inTitle = new Set(title.toLowerCase().split(/\s+/));
  return words.filter((w) => inTitle.has(w)).length * 2 >= words.length;
}

/** Does this text look like an HTML page (for standard input, which has no file name)? */
export const looksLikeHtml = (text: string): boolean => /^\s*(<!--[\s\S]*?-->\s*)*<(!doctype\s+html|html|head|body)\b/i.test(text);

export function extractHtmlArticle(html: string): HtmlArticle {
  const { parseHTML, Readability } = load();
  const { document } = parseHTML(html);
  const meta: PageMeta = {};
  const url = clean(document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? document.querySelector('meta[property="og:url"]')?.getAttribute('content'));
  if (url && /^https?:\/\//i.test(url)) meta.url = url;
  const lang = clean(document.querySelector('html')?.getAttribute('lang'));
  // The page's own headings, read before Readability takes the document apart.
  const h1s = Array.from(document.querySelectorAll('h1'), (h) => clean(h.textContent)).filter((h): h is string => h !== undefined);
  let article: ReadabilityArticle | null = null;
  try {
    article = new Readability(document, { serializer: (n) => n }).parse();
  } catch {
    article = null;
  }
  let paragraphs = article?.content ? paragraphsOf(article.content) : [];
  if (paragraphs.length === 0) paragraphs = document.body ? paragraphsOf(document.body) : [];
  if (paragraphs.length === 0) return { ok: false, reason: 'no article text found in the page' };
  // The headline: an <h1> the article starts with; else one Readability left out because it
  // repeats the title (still the better headline); else Readability's title.
  const readabilityTitle = clean(article?.title);
  const title =
    h1s.find((h) => paragraphs.slice(0, 2).includes(h)) ?? h1s.find((h) => !paragraphs.includes(h) && headlineOf(h, readabilityTitle)) ?? readabilityTitle;
  if (title && !paragraphs.slice(0, 2).includes(title)) paragraphs.unshift(title);
  if (title) meta.title = title;
  const byline = clean(article?.byline);
  if (byline) meta.byline = byline;
  const siteName = clean(article?.siteName);
  if (siteName) meta.siteName = siteName;
  const published = clean(article?.publishedTime);
  if (published && !Number.isNaN(Date.parse(published))) meta.published = published;
  const language = clean(article?.lang) ?? lang;
  if (language) meta.language = language;
  return { ok: true, text: paragraphs.join('\n\n') + '\n', meta };
}
