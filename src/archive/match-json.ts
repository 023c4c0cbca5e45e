/**
 * `match --json`: the analysis contract (AnalysisResult: the given articles and the archived
 * candidates, which keep the ids `archive-<id>`) with one more field, `archive`: which documents
 * are archived articles (their archive ids) and, per given article, the ranked matches.
 */
import type { AnalysisResult } from '../types.js';
import type { ArchiveMatch } from './match-archive.js';
import { rankMatches, type RankedMatch } from './rank-matches.js';

export interface MatchJson extends AnalysisResult {
  archive: {
    candidates: { document: string; id: number }[];
    articles: { document: string; archived?: number; matches: RankedMatch[] }[];
  };
}

export function matchJson(match: ArchiveMatch): MatchJson {
  const ids = new Set(match.archived.keys());
  return {
    ...match.result,
    archive: {
      candidates: [...match.archived].map(([document, a]) => ({ document, id: a.id })),
      articles: match.articles.map((document) => {
        const archived = match.alreadyArchived.get(document);
        return { document, ...(archived === undefined ? {} : { archived }), matches: rankMatches(match.result, document, ids) };
      }),
    },
  };
}
