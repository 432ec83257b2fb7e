import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { HearsayError, isHearsayError } from '../../model/errors.js';

/** The HTTP status for a HearsayError code: the caller's fault (4xx) or ours (5xx). */
function statusOf(code: string): ContentfulStatusCode {
  if (code === 'ingest/too-large' || code === 'request/too-large') return 413;
  if (code === 'analysis/timeout' || code === 'ingest/timeout') return 504;
  if (code.startsWith('request/') || code === 'ingest/empty') return 400;
  if (code.endsWith('/not-found') && code.startsWith('api/')) return 404;
  if (code.startsWith('ingest/')) return 422;
  return 500;
}

/**
 * Every error as `{error: {code, message}}`, never a stack trace. Unexpected
 * errors are reported as `internal` without their message, which could leak
 * paths or internals.
 */
export function errorResponse(c: Context, e: unknown): Response {
  const error = isHearsayError(e) ? e : new HearsayError('internal', 'internal error');
  const status = statusOf(error.code);
  const message = status === 500 && error.code === 'internal' ? 'internal error' : error.message;
  return c.json({ error: { code: error.code, message } }, status);
}

export const requestError = (message: string) => new HearsayError('request/invalid', message);
export const notFound = (message: string) => new HearsayError('api/not-found', message);
