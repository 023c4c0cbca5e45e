/**
 * What a request's body says: the article, as plain text (`text/plain`) or as JSON
 * (`{ "text", "name"?, "outlet"? }`, checked by ARTICLE_BODY_SCHEMA, which Fastify validates), made
 * into the document the analysis reads, with the limits the command line applies.
 */
import type { OutletInfo, SourceDocument } from '../types.js';
import { MAX_DOCUMENT_CHARS } from '../ingest/limits.js';

const outletProperties = Object.fromEntries(
  ['name', 'published', 'agency', 'url', 'title', 'byline', 'language', 'note'].map((k) => [k, { type: 'string', maxLength: 2000 }]),
);

export const ARTICLE_BODY_SCHEMA = {
  anyOf: [
    { type: 'string' },
    {
      type: 'object',
      required: ['text'],
      additionalProperties: false,
      properties: {
        text: { type: 'string' },
        name: { type: 'string', pattern: '^[A-Za-z0-9._-]{1,100}$' },
        outlet: { type: 'object', additionalProperties: false, properties: { ...outletProperties, wire: { type: 'boolean' } } },
      },
    },
  ],
} as const;

export interface ArticleBody {
  text: string;
  name?: string;
  outlet?: Partial<OutletInfo>;
}

export class BodyError extends Error {
  constructor(
    message: string,
    readonly statusCode: number,
  ) {
    super(message);
  }
}

/** The document of a validated body; a BodyError (400) for an empty or too long text. */
export function articleFromBody(body: string | ArticleBody): SourceDocument {
  const b: ArticleBody = typeof body === 'string' ? { text: body } : body;
  const text = b.text.replace(/^\uFEFF/, '');
  if (text.trim() === '') throw new BodyError('the article is empty', 400);
  if (text.length > MAX_DOCUMENT_CHARS) throw new BodyError(`the article has ${text.length} characters; the limit is ${MAX_DOCUMENT_CHARS}`, 413);
  const name = b.name ?? 'article';
  return { id: name, file: `request:${name}`, outlet: { ...b.outlet, name: b.outlet?.name ?? name }, text };
}
