/**
 * Fetching one web address with Node's own `fetch`, bounded like a file: one timeout for the whole
 * exchange (redirects and body included), the body refused past the size limit for one document
 * (from Content-Length without reading it, else as soon as it passes the limit), at most
 * MAX_REDIRECTS redirects (followed by hand, so they can be counted and kept to http/https), and
 * only `text/html` and `text/plain`. A failure is a reason in a few words, never an exception.
 */
import { megabytes } from './limits.js';

/** Redirects followed before giving up. */
export const MAX_REDIRECTS = 5;

/** How a fetched page is read: as a web page or as plain text, in the charset its server declared. */
export interface PageType {
  format: 'html' | 'text';
  /** The `charset` of the Content-Type header, lower-cased. */
  charset?: string;
}

export type Fetched = ({ ok: true; bytes: Buffer } & PageType) | { ok: false; reason: string };

export interface FetchLimits {
  timeoutMs: number;
  maxBytes: number;
}

const MIME_FORMATS: Readonly<Record<string, PageType['format']>> = { 'text/html': 'html', 'text/plain': 'text' };

/** An address wiretrace fetches: http or https, nothing else. */
export const isAddress = (p: string): boolean => /^https?:\/\//i.test(p);

const seconds = (ms: number): string => `${Number((ms / 1000).toFixed(3))} s`;

/** Why a request failed, from the error fetch threw (undici puts the system's code in `cause`). */
function failure(e: unknown, timeoutMs: number): string {
  const err = e as { name?: string; cause?: { code?: string; name?: string; message?: string } };
  if (err.name === 'TimeoutError' || err.cause?.name === 'TimeoutError') return `no complete answer within ${seconds(timeoutMs)} (timeout)`;
  const code = err.cause?.code;
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN' || code === 'EAI_NONAME') return `host not found (DNS, ${code})`;
  if (code === 'ECONNREFUSED') return 'connection refused';
  if (code === 'ECONNRESET' || code === 'UND_ERR_SOCKET') return 'connection closed by the server';
  if (code) return `cannot be fetched (${code})`;
  return `cannot be fetched (${err.cause?.message ?? (e instanceof Error ? e.message : String(e))})`;
}

/** The body, read no further than `maxBytes`. */
async function boundedBody(res: Response, maxBytes: number): Promise<Buffer | undefined> {
  const reader = res.body?.getReader();
  if (!reader) return Buffer.alloc(0);
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => {});
      return undefined;
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks, total);
}

/** Fetch `address`; `fetcher` is the global fetch unless a test gives another. */
export async function fetchPage(address: string, limits: FetchLimits, fetcher: typeof fetch = fetch): Promise<Fetched> {
  const signal = AbortSignal.timeout(limits.timeoutMs);
  const tooLarge = (size?: number): Fetched => ({
    ok: false,
    reason: `${size === undefined ? '' : `${megabytes(size)} is `}over the ${megabytes(limits.maxBytes)} limit for one document`,
  });
  let url = address;
  const seen = new Set([url]);
  try {
    for (let redirects = 0; ; redirects++) {
      const res = await fetcher(url, { redirect: 'manual', signal, headers: { accept: 'text/html, text/plain;q=0.9' } });
      const location = res.headers.get('location');
      if (res.status >= 300 && res.status < 400 && location !== null) {
        await res.body?.cancel().catch(() => {});
        let next: URL;
        try {
          next = new URL(location, url);
        } catch {
          return { ok: false, reason: `redirected to an invalid address (${location.slice(0, 200)})` };
        }
        next.hash = '';
        if (!isAddress(next.href)) return { ok: false, reason: `redirected to an address that is not http or https (${next.protocol})` };
        if (seen.has(next.href)) return { ok: false, reason: `redirect loop (back to ${next.href})` };
        if (redirects === MAX_REDIRECTS) return { ok: false, reason: `more than ${MAX_REDIRECTS} redirects` };
        seen.add(next.href);
        url = next.href;
        continue;
      }
      if (!res.ok) {
        await res.body?.cancel().catch(() => {});
        return { ok: false, reason: `HTTP ${res.status}${res.statusText ? ` ${res.statusText}` : ''}` };
      }
      const type = res.headers.get('content-type') ?? '';
      const mime = type.split(';')[0]!.trim().toLowerCase();
      const format = MIME_FORMATS[mime];
      if (format === undefined) {
        await res.body?.cancel().catch(() => {});
        return { ok: false, reason: `not a web page (${mime || 'no content type'}; only text/html and text/plain are read)` };
      }
      const declared = Number(res.headers.get('content-length') ?? NaN);
      if (declared > limits.maxBytes) {
        await res.body?.cancel().catch(() => {});
        return tooLarge(declared);
      }
      const bytes = await boundedBody(res, limits.maxBytes);
      if (bytes === undefined) return tooLarge();
      const charset = /;\s*charset\s*=\s*"?([^";\s]+)/i.exec(type)?.[1]?.toLowerCase();
      return charset ? { ok: true, bytes, format, charset } : { ok: true, bytes, format };
    }
  } catch (e) {
    return { ok: false, reason: failure(e, limits.timeoutMs) };
  }
}
