/** What provenance knows of each document before comparing any two: credits, marks, names. */
import type { AnalyzedDocument, Attribution, Fingerprint } from '../types.js';
import { normalizeName } from './agencies.js';
import { credits, findAttributions } from './attributions.js';
import { documentNames } from './document-names.js';
import { findFingerprints } from './fingerprints.js';
import { agencyForm, reprintCredit, type AgencyForm } from './feed-form.js';

export interface DocumentFacts {
  doc: AnalyzedDocument;
  attributions: Attribution[];
  fingerprints: Fingerprint[];
  names: string[];
  /** The text itself (or the manifest) shows agency copy. */
  agencyCopy: boolean;
  /** For agency copy: whether the text has the feed's own form or is a client's reprint of it (feed-form.ts). */
  form: AgencyForm;
}

export function documentFacts(documents: readonly AnalyzedDocument[]): DocumentFacts[] {
  const fingerprints = documents.map(findFingerprints);
  const names = documents.map((d, i) => documentNames(d, fingerprints[i]!));
  const known = new Set(names.flat().map((n) => normalizeName(n)));
  const forms = documents.map((d, i) => agencyForm(d, fingerprints[i]!));
  // The agencies whose copy the collection holds as their feed sends it: a reprint's marks credit them.
  const feedAgencies = new Set(forms.flatMap((f, i) => (f === 'feed' ? fingerprints[i]!.map((x) => x.agency).filter((x) => x !== '') : [])));
  return documents.map((doc, i) => {
    // A document naming itself ("Reuters reported…" in Reuters copy, "the Times" in the Times) credits no one.
    const attributions = findAttributions(doc, known).filter((a) => !names[i]!.some((n) => credits(a, n)));
    const reprinted = reprintCredit({ form: forms[i], fingerprints: fingerprints[i]! }, feedAgencies);
    if (reprinted && !attributions.some((a) => a.segment === reprinted.segment && a.source === reprinted.source)) attributions.push(reprinted);
    return { doc, attributions, fingerprints: fingerprints[i]!, names: names[i]!, agencyCopy: fingerprints[i]!.length > 0, form: forms[i] };
  });
}
