/** Parsing the options for web addresses (`--cache`, `--offline`, `--timeout`: command-table.ts; README, "Articles by address"). */
import { usageError } from '../errors.js';
import type { AddressOptions } from '../ingest/addresses.js';

/** The longest timeout accepted, in seconds. */
const MAX_TIMEOUT_SECONDS = 3600;

export function addressOptions(o: Record<string, string | boolean | undefined>): AddressOptions {
  const out: AddressOptions = {};
  if (typeof o['cache'] === 'string') {
    if (o['cache'] === '') throw usageError('--cache needs a folder');
    out.cacheDir = o['cache'];
  }
  if (o['offline'] === true) out.offline = true;
  if (typeof o['timeout'] === 'string') {
    const t = o['timeout'].trim() === '' ? NaN : Number(o['timeout']);
    if (!(t > 0 && t <= MAX_TIMEOUT_SECONDS)) throw usageError(`--timeout must be a number of seconds above 0 and at most ${MAX_TIMEOUT_SECONDS}, not "${o['timeout']}"`);
    out.timeoutMs = Math.round(t * 1000);
  }
  return out;
}
