import { HearsayError } from '../model/errors.js';

/**
 * Bytes to text without rewriting it: line endings and every character stay as
 * in the file. A byte order mark is not part of the content and is dropped, so
 * offsets (and brat offsets) count from the first character after it.
 */

/** File signatures of formats people feed a text tool by mistake. */
const SIGNATURES: [string, number[]][] = [
  ['PDF', [0x25, 0x50, 0x44, 0x46]],
  ['PNG', [0x89, 0x50, 0x4e, 0x47]],
  ['JPEG', [0xff, 0xd8, 0xff]],
  ['GIF', [0x47, 0x49, 0x46, 0x38]],
  ['WebP or other RIFF media', [0x52, 0x49, 0x46, 0x46]],
  ['ZIP archive (or .docx/.xlsx/.epub)', [0x50, 0x4b, 0x03, 0x04]],
  ['gzip data', [0x1f, 0x8b]],
  ['old Microsoft Office document (.doc/.xls)', [0xd0, 0xcf, 0x11, 0xe0]],
  ['RTF document', [0x7b, 0x5c, 0x72, 0x74, 0x66]],
  ['7-Zip archive', [0x37, 0x7a, 0xbc, 0xaf]],
  ['executable', [0x7f, 0x45, 0x4c, 0x46]],
  ['SQLite database', [0x53, 0x51, 0x4c, 0x69, 0x74, 0x65]],
];

/** Only the start is inspected: enough to tell text from binary, cheap on big files. */
const SNIFF_BYTES = 64 * 1024;

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.length <= bytes.length && prefix.every((b, i) => bytes[i] === b);
}

/** Names the kind of binary data, or undefined when the bytes look like text. */
export function binaryKind(bytes: Uint8Array): string | undefined {
  for (const [name, prefix] of SIGNATURES) if (startsWith(bytes, prefix)) return name;
  const head = bytes.subarray(0, SNIFF_BYTES);
  let controls = 0;
  for (const b of head) {
    if (b === 0) return 'contains NUL bytes';
    // Tab, LF, VT, FF, CR and ESC occur in real text; other C0 bytes do not.
    if (b < 0x20 && (b < 0x09 || b > 0x0d) && b !== 0x1b) controls++;
  }
  return controls > head.length / 100 ? 'contains control bytes' : undefined;
}

const strict = (encoding: string) => new TextDecoder(encoding, { fatal: true, ignoreBOM: true });

/** Byte offset where the first invalid UTF-8 sequence starts, for the error message. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
  const encoder = new TextEncoder();
  // Each U+FFFD marks a bad sequence, unless the file itself holds an encoded U+FFFD there.
  for (let i = text.indexOf('\uFFFD'); i >= 0; i = text.indexOf('\uFFFD', i + 1)) {
    const at = encoder.encode(text.slice(0, i)).length;
    if (!startsWith(bytes.subarray(at), [0xef, 0xbf, 0xbd])) return at;
  }
  return 0;
}

/** Bytes undefined in windows-1252: their presence means it is not that encoding. */
const UNDEFINED_1252 = new Set([0x81, 0x8d, 0x8f, 0x90, 0x9d]);

/** Windows-1252 text has mostly ASCII letters with a few accented ones between. */
function looksLikeWindows1252(bytes: Uint8Array): boolean {
  let high = 0;
  for (const b of bytes.subarray(0, SNIFF_BYTES)) {
    if (UNDEFINED_1252.has(b)) return false;
    if (b >= 0x80) high++;
  }
  return high <= Math.min(bytes.length, SNIFF_BYTES) * 0.3;
}

const UTF8_LABELS = new Set(['utf-8', 'utf8', 'unicode-1-1-utf-8', 'us-ascii', 'ascii']);
const WESTERN_LABELS = new Set(['iso-8859-1', 'iso8859-1', 'latin1', 'l1', 'windows-1252', 'cp1252']);

