/**
 * The names a document can be credited under: its outlet's name and the parts of it
 * ("Polygraph.info (VOA)" → "Polygraph.info", "VOA"), the agency the manifest gives, and the
 * agencies its own fingerprints point to. Used to tell whether a credit names it.
 */
import type { AnalyzedDocument, Fingerprint } from '../types.js';
import { normalizeName } from './agencies.js';

export function documentNames(doc: AnalyzedDocument, fingerprints: readonly Fingerprint[]): string[] {
  const names = new Set<string>();
  const add = (n: string | undefined) => {
    const t = n?.trim();
    if (t) names.add(t);
  };
  add(doc.outlet.name);
  for (const part of doc.outlet.name.split(/[,()]/)) add(part);
  add(doc.outlet.agency);
  for (const f of fingerprints) add(f.agency);
  return [...names].filter((n) => normalizeName(n).length >= 2);
}

/** The outlet's name without qualifiers, for sentences: "Reuters, syndicated copy" → "Reuters". */
export function shortName(doc: AnalyzedDocument): string {
  return doc.outlet.name.split(/\s*[,(]/)[0]!.trim() || doc.outlet.name;
}
