/**
 * The optional manifest (`manifest.json` in a folder of articles): outlet metadata per file.
 * Validated strictly: every error names the manifest and the field; unknown fields are rejected;
 * file paths are resolved relative to the manifest and may not leave its folder. A document may
 * be given by its web address alone (`url` without `file`): it is then fetched (addresses.ts).
 */
import { isIsoDate } from '../text/iso-date.js';
import path from 'node:path';
import type { OutletInfo } from '../types.js';
import { inputError } from '../errors.js';

/** A document the manifest lists: a file in its folder, or (`url` without `file`) a web address to fetch. */
export type ManifestEntry = EntryFields & ({ file: string; address?: undefined } | { address: string; file?: undefined });

interface EntryFields {
  id?: string;
  outlet: OutletInfo;
  /** True when the manifest names the outlet (otherwise `outlet.name` is the file's name). */
  outletNamed?: boolean;
}

export interface Manifest {
  name?: string;
  title?: string;
  documents: ManifestEntry[];
}

export const MANIFEST_FILE = 'manifest.json';

const TOP_FIELDS = new Set(['name', 'title', 'documents']);
const STRING_FIELDS = ['id', 'outlet', 'published', 'agency', 'url', 'title', 'byline', 'language', 'note'] as const;
const DOC_FIELDS = new Set<string>(['file', 'wire', ...STRING_FIELDS]);

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Parse and validate a manifest's JSON text. `where` names the manifest in messages. */
export function parseManifest(json: string, where: string): Manifest {
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch (e) {
    throw inputError(`${where}: not valid JSON (${(e as Error).message})`);
  }
  if (!isObject(raw)) throw inputError(`${where}: expected an object with a "documents" list`);
  for (const k of Object.keys(raw)) if (!TOP_FIELDS.has(k)) throw inputError(`${where}: unknown field "${k}"`);
  const manifest: Manifest = { documents: [] };
  for (const k of ['name', 'title'] as const) {
    const v = raw[k];
    if (v === undefined) continue;
    if (typeof v !== 'string') throw inputError(`${where}: "${k}" must be a string`);
    manifest[k] = v;
  }
  if (!Array.isArray(raw.documents)) throw inputError(`${where}: "documents" must be a list`);
  const seenFiles = new Set<string>();
  const seenIds = new Set<string>();
  raw.documents.forEach((d: unknown, i: number) => {
    const at = `${where}: documents[${i}]`;
    if (!isObject(d)) throw inputError(`${at} must be an object`);
    for (const k of Object.keys(d)) if (!DOC_FIELDS.has(k)) throw inputError(`${at}: unknown field "${k}"`);
    if (d.file === undefined && typeof d.url === 'string') {
      manifest.documents.push(addressEntry(d, at, seenFiles, seenIds));
      return;
    }
    if (typeof d.file !== 'string' || d.file === '') throw inputError(`${at}.file must be a non-empty string (or give a "url" to fetch instead)`);
    const normal = path.posix.normalize(d.file.replace(/\\/g, '/'));
    if (/[\u0000-\u001f\u007f]/.test(d.file)) throw inputError(`${at}.file holds a control character`);
    if (path.isAbsolute(d.file) || path.posix.isAbsolute(normal) || /^[A-Za-z]:/.test(normal) || normal.startsWith('../') || normal === '..')
      throw inputError(`${at}.file must stay inside the manifest's folder: "${d.file}"`);
    if (seenFiles.has(normal)) throw inputError(`${at}.file is listed twice: "${d.file}"`);
    seenFiles.add(normal);
    manifest.documents.push({ file: normal, ...entryFields(d, at, seenIds, path.posix.basename(normal)) });
  });
  return manifest;
}

/** A document given by its address alone. */
function addressEntry(d: Record<string, unknown>, at: string, seenAddresses: Set<string>, seenIds: Set<string>): ManifestEntry {
  const url = d.url as string;
  if (!/^https?:\/\//i.test(url) || !URL.canParse(url)) throw inputError(`${at}.url must be an http:// or https:// address when there is no "file": "${url.slice(0, 200)}"`);
  if (seenAddresses.has(url)) throw inputError(`${at}.url is listed twice: "${url}"`);
  seenAddresses.add(url);
  return { address: url, ...entryFields(d, at, seenIds, url) };
}

/** The fields of a document but its file: id and outlet, checked. `fallback` names the outlet when the manifest does not. */
function entryFields(d: Record<string, unknown>, at: string, seenIds: Set<string>, fallback: string): EntryFields {
  for (const k of STRING_FIELDS) if (d[k] !== undefined && typeof d[k] !== 'string') throw inputError(`${at}.${k} must be a string`);
  if (d.wire !== undefined && typeof d.wire !== 'boolean') throw inputError(`${at}.wire must be true or false`);
  if (typeof d.id === 'string') {
    if (!/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(d.id)) throw inputError(`${at}.id may hold only letters, digits, ".", "_" and "-": "${d.id}"`);
    if (seenIds.has(d.id)) throw inputError(`${at}.id is used twice: "${d.id}"`);
    seenIds.add(d.id);
  }
  if (typeof d.published === 'string' && !isIsoDate(d.published))
    throw inputError(`${at}.published is not a date in the form 2020-09-25 (a time with its zone may follow: 2020-09-25T10:00Z): "${d.published}"`);
  const outlet: OutletInfo = { name: typeof d.outlet === 'string' && d.outlet !== '' ? d.outlet : fallback };
  for (const k of ['published', 'agency', 'url', 'title', 'byline', 'language', 'note'] as const) {
    const v = d[k];
    if (typeof v === 'string') outlet[k] = v;
  }
  if (typeof d.wire === 'boolean') outlet.wire = d.wire;
  const entry: EntryFields = { outlet };
  if (typeof d.id === 'string') entry.id = d.id;
  if (typeof d.outlet === 'string' && d.outlet !== '') entry.outletNamed = true;
  return entry;
}
