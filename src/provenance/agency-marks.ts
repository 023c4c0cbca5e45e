/**
 * Marks an agency puts into its own copy next to company names, which outlets that reuse the text
 * usually strip: Reuters instrument codes ("Microsoft MSFT.O", "<MSFT.O>") and the company mark-up
 * of older agency copy ("<Cominco Ltd>").
 */
import { isInstrumentCode } from '../text/tokens.js';

export interface AgencyMark {
  /** The mark as written with its name: "Microsoft MSFT.O", "<Cominco Ltd>". */
  text: string;
  /** The name a copy keeps when it drops the mark: "Microsoft", "Cominco Ltd". */
  name: string;
  kind: 'instrument-code' | 'mark-up';
}

const CODE_AFTER_NAME = /\b([A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*)*)\s+<?([A-Z0-9][A-Za-z0-9_]{0,6}\.[A-Z]{1,2})>?(?=[\s,.;:)]|$)/g;
const MARK_UP = /<([A-Z][A-Za-z0-9&.,' -]{1,80})>/g;

/** What each pattern's matches contain: most sentences have neither, and are not searched. */
const CODE_NEEDS = /\w\.[A-Z]/;

export function agencyMarks(text: string): AgencyMark[] {
  const out: AgencyMark[] = [];
  if (CODE_NEEDS.test(text)) {
    for (const m of text.matchAll(CODE_AFTER_NAME)) {
      if (isInstrumentCode(m[2]!)) out.push({ text: `${m[1]} ${m[2]}`, name: m[1]!.split(/\s+/).pop()!, kind: 'instrument-code' });
    }
  }
  if (text.includes('<')) {
    for (const m of text.matchAll(MARK_UP)) {
      if (!isInstrumentCode(m[1]!)) out.push({ text: m[0], name: m[1]!.trim(), kind: 'mark-up' });
    }
  }
  return out;
}

/** The first mark of `source` whose name `copy` keeps without any mark. */
export function droppedMark(source: string, copy: string): AgencyMark | undefined {
  if (agencyMarks(copy).length > 0) return undefined;
  return agencyMarks(source).find((m) => copy.includes(m.name));
}