/** Decoded text, the encoding read, and how many invalid sequences became U+FFFD. */
export interface Decoded {
  text: string;
  encoding: string;
  replaced: number;
}

function strictUtf8(bytes: Uint8Array): string | undefined {
  try {
    return strict('utf-8').decode(bytes);
  } catch {
    return undefined;
  }
}

/**
 * Decodes a file's bytes: UTF-8 (BOM optional), UTF-16 with a BOM, the given
 * `charset` (from HTTP or a meta tag), else UTF-8. Invalid UTF-8 is read as
 * UTF-8 with U+FFFD for the bad bytes when most of its non-ASCII text is
 * valid UTF-8 (a damaged file), as windows-1252 when it clearly is Western
 * text. Throws `ingest/binary` and `ingest/undecodable` with the reason.
 */
export function decode(bytes: Uint8Array, file?: string, charset?: string): Decoded {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return decodeWith('utf-8', bytes.subarray(3), file);
  if (startsWith(bytes, [0xff, 0xfe])) return decodeWith('utf-16le', bytes.subarray(2), file);
  if (startsWith(bytes, [0xfe, 0xff])) return decodeWith('utf-16be', bytes.subarray(2), file);
  const kind = binaryKind(bytes);
  if (kind) throw new HearsayError('ingest/binary', `binary file (${kindPhrase(kind)}), not text`, file);
  const label = charset?.trim().toLowerCase();
  const utf8 = strictUtf8(bytes);
  // Valid UTF-8 with non-ASCII characters labelled Latin-1 is UTF-8 mislabelled: by chance it never is.
  const mislabelled = label && WESTERN_LABELS.has(label) && utf8 !== undefined && /[^\0-\x7f]/.test(utf8);
  if (label && !UTF8_LABELS.has(label) && !mislabelled) return decodeWith(label, bytes, file);
  if (utf8 !== undefined) return { text: utf8, encoding: 'utf-8', replaced: 0 };
  const lenient = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
  const replaced = lenient.match(/\uFFFD/g)?.length ?? 0;
  const valid = lenient.match(/[^\0-\x7f\uFFFD]/g)?.length ?? 0;
  if (valid > replaced) return { text: lenient, encoding: 'utf-8', replaced };
  if (looksLikeWindows1252(bytes)) return decodeWith('windows-1252', bytes, file);
  const at = firstInvalidUtf8(bytes);
  throw new HearsayError(
    'ingest/undecodable',
    `not valid UTF-8 text (byte 0x${(bytes[at] ?? 0).toString(16)} at offset ${at}) and not recognisably Latin-1 either; convert it to UTF-8`,
    file,
  );
}

/** `decode`, for callers that need only the text. */
export function decodeBytes(bytes: Uint8Array, file?: string, charset?: string): string {
  return decode(bytes, file, charset).text;
}

function kindPhrase(kind: string): string {
  return kind.startsWith('contains') ? kind : `looks like ${kind}`;
}

/** Windows-1252's characters for bytes 0x80–0x9F (the five it leaves undefined stay C1 controls). */
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';

/** Node 20's decoder reads windows-1252 as ISO-8859-1 (curly quotes become C1 controls); browsers do not. */
function fixC1(text: string): string {
  return text.replace(/[\u0080-\u009f]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80] ?? c);
}

function decodeWith(encoding: string, bytes: Uint8Array, file?: string): Decoded {
  let decoder: TextDecoder;
  try {
    decoder = strict(encoding);
  } catch {
    throw new HearsayError('ingest/undecodable', `unknown character encoding "${encoding}"`, file);
  }
  try {
    const text = decoder.decode(bytes);
    return {
      text: decoder.encoding === 'windows-1252' ? fixC1(text) : text,
      encoding: decoder.encoding,
      replaced: 0,
    };
  } catch (e) {
    throw new HearsayError('ingest/undecodable', `not valid ${encoding} text`, file, { cause: e });
  }
}
