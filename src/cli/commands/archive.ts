/**
 * `wiretrace archive add|list|show|remove|stats`: the reference archive (README, "Archive").
 * `add` reads its inputs with the small path's own reader (same formats, limits, warnings), then
 * adds them in one transaction; an article whose text is already there is skipped and said so.
 */
import { inputError, usageError } from '../../errors.js';
import type { AddressOptions } from '../../ingest/addresses.js';
import { loadDocuments } from '../../ingest/load-documents.js';
import type { ArchiveStore } from '../../archive/archive-store.js';
import { withArchive } from '../../archive/use-archive.js';
import { sanitizeForTerminal } from '../../terminal/sanitize.js';
import { toJson } from '../json-output.js';
import { warn, writeStdout } from '../output.js';

export interface ArchiveOptions {
  archive?: string;
  json?: boolean;
  /** How `archive add` fetches web addresses. */
  addresses?: AddressOptions;
}

const ACTIONS = ['add', 'list', 'show', 'remove', 'stats'] as const;
const clean = (s: string): string => sanitizeForTerminal(s);

export function parseArticleId(s: string | undefined): number {
  if (s === undefined || !/^#?\d{1,15}$/.test(s)) throw usageError(`an archive article id is a number (as "archive list" shows it)${s === undefined ? '' : `, not "${s}"`}`);
  return Number(s.replace('#', ''));
}

const size = (bytes: number): string => (bytes < 1048576 ? `${Math.ceil(bytes / 1024)} kB` : `${(bytes / 1048576).toFixed(1)} MB`);

async function add(store: ArchiveStore, paths: string[], json: boolean, addresses: AddressOptions): Promise<void> {
  if (paths.length === 0) throw usageError('archive add needs files, folders or - (standard input)');
  const input = await loadDocuments(paths, { onWarning: warn, minDocuments: 0, maxTotalChars: Infinity, warnDuplicates: false, addresses });
  if (input.documents.length === 0) throw inputError('nothing to add: no usable article in the input');
  const outcomes = store.add(input.documents, new Date().toISOString());
  if (json) return writeStdout(toJson(outcomes) + '\n');
  const added = outcomes.filter((o) => o.added).length;
  const lines = outcomes.map((o) => (o.added ? `added #${o.id} ${clean(o.file)}` : `skipped ${clean(o.file)}: the same text is already in the archive as #${o.existing}`));
  if (outcomes.length > 20) lines.splice(0, lines.length, ...lines.filter((l) => l.startsWith('skipped')));
  lines.push(`${added} added, ${outcomes.length - added} already there; ${store.count()} articles in ${clean(store.where)}`);
  writeStdout(lines.join('\n') + '\n');
}

export async function run(args: string[], options: ArchiveOptions): Promise<void> {
  const [action, ...rest] = args;
  if (!ACTIONS.includes(action as (typeof ACTIONS)[number])) throw usageError(`archive: unknown action "${action ?? ''}" (add, list, show, remove or stats)`);
  const json = options.json === true;
  if (action !== 'add' && action !== 'show' && action !== 'remove' && rest.length > 0) throw usageError(`archive ${action} takes no arguments`);
  if ((action === 'show' || action === 'remove') && rest.length !== 1) throw usageError(`archive ${action} takes one article id`);
  const id = action === 'show' || action === 'remove' ? parseArticleId(rest[0]) : 0;
  await withArchive(options.archive, (store) => {
    switch (action) {
      case 'add':
        return add(store, rest, json, options.addresses ?? {});
      case 'list': {
        const all = store.list();
        if (json) return writeStdout(toJson(all) + '\n');
        return writeStdout(all.map((a) => `#${a.id}\t${clean(a.outlet.name)}\t${clean(a.file)}\t${a.chars} chars\tadded ${a.added}\n`).join('') || `${clean(store.where)}: the archive is empty\n`);
      }
      case 'show': {
        const a = store.get(id);
        if (!a) throw inputError(`no article #${id} in the archive`);
        if (json) return writeStdout(toJson(a) + '\n');
        const head = [`#${a.id} ${a.outlet.name}`, `file: ${a.file}`, ...(a.outlet.title ? [`title: ${a.outlet.title}`] : []), ...(a.outlet.published ? [`published: ${a.outlet.published}`] : []), `added: ${a.added}`, `sha256: ${a.hash}`];
        return writeStdout(`${head.map(clean).join('\n')}\n\n${sanitizeForTerminal(a.text, true)}${a.text.endsWith('\n') ? '' : '\n'}`);
      }
      case 'remove':
        if (!store.remove(id)) throw inputError(`no article #${id} in the archive`);
        return writeStdout(json ? toJson({ removed: id }) + '\n' : `removed #${id}\n`);
      default: {
        const s = store.stats();
        if (json) return writeStdout(toJson(s) + '\n');
        return writeStdout(
          `${clean(store.where)}: ${s.articles} article${s.articles === 1 ? '' : 's'} from ${s.outlets} outlet${s.outlets === 1 ? '' : 's'}; ${size(s.bytesOnDisk)} on disk, ` +
            `of which the index ${size(s.indexBytes)} (${s.indexRows} rows)\n`,
        );
      }
    }
  });
}
