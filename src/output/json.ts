import type { Document, Span } from '../model/document.js';
import { HearsayError } from '../model/errors.js';
import { VERSION } from '../version.js';

/**
 * hearsay's JSON output: the Document with a versioned envelope, described by
 * `schema/hearsay.schema.json`. Offsets stay JavaScript string indices (UTF-16).
 */

export const SCHEMA_ID = 'https://hearsay.dev/schema/document/1';
const SCHEMA_VERSION = 1;
const GENERATOR = { name: 'hearsay', version: VERSION } as const;

export type HearsayJson = {
  schema: typeof SCHEMA_ID;
  version: typeof SCHEMA_VERSION;
  generator: { name: string; version: string };
} & Document;

const LAYERS = ['blocks', 'sentences', 'tokens', 'mentions', 'dates', 'attributions', 'diagnostics'] as const;

export function toJson(doc: Document): HearsayJson {
  return { schema: SCHEMA_ID, version: SCHEMA_VERSION, generator: { ...GENERATOR }, ...doc };
}

/** The JSON text `hearsay analyze --format json` writes. */
export function renderJson(doc: Document): string {
  return `${JSON.stringify(toJson(doc), null, 2)}\n`;
}

/**
 * Reads hearsay JSON back (parsed or as text). Checks the envelope and that
 * every span lies inside the text, since a stored document is read by tools
 * that slice the text with it.
 */
export function fromJson(json: unknown, file?: string): Document {
  let value = json;
  if (typeof value === 'string') {
    try {
      value = JSON.parse(value);
    } catch (e) {
      throw new HearsayError('json/unparsable', `not JSON: ${(e as Error).message}`, file);
    }
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw new HearsayError('json/not-document', 'not a hearsay JSON document (expected an object)', file);
  const { schema, version, generator: _generator, ...doc } = value as Record<string, unknown>;
  if (schema !== SCHEMA_ID || version !== SCHEMA_VERSION)
    throw new HearsayError(
      'json/unknown-schema',
      `unsupported hearsay JSON: schema ${JSON.stringify(schema)} version ${JSON.stringify(version)}; expected ${SCHEMA_ID} version ${SCHEMA_VERSION}`,
      file,
    );
  const missing = LAYERS.filter((k) => !Array.isArray(doc[k]));
  if (typeof doc.text !== 'string' || typeof doc.meta !== 'object' || missing.length > 0)
    throw new HearsayError(
      'json/not-document',
      `not a hearsay document: ${missing.length > 0 ? `no ${missing.join(', ')} list` : 'text or meta missing'}`,
      file,
    );
  const problems = spanProblems(doc as unknown as Document);
  if (problems.length > 0)
    throw new HearsayError(
      'json/bad-span',
      `${problems[0]}${problems.length > 1 ? ` (and ${problems.length - 1} more)` : ''}`,
      file,
    );
  return doc as unknown as Document;
}

/**
 * Every span in every layer, with its path (`attributions[2].cue[0]`): any
 * object with numeric `start` and `end`, so layers added later are covered.
 */
function documentSpans(doc: Document): { path: string; span: Span }[] {
  const out: { path: string; span: Span }[] = [];
  const visit = (value: unknown, path: string): void => {
    if (typeof value !== 'object' || value === null) return;
    if (Array.isArray(value)) {
      value.forEach((v, i) => {
        visit(v, `${path}[${i}]`);
      });
      return;
    }
    const o = value as Record<string, unknown>;
    if (typeof o.start === 'number' && typeof o.end === 'number')
      out.push({ path, span: o as unknown as Span });
    for (const [k, v] of Object.entries(o)) visit(v, path ? `${path}.${k}` : k);
  };
  const { text: _text, meta: _meta, ...layers } = doc;
  visit(layers, '');
  return out;
}

/** Human-readable problems with spans: outside the text, reversed, not integers. */
export function spanProblems(doc: Document): string[] {
  if (typeof doc.text !== 'string') return ['text is missing or not a string'];
  const n = doc.text.length;
  const problems: string[] = [];
  for (const { path, span } of documentSpans(doc)) {
    const { start, end } = span;
    if (!Number.isInteger(start) || !Number.isInteger(end))
      problems.push(`${path}: offsets must be integers`);
    else if (start < 0 || end > n || start > end)
      problems.push(`${path}: span ${start}-${end} is not inside the text (length ${n})`);
  }
  return problems;
}
