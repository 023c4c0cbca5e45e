/**
 * The findings: plain sentences a reader wants first, each read off the analysis result (edges,
 * attributions, fingerprints, figures, common quoted sources). Nothing here names an outlet
 * itself; every name comes from the result.
 */
import type { AnalysisResult, AnalyzedDocument, Attribution, ProvenanceEdge } from '../types.js';
import { escapeExcerpt, escapeMarkdown } from './markdown-escape.js';
import { possessive } from '../text/possessive.js';
import { authorName, documentLookup, outletName, type DocumentLookup } from './outlet-names.js';
import { percent, shareParts } from '../text/percent.js';
import { sharedContentSentence } from '../text/shared-content.js';
import { creditVerdict } from '../provenance/credit-verdict.js';
import { byCode } from '../text/code-order.js';

const ATTRIBUTION_LENGTH = 80;
const QUOTE_EXCERPT_LENGTH = 60;

const times = (n: number): string => (n === 1 ? 'once' : n === 2 ? 'twice' : `${n} times`);
const quoted = (text: string): string => `‘${escapeExcerpt(text, ATTRIBUTION_LENGTH)}’`;

function listJoin(items: readonly string[]): string {
  if (items.length <= 2) return items.join(' and ');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** Attributions in `to` that name `from`'s agency, outlet or id. */
function creditsFor(result: AnalysisResult, lookup: DocumentLookup, e: ProvenanceEdge): Attribution[] {
  const from = lookup(e.from);
  const names = [from?.outlet.agency, from?.outlet.name, e.from].filter((n): n is string => !!n).map((n) => n.toLowerCase());
  const attributions = result.provenance.documents.find((d) => d.document === e.to)?.attributions ?? [];
  return attributions.filter((a) => {
    const source = a.source.toLowerCase();
    return names.some((n) => n === source || n.includes(source) || source.includes(n));
  });
}

/** Sentences of `to`'s article with a counterpart in `from`, and how many of them are shared quotes. */
function reusedSentences(to: AnalyzedDocument | undefined, from: string): { sentences: number; quotes: number } {
  let sentences = 0;
  let quotes = 0;
  for (const s of to?.segments ?? []) {
    if (s.label === 'boilerplate') continue;
    const ms = s.matches.filter((m) => m.document === from);
    if (ms.length === 0) continue;
    sentences++;
    if (ms.every((m) => m.quote)) quotes++;
  }
  return { sentences, quotes };
}

function edgeFinding(result: AnalysisResult, lookup: DocumentLookup, e: ProvenanceEdge): string {
  const to = escapeMarkdown(outletName(lookup, e.to));
  const from = escapeMarkdown(authorName(lookup, e.from));
  if (!e.directionClear) {
    // Neither text shows which came first: shared text, no verdict on who copied or credits whom.
    const source = escapeMarkdown(outletName(lookup, e.from));
    return `**${source}** and **${to}** share text (${percent(e.share)} of ${possessive(to)} article: ${shareParts(e)}), and the texts give no clear sign of which came first (confidence ${e.confidence.toFixed(2)}).`;
  }
  const kind = e.basis === 'agency-copy' ? `written from ${possessive(from)} agency story` : e.copiedShare >= e.paraphrasedShare ? 'mostly copied' : 'mostly reworded';
  let line = `**${possessive(to)}** article draws ${percent(e.share)} on ${from}, ${kind} (${shareParts(e)})`;
  const reused = reusedSentences(lookup(e.to), e.from);
  if (reused.quotes > 0) {
    line += `; ${reused.quotes} of the ${reused.sentences} sentences it shares with ${from} ${reused.quotes === 1 ? 'is a quotation' : 'are quotations'} both carry`;
  }
  const credits = creditsFor(result, lookup, e);
  const verdict = creditVerdict(e);
  // No verdict for a text written from agency copy that names no source (the direction is clear here).
  if (verdict === 'none') return `${line} (confidence ${e.confidence.toFixed(2)}).`;
  if (verdict === 'not-credited') line += `; ${from} is **not credited**`;
  else if (credits.length === 1) line += `; credited: ${quoted(credits[0]!.text)}`;
  else if (credits.length > 1) line += `; it credits ${from} ${times(credits.length)}: ${credits.map((a) => quoted(a.text)).join(', ')}`;
  else line += '; credited';
  return `${line} (confidence ${e.confidence.toFixed(2)}).`;
}

function sourceFinding(result: AnalysisResult, lookup: DocumentLookup, id: string, edges: readonly ProvenanceEdge[]): string | undefined {
  const out = edges.filter((e) => e.from === id && e.directionClear);
  const prov = result.provenance.documents.find((d) => d.document === id);
  const fingerprint = prov?.agencyCopy ? prov.fingerprints[0] : undefined;
  const name = escapeMarkdown(outletName(lookup, id));
  const parts: string[] = [];
  if (out.length > 0) {
    const takers = out.map((e) => `${escapeMarkdown(outletName(lookup, e.to))} (${percent(e.share)})`);
    parts.push(`its text is reused by ${listJoin(takers)}`);
  }
  if (prov?.agencyCopy) {
    parts.push(`it reads as ${fingerprint ? `${escapeMarkdown(fingerprint.agency)} ` : 'agency '}wire copy${fingerprint ? ` (${quoted(fingerprint.text)})` : ''}`);
  }
  return parts.length > 0 ? `**${name}**: ${parts.join('; ')}.` : undefined;
}

/** Statements `id` quotes that others quote too, and how many of them only `id` words its way. */
function quotedStatements(result: AnalysisResult, id: string): { statements: number; ownWording: number } {
  let statements = 0;
  let ownWording = 0;
  for (const q of result.provenance.sources) {
    const mine = new Set(q.quotedBy.filter((b) => b.document === id).map((b) => b.variant));
    if (mine.size === 0) continue;
    statements++;
    if (!q.quotedBy.some((b) => b.document !== id && mine.has(b.variant))) ownWording++;
  }
  return { statements, ownWording };
}

const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

function isolatedFinding(result: AnalysisResult, d: AnalyzedDocument): string {
  const name = `**${escapeMarkdown(d.outlet.name)}**`;
  const s = d.stats;
  if (s.articleWords === 0) return `${name} has no article text: everything on its page is navigation, captions or other page furniture.`;
  if (s.copiedWords + s.paraphrasedWords === 0) return `${name} shares no text with the others: its whole article is its own.`;
  const article = d.segments.filter((x) => x.label !== 'boilerplate' && x.matches.length > 0);
  const prose = article.filter((x) => !x.matches.every((m) => m.quote));
  if (prose.some((x) => x.label === 'copied')) {
    return `${name}: ${percent(s.copiedProse)} of its article is copied and ${percent(s.paraphrasedProse)} paraphrased prose that other outlets also carry; no direction of reuse could be established.`;
  }
  const parts = [prose.length > 0 ? `${name} shares no prose with the others word for word` : `${name} shares no prose with the others`];
  const q = quotedStatements(result, d.id);
  if (q.statements > 0) {
    const own =
      q.ownWording === q.statements
        ? `, ${q.statements === 1 ? 'in a wording' : 'each in a wording'} no other outlet uses (another translation or rendering of the same words)`
        : q.ownWording > 0
          ? `, ${q.ownWording} of them in a wording no other outlet uses`
          : '';
    parts.push(`it quotes ${plural(q.statements, 'statement', 'statements')} that others quote too${own}`);
  }
  if (prose.length > 0) parts.push(`${plural(prose.length, 'sentence', 'sentences')} of its own ${prose.length === 1 ? 'is' : 'are'} paraphrased elsewhere`);
  return `${parts.join('; ')}.`;
}

/** The findings of a large collection: one sentence per edge given (the strongest), nothing per document. */
export function renderEdgeFindings(result: AnalysisResult, edges: readonly ProvenanceEdge[]): string[] {
  const lookup = documentLookup(result);
  return edges.map((e) => `- ${edgeFinding(result, lookup, e)}`);
}

export function renderFindings(result: AnalysisResult): string[] {
  const lookup = documentLookup(result);
  const p = result.provenance;
  const edges = [...p.edges].sort((a, b) => b.share - a.share || byCode(a.to, b.to) || byCode(a.from, b.from));
  const lines: string[] = [];
  for (const e of edges) lines.push(edgeFinding(result, lookup, e));
  for (const d of result.documents) {
    const line = sourceFinding(result, lookup, d.id, edges);
    if (line) lines.push(line);
  }
  for (const d of result.documents) {
    if (edges.some((e) => e.from === d.id || e.to === d.id)) continue;
    if (p.documents.find((x) => x.document === d.id)?.agencyCopy) continue;
    lines.push(isolatedFinding(result, d));
  }
  if (p.sources.length > 0) {
    const speakers = [...new Set(p.sources.map((s) => s.speaker).filter((s): s is string => !!s))].map((s) => escapeMarkdown(s));
    const first = p.sources[0]!;
    lines.push(
      `${p.sources.length} statement${p.sources.length === 1 ? ' is' : 's are'} quoted by two or more outlets${speakers.length ? ` (${listJoin(speakers)})` : ''}, ` +
        `such as “${escapeExcerpt(first.statement, QUOTE_EXCERPT_LENGTH)}”: shared quotes point to a common primary source, not to copying between outlets.`,
    );
  }
  const quoteUnits = result.units.filter((u) => u.quote).length;
  lines.push(sharedContentSentence(result.units.length, quoteUnits, 'outlet'));
  const own = [...result.documents]
    .filter((d) => d.stats.articleWords > 0)
    .sort((a, b) => b.stats.unique - a.stats.unique || byCode(a.id, b.id))
    .map((d) => `${escapeMarkdown(d.outlet.name)} ${percent(d.stats.unique)}`);
  if (own.length > 0) lines.push(`Share of each article found in no other outlet: ${own.join(', ')}.`);
  return lines.map((l) => `- ${l}`);
}
