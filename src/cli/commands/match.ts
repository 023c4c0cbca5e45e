/**
 * `wiretrace match ARTICLE… [--archive A] [--json] [--add]`: the archived articles that share text
 * with the given ones, ranked (README, "Archive"). `--add` adds the articles after matching.
 */
import { usageError } from '../../errors.js';
import type { AddressOptions } from '../../ingest/addresses.js';
import { formatMatches } from '../../archive/format-matches.js';
import { matchJson } from '../../archive/match-json.js';
import { withArchive } from '../../archive/use-archive.js';
import { toJson } from '../json-output.js';
import { loadMatch } from '../load-match.js';
import { writeStdout } from '../output.js';

export async function run(paths: string[], options: { archive?: string; json?: boolean; add?: boolean; addresses?: AddressOptions; jobs?: number }): Promise<void> {
  if (paths.length === 0) throw usageError('match needs an article: a file, a folder or - (standard input)');
  await withArchive(options.archive, async (store) => {
    const { match, documents } = await loadMatch(store, paths, options.addresses, options.jobs);
    if (options.add) {
      const outcomes = store.add(documents, new Date().toISOString());
      for (const o of outcomes) if (o.added) process.stderr.write(`wiretrace: added ${o.file} to the archive as #${o.id}\n`);
    }
    writeStdout(options.json ? toJson(matchJson(match)) + '\n' : formatMatches(match));
  });
}
