/**
 * The archive's JSON HTTP API, on Fastify (README, "Archive", "Server API"):
 *   POST /match         an article (text/plain, or JSON { text, name?, outlet? }; ?add=true also adds it)
 *                       → the analysis with its ranked matches, as `match --json`
 *   POST /articles      add an article → 201 { id, added: true }, or 200 { id, added: false } if its text is there
 *   GET /articles/:id   the archived article      DELETE /articles/:id   remove it
 *   GET /stats          as `archive stats --json` GET /healthz            { ok: true }
 * Every error is JSON { error } with a 4xx code (503 when the archive is busy) and one line.
 * Handlers only call the archive store and the one matcher; the answer is JSON made by toJson.
 */
import Fastify, { type FastifyError, type FastifyInstance } from 'fastify';
import type { SourceDocument } from '../types.js';
import { WiretraceError, EXIT_BUSY } from '../errors.js';
import { MAX_DOCUMENT_BYTES } from '../ingest/limits.js';
import type { ArchiveStore } from '../archive/archive-store.js';
import { matchArchive } from '../archive/match-archive.js';
import { matchJson } from '../archive/match-json.js';
import { toJson } from '../cli/json-output.js';
import { ARTICLE_BODY_SCHEMA, BodyError, articleFromBody, type ArticleBody } from './article-body.js';

export interface ServerOptions {
  /** Largest request body, in bytes (default: the command line's limit for one file, 8 MiB). */
  bodyLimit?: number;
  /** Time allowed for a whole request, in ms (default 30 s). */
  requestTimeout?: number;
  /** Where matches run (the JSON text of `match --json`); default: in this thread. */
  match?: (article: SourceDocument) => Promise<string>;
}

const ID_PARAMS = { type: 'object', properties: { id: { type: 'string', pattern: '^[0-9]{1,15}$' } }, required: ['id'] } as const;
const ADD_QUERY = { type: 'object', additionalProperties: false, properties: { add: { enum: ['true', 'false'] } } } as const;

/** One line: the first line of a message, at most 300 characters. */
const oneLine = (s: string): string => s.split('\n')[0]!.slice(0, 300);

export function createServer(store: ArchiveStore, options: ServerOptions = {}): FastifyInstance {
  const app = Fastify({
    bodyLimit: options.bodyLimit ?? MAX_DOCUMENT_BYTES,
    requestTimeout: options.requestTimeout ?? 30_000,
    connectionTimeout: options.requestTimeout ?? 30_000,
    keepAliveTimeout: 5_000,
    logger: false,
    ajv: { customOptions: { coerceTypes: false } },
  });
  const json = (value: unknown): string => toJson(value, 0);
  const match = options.match ?? (async (article: SourceDocument) => json(matchJson(matchArchive(store, [article]))));

  app.setErrorHandler((error: FastifyError | WiretraceError | BodyError, _request, reply) => {
    let status = 500;
    if (error instanceof BodyError) status = error.statusCode;
    else if (error instanceof WiretraceError) status = error.exitCode === EXIT_BUSY ? 503 : 500;
    else if (typeof error.statusCode === 'number' && error.statusCode >= 400) status = error.statusCode;
    const message = error instanceof WiretraceError || error instanceof BodyError || status < 500 ? oneLine(error.message) : 'internal error';
    void reply.code(status).type('application/json').send(json({ error: message }));
  });
  app.setNotFoundHandler((request, reply) => {
    void reply.code(404).type('application/json').send(json({ error: `no such endpoint: ${request.method} ${request.url.split('?')[0]}` }));
  });

  app.get('/healthz', async (_request, reply) => reply.type('application/json').send(json({ ok: true })));
  app.get('/stats', async (_request, reply) => reply.type('application/json').send(json(store.stats())));

  app.post<{ Body: string | ArticleBody; Querystring: { add?: 'true' | 'false' } }>(
    '/match',
    { schema: { body: ARTICLE_BODY_SCHEMA, querystring: ADD_QUERY } },
    async (request, reply) => {
      const article = articleFromBody(request.body);
      const answer = await match(article);
      if (request.query.add === 'true') store.add([article], new Date().toISOString());
      return reply.type('application/json').send(answer);
    },
  );

  app.post<{ Body: string | ArticleBody }>('/articles', { schema: { body: ARTICLE_BODY_SCHEMA } }, async (request, reply) => {
    const [outcome] = store.add([articleFromBody(request.body)], new Date().toISOString());
    if (!outcome) throw new BodyError('nothing to add', 400);
    return outcome.added
      ? reply.code(201).type('application/json').send(json({ id: outcome.id, added: true }))
      : reply.code(200).type('application/json').send(json({ id: outcome.existing, added: false }));
  });

  app.get<{ Params: { id: string } }>('/articles/:id', { schema: { params: ID_PARAMS } }, async (request, reply) => {
    const a = store.get(Number(request.params.id));
    if (!a) throw new BodyError(`no article #${request.params.id} in the archive`, 404);
    return reply.type('application/json').send(json(a));
  });

  app.delete<{ Params: { id: string } }>('/articles/:id', { schema: { params: ID_PARAMS } }, async (request, reply) => {
    if (!store.remove(Number(request.params.id))) throw new BodyError(`no article #${request.params.id} in the archive`, 404);
    return reply.type('application/json').send(json({ removed: Number(request.params.id) }));
  });

  return app;
}
