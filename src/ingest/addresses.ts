/**
 * Articles given by their web address: each is fetched (fetch-page.ts) and kept in the page cache
 * (page-cache.ts), or with `offline` taken from the cache alone. A page that cannot be had is one
 * warning naming the address and why, and is left out; a failed fetch falls back to a cached copy
 * when there is one. Addresses are fetched a few at a time; their warnings come in the order the
 * addresses were given, so output never depends on which server answered first.
 */
import { fetchPage, type PageType } from './fetch-page.js';
import { MAX_DOCUMENT_BYTES } from './limits.js';
import { defaultCacheDir, readCachedPage, writeCachedPage } from './page-cache.js';

/** How addresses are fetched (README, "Articles by address"). */
export interface AddressOptions {
  /** The cache folder (default: defaultCacheDir()). */
  cacheDir?: string;
  /** Use only the cache; never the network. */
  offline?: boolean;
  /** For the whole exchange with one address, redirects and body included. */
  timeoutMs?: number;
  /** The fetch implementation (tests); the global fetch by default. */
  fetcher?: typeof fetch;
}

export const DEFAULT_TIMEOUT_MS = 20_000;
/** Addresses fetched at once. */
const PARALLEL_FETCHES = 4;

/** A page to read: its body in the cache (`file`), or in memory when the cache could not take it. */
export type FetchedPage = PageType & { address: string } & ({ file: string; bytes?: undefined } | { bytes: Buffer; file?: undefined });

async function onePage(address: string, options: AddressOptions, note: (w: string) => void): Promise<FetchedPage | undefined> {
  try {
    new URL(address);
  } catch {
    note(`${address}: not a valid web address; skipped`);
    return undefined;
  }
  const dir = options.cacheDir ?? defaultCacheDir();
  const cached = (): FetchedPage | undefined => readCachedPage(dir, address, MAX_DOCUMENT_BYTES);
  if (options.offline) {
    const page = cached();
    if (!page) note(`${address}: not in the cache (${dir}), and --offline was given; skipped`);
    return page;
  }
  const fetched = await fetchPage(address, { timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS, maxBytes: MAX_DOCUMENT_BYTES }, options.fetcher);
  if (!fetched.ok) {
    const page = cached();
    note(`${address}: ${fetched.reason}; ${page ? 'read from the cache instead' : 'skipped'}`);
    return page;
  }
  const type: PageType = fetched.charset === undefined ? { format: fetched.format } : { format: fetched.format, charset: fetched.charset };
  try {
    return await writeCachedPage(dir, address, type, fetched.bytes);
  } catch (e) {
    note(`${address}: cannot be kept in the cache ${dir} (${(e as NodeJS.ErrnoException).code ?? 'error'}); read without it`);
    return { ...type, address, bytes: fetched.bytes };
  }
}

/** The pages `addresses` name, in their order (undefined for one that could not be had, after its warning). */
export async function fetchAddresses(addresses: readonly string[], options: AddressOptions, note: (w: string) => void): Promise<(FetchedPage | undefined)[]> {
  const notes: string[][] = addresses.map(() => []);
  const pages: (FetchedPage | undefined)[] = new Array(addresses.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    for (let i = next++; i < addresses.length; i = next++) pages[i] = await onePage(addresses[i]!, options, (w) => notes[i]!.push(w));
  };
  await Promise.all(Array.from({ length: Math.min(PARALLEL_FETCHES, addresses.length) }, worker));
  for (const list of notes) list.forEach(note);
  return pages;
}
