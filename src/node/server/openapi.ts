import { VERSION } from '../../version.js';

/** The API's OpenAPI 3.1 description, served at /api/openapi.json and written to docs/openapi.json. */

const json = (schema: object, description = 'OK') => ({
  description,
  content: { 'application/json': { schema } },
});
const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const error = (description: string) => json(ref('Error'), description);
const query = (name: string, description: string, type: 'string' | 'integer' = 'string') => ({
  name,
  in: 'query',
  required: false,
  description,
  schema: type === 'integer' ? { type, minimum: 0 } : { type },
});
const nullable = (type: string) => ({ type: [type, 'null'] });

export const openApiDocument = {
  openapi: '3.1.0',
  info: {
    title: 'hearsay',
    version: VERSION,
    description:
      'Who claims what in news articles, on whose word, how surely, and who denies it. Errors are always `{error: {code, message}}`.',
  },
  servers: [{ url: 'http://127.0.0.1:8787' }],
  paths: {
    '/api/analyze': {
      post: {
        summary: 'Analyse one article given by its text, its HTML or its URL; optionally store it',
        requestBody: {
          required: true,
          description: 'Exactly one of text, html, url. At most 5 MB, UTF-8.',
          content: { 'application/json': { schema: ref('AnalyzeRequest') } },
        },
        responses: {
          200: json({
            type: 'object',
            required: ['document'],
            properties: {
              id: { type: 'integer', description: 'The stored article, when store was true' },
              document: ref('Document'),
            },
          }),
          400: error('Not UTF-8, not JSON, not exactly one of text/html/url, or empty'),
          413: error('Body or fetched page too large'),
          422: error('The URL could not be read (private address, not found, not an article, ...)'),
          504: error('The analysis or the download took too long'),
        },
      },
    },
    '/api/articles': {
      get: {
        summary: 'Stored articles, newest first, or those matching a full-text search (best first)',
        parameters: [
          query('q', 'Words to search for in titles and bodies (all must occur)'),
          query('limit', 'At most this many items (default 20, max 200)', 'integer'),
          query('offset', 'Skip this many items', 'integer'),
        ],
        responses: {
          200: json({
            type: 'object',
            required: ['total', 'items'],
            properties: { total: { type: 'integer' }, items: { type: 'array', items: ref('ArticleItem') } },
          }),
          400: error('Bad limit or offset'),
        },
      },
    },
    '/api/articles/{id}': {
      get: {
        summary: 'One stored article with its analysis',
        parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'integer', minimum: 1 } }],
        responses: {
          200: json({
            type: 'object',
            required: ['id', 'document'],
            properties: { id: { type: 'integer' }, document: ref('Document') },
          }),
          404: error('No such article'),
        },
      },
    },
    '/api/speakers': {
      get: {
        summary: 'Speakers merged across articles by normalised name, most quoted first',
        parameters: [
          query('q', 'Part of the name'),
          query('limit', 'At most this many (default 100)', 'integer'),
        ],
        responses: {
          200: json({
            type: 'object',
            required: ['items'],
            properties: { items: { type: 'array', items: ref('Speaker') } },
          }),
        },
      },
    },
    '/api/speakers/{key}': {
      get: {
        summary: 'What one speaker has been reported saying, across articles',
        parameters: [{ name: 'key', in: 'path', required: true, schema: { type: 'string' } }],
        responses: {
          200: json({
            type: 'object',
            required: ['speaker', 'statements'],
            properties: { speaker: ref('Speaker'), statements: { type: 'array', items: ref('Statement') } },
          }),
          404: error('No such speaker'),
        },
      },
    },
    '/api/clusters': {
      get: {
        summary: 'Stories published in several near-identical copies (syndication), with the likely original',
        responses: {
          200: json({
            type: 'object',
            required: ['items'],
            properties: { items: { type: 'array', items: ref('Cluster') } },
          }),
        },
      },
    },
    '/api/relying': {
      get: {
        summary:
          'Articles that rely on an outlet, person or document: cite it as a source or credit it as original publisher',
        parameters: [
          { name: 'on', in: 'query', required: true, description: 'The name', schema: { type: 'string' } },
        ],
        responses: {
          200: json({
            type: 'object',
            required: ['items'],
            properties: { items: { type: 'array', items: ref('ArticleItem') } },
          }),
          400: error('No name given'),
        },
      },
    },
    '/api/anonymous': {
      get: {
        summary: 'Claims that rest only on anonymous sources, newest articles first',
        parameters: [query('limit', 'At most this many (default 100)', 'integer')],
        responses: {
          200: json({
            type: 'object',
            required: ['items'],
            properties: { items: { type: 'array', items: ref('Statement') } },
          }),
        },
      },
    },
    '/api/openapi.json': { get: { summary: 'This document', responses: { 200: json({ type: 'object' }) } } },
    '/api/health': {
      get: {
        summary: 'Liveness',
        responses: {
          200: json({
            type: 'object',
            required: ['status', 'store'],
            properties: { status: { const: 'ok' }, store: { type: 'boolean' } },
          }),
        },
      },
    },
  },
  components: {
    schemas: {
      Error: {
        type: 'object',
        required: ['error'],
        properties: {
          error: {
            type: 'object',
            required: ['code', 'message'],
            properties: { code: { type: 'string' }, message: { type: 'string' } },
          },
        },
      },
      AnalyzeRequest: {
        type: 'object',
        properties: {
          text: { type: 'string', description: 'Plain article text' },
          html: {
            type: 'string',
            description: 'An HTML page; its article text is extracted, markup dropped',
          },
          url: {
            type: 'string',
            format: 'uri',
            description: 'An http(s) page to fetch (public addresses only)',
          },
          store: { type: 'boolean', description: 'Also store the article in the corpus' },
        },
      },
      Document: {
        type: 'object',
        description: 'hearsay JSON: the versioned envelope of schema/hearsay.schema.json',
        required: ['schema', 'version', 'text'],
        properties: { schema: { type: 'string' }, version: { type: 'integer' }, text: { type: 'string' } },
      },
      ArticleItem: {
        type: 'object',
        required: ['id', 'title', 'source', 'published', 'siteName', 'attributions'],
        properties: {
          id: { type: 'integer' },
          title: nullable('string'),
          source: nullable('string'),
          published: nullable('string'),
          siteName: nullable('string'),
          attributions: { type: 'integer' },
          cluster: { type: 'integer', description: 'Story cluster, when the article has near-duplicates' },
        },
      },
      Speaker: {
        type: 'object',
        required: ['key', 'name', 'type', 'statements', 'articles'],
        properties: {
          key: {
            type: 'string',
            description: 'Normalised name: lowercase, titles and middle initials removed',
          },
          name: { type: 'string' },
          type: { type: 'string', enum: ['person', 'outlet', 'organization', 'document', 'unknown'] },
          statements: { type: 'integer' },
          articles: { type: 'integer' },
        },
      },
      Statement: {
        type: 'object',
        required: ['articleId', 'title', 'source', 'cue', 'content', 'confidence'],
        properties: {
          articleId: { type: 'integer' },
          title: nullable('string'),
          source: { type: 'string' },
          cue: { type: 'string' },
          content: { type: 'string' },
          confidence: { type: 'number' },
        },
      },
      Cluster: {
        type: 'object',
        required: ['id', 'original', 'members'],
        properties: {
          id: { type: 'integer' },
          original: {
            type: 'object',
            required: ['id', 'title', 'siteName'],
            properties: { id: { type: 'integer' }, title: nullable('string'), siteName: nullable('string') },
          },
          members: {
            type: 'array',
            items: {
              type: 'object',
              required: ['id', 'title', 'siteName', 'published'],
              properties: {
                id: { type: 'integer' },
                title: nullable('string'),
                siteName: nullable('string'),
                published: nullable('string'),
              },
            },
          },
        },
      },
    },
  },
} as const;
