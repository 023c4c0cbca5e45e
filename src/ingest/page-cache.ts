/**
 * The on-disk cache of fetched pages, so a class can repeat a lesson offline. Keyed by the address
 * (normalised by the URL parser, fragment dropped): `<sha256>.page` holds the body as the server
 * sent it, `<sha256>.json` what is needed to read it (address, format, charset) and the body's
 * length and digest. Each is written atomically (temporary file + rename), the body first: a
 * record is used only when its body is there and has the recorded digest, so a run cut short or
 * two runs at once never give a page that is half one fetch and half another.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { writeFileAtomic } from '../io/atomic-write.js';
import type { PageType } from './fetch-page.js';
import { readFileBounded } from './read-bytes.js';

/** A page in the cache: where its body lies and how to read it. */
export interface CachedPage extends PageType {
  address: string;
  file: string;
}

/** The cache folder when `--cache` is not given: `$XDG_CACHE_HOME/wiretrace`, else `~/.cache/wiretrace`. */
export function defaultCacheDir(env: NodeJS.ProcessEnv = process.env): string {
  const xdg = env['XDG_CACHE_HOME'];
  return path.join(xdg && path.isAbsolute(xdg) ? xdg : path.join(os.homedir(), '.cache'), 'wiretrace');
}

/** The address as the cache knows it: parsed and printed again, without its fragment. */
export function cacheAddress(address: string): string {
  const u = new URL(address);
  u.hash = '';
  return u.href;
}

const digest = (data: Uint8Array): string => createHash('sha256').update(data).digest('hex');

function filesOf(dir: string, address: string): { body: string; record: string } {
  const key = digest(Buffer.from(cacheAddress(address), 'utf8'));
  return { body: path.join(dir, `${key}.page`), record: path.join(dir, `${key}.json`) };
}

interface CacheRecord extends PageType {
  address: string;
  bytes: number;
  sha256: string;
}

/** The cached copy of `address`, when there is a whole one. */
export function readCachedPage(dir: string, address: string, maxBytes: number): CachedPage | undefined {
  const files = filesOf(dir, address);
  let record: CacheRecord;
  try {
    record = JSON.parse(readFileSync(files.record, 'utf8')) as CacheRecord;
  } catch {
    return undefined;
  }
  if (record.address !== cacheAddress(address) || (record.format !== 'html' && record.format !== 'text')) return undefined;
  const body = readFileBounded(files.body, maxBytes, true);
  if (!body.ok || body.bytes.length !== record.bytes || digest(body.bytes) !== record.sha256) return undefined;
  const page: CachedPage = { address: record.address, file: files.body, format: record.format };
  if (typeof record.charset === 'string') page.charset = record.charset;
  return page;
}

/** Keep a fetched page in the cache; returns where its body now lies. Throws what the file system throws. */
export async function writeCachedPage(dir: string, address: string, type: PageType, bytes: Buffer): Promise<CachedPage> {
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const files = filesOf(dir, address);
  const record: CacheRecord = { address: cacheAddress(address), format: type.format, bytes: bytes.length, sha256: digest(bytes) };
  if (type.charset !== undefined) record.charset = type.charset;
  await writeFileAtomic(files.body, bytes);
  await writeFileAtomic(files.record, JSON.stringify(record, null, 2) + '\n');
  const page: CachedPage = { address: record.address, file: files.body, format: type.format };
  if (type.charset !== undefined) page.charset = type.charset;
  return page;
}
