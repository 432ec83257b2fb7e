import type { Diagnostic, DocumentMeta } from '../model/document.js';
import { HearsayError } from '../model/errors.js';
import { decode } from './decode.js';
import { detectFormat, htmlCharset, type InputFormat } from './format.js';
import { extractHtml } from './html.js';

/**
 * The longest article text analysed, in characters (about 150,000 words; a long
 * news story is under 50,000 characters). Larger texts are many articles in one
 * file, or not articles, and the analysis grows faster than linearly with length.
 */
export const MAX_TEXT_LENGTH = 1_000_000;

export interface IngestOptions {
  /** File path, URL or `-`: names the input in errors and becomes `meta.source`. */
  name?: string;
  /** Known format (e.g. from an HTTP Content-Type); otherwise detected from the name and content. */
  format?: InputFormat;
  /** Known charset (e.g. from an HTTP Content-Type); otherwise UTF-8, a BOM, or the page's meta tag. */
  charset?: string;
  /** The page's address, for resolving a relative canonical link. */
  url?: string;
}

export interface Ingested {
  text: string;
  meta: DocumentMeta;
  /** Problems reading the input that did not stop it (bytes replaced, a guessed encoding). */
  diagnostics?: Diagnostic[];
}

/**
 * An article's text and metadata from text or HTML. Empty or blank input is
 * an error (`ingest/empty`): there is nothing to analyse, and a silent empty
 * result would hide a failed download or a wrong path. Text over
 * `MAX_TEXT_LENGTH` is `ingest/too-large`.
 */
export function ingestText(input: string, options: IngestOptions = {}): Ingested {
  const { name } = options;
  if (!input.trim()) throw new HearsayError('ingest/empty', 'empty input: nothing to analyse', name);
  const format = options.format ?? detectFormat(input, name);
  const result: Ingested =
    format === 'html' ? html(input, options) : { text: input, meta: { format: 'text' } };
  if (result.text.length > MAX_TEXT_LENGTH) {
    throw new HearsayError(
      'ingest/too-large',
      `the text is ${result.text.length.toLocaleString('en')} characters; hearsay analyses at most ${MAX_TEXT_LENGTH.toLocaleString('en')} per document (split it into articles)`,
      name,
    );
  }
  if (name !== undefined) result.meta.source = name;
  return result;
}

function html(input: string, { name, url }: IngestOptions): Ingested {
  try {
    return extractHtml(input, url);
  } catch (e) {
    // Name the file the page came from when it did not come from a URL.
    if (e instanceof HearsayError && e.file === undefined && name !== undefined) {
      throw new HearsayError(e.code, e.message, name, { cause: e.cause });
    }
    throw e;
  }
}

/** Like `ingestText`, from the raw bytes of a file or download (see `decode` for encodings). */
export function ingestBytes(bytes: Uint8Array, options: IngestOptions = {}): Ingested {
  const { name } = options;
  if (bytes.length === 0) throw new HearsayError('ingest/empty', 'empty file: nothing to analyse', name);
  const format = options.format ?? detectFormat(bytes, name);
  const charset = options.charset ?? (format === 'html' ? htmlCharset(bytes) : undefined);
  const decoded = decode(bytes, name, charset);
  const result = ingestText(decoded.text, { ...options, format });
  const diagnostics: Diagnostic[] = [];
  const note = (severity: Diagnostic['severity'], code: string, message: string) =>
    diagnostics.push({ severity, code, message, ...(name === undefined ? {} : { file: name }) });
  if (decoded.replaced > 0) {
    note(
      'warning',
      'ingest/invalid-bytes',
      `${decoded.replaced} invalid UTF-8 sequence(s) replaced by U+FFFD`,
    );
  }
  if (decoded.encoding === 'windows-1252' && !charset) {
    note('info', 'ingest/encoding-guessed', 'not UTF-8; read as Windows-1252 (Latin-1)');
  }
  if (diagnostics.length) result.diagnostics = diagnostics;
  return result;
}
