/** The plain-text answer of `wiretrace match`: per given article, the ranked archived articles and their passages. */
import { sanitizeForTerminal } from '../terminal/sanitize.js';
import { percent } from '../text/percent.js';
import type { ArchiveMatch } from './match-archive.js';
import { rankMatches, type RankedMatch } from './rank-matches.js';
import { creditWords } from '../provenance/credit-verdict.js';

/** Passages shown per archived article; `--json` has them all. */
const PASSAGES_SHOWN = 3;
const clip = (s: string, n = 140): string => {
  const t = sanitizeForTerminal(s).replace(/\s+/g, ' ').trim();
  return t.length > n ? `${t.slice(0, n - 1)}…` : t;
};

function edgeLine(m: RankedMatch, article: string, archiveId: string): string {
  const e = m.edge;
  if (!e) return 'no reuse edge (too little shared prose for the analysis to say who took from whom)';
  // An edge whose direction nothing supports claims no order and gives no credit verdict (credit-verdict.ts).
  if (!e.directionClear) return `${archiveId} ↔ ${article}: ${creditWords(e)}, no credit verdict`;
  const dir = e.from === m.document ? `${archiveId} → ${article}` : `${article} → ${archiveId}`;
  return `${dir}, ${creditWords(e, 'uncredited')}`;
}

export function formatMatches(match: ArchiveMatch): string {
  const out: string[] = [];
  const archivedIds = new Set(match.archived.keys());
  for (const article of match.articles) {
    const doc = match.result.documents.find((d) => d.id === article)!;
    const ranked = rankMatches(match.result, article, archivedIds);
    const name = sanitizeForTerminal(doc.file);
    const already = match.alreadyArchived.get(article);
    out.push(
      `${name}: ${ranked.length === 0 ? 'no archived article shares text with it' : `${ranked.length} archived article${ranked.length === 1 ? ' shares' : 's share'} text with it`}` +
        ` (${match.archived.size} candidate${match.archived.size === 1 ? '' : 's'} compared${already !== undefined ? `; it is in the archive itself as #${already}` : ''})`,
    );
    ranked.forEach((m, i) => {
      const a = match.archived.get(m.document)!;
      const id = `#${a.id}`;
      out.push(
        `  ${i + 1}. ${id} ${clip(m.outlet, 40)} (${clip(m.file, 60)}): ${percent(m.share)} of the article` +
          ` (copied ${percent(m.copiedProse)}, paraphrased ${percent(m.paraphrasedProse)}, shared quotes ${percent(m.sharedQuote)}); ${edgeLine(m, name, id)}`,
      );
      for (const p of m.passages.slice(0, PASSAGES_SHOWN)) out.push(`       ${p.relation}${p.quote ? ', quote' : ''}: "${clip(p.text)}"`);
      if (m.passages.length > PASSAGES_SHOWN) out.push(`       … ${m.passages.length - PASSAGES_SHOWN} more (--json lists all)`);
    });
  }
  return out.join('\n') + '\n';
}
