/**
 * An article's content hash: SHA-256 of its text as duplicates are compared (src/ingest/duplicates.ts:
 * line endings, BOM and surrounding white space aside). Two articles with the same hash are the same text.
 */
import { createHash } from 'node:crypto';
import { duplicateKey } from '../ingest/duplicates.js';

export const contentHash = (text: string): string => createHash('sha256').update(duplicateKey(text), 'utf8').digest('hex');
