import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { binaryKind, decode, decodeBytes } from '../../src/ingest/decode.js';
import { detectFormat, htmlCharset } from '../../src/ingest/format.js';
import { ingestBytes } from '../../src/ingest/ingest.js';
import { HearsayError } from '../../src/model/errors.js';
import { thrown } from '../hearsay-error.js';

const utf8 = (s: string) => new TextEncoder().encode(s);
const bytes = (...parts: (number[] | Uint8Array)[]) => Uint8Array.from(parts.flatMap((p) => Array.from(p)));

const article =
  'Minister denies report\r\n\r\n“We never discussed it,” the minister told reporters — café owners disagreed.\r\n';

describe('decodeBytes', () => {
  it('reads UTF-8 and keeps CRLF and every character as given', () => {
    expect(decodeBytes(utf8(article))).toBe(article);
  });

  it('drops a UTF-8 byte order mark, so offsets count from the first character after it', () => {
    const text = decodeBytes(bytes([0xef, 0xbb, 0xbf], utf8(article)));
    expect(text).toBe(article);
    expect(text.indexOf('Minister')).toBe(0);
  });

  it('reads UTF-16 little- and big-endian with a byte order mark', () => {
    const le = Buffer.from(article, 'utf16le');
    expect(decodeBytes(bytes([0xff, 0xfe], le))).toBe(article);
    const be = Buffer.from(le).swap16();
    expect(decodeBytes(bytes([0xfe, 0xff], be))).toBe(article);
  });

  it('reads Windows-1252 / Latin-1 text that is not valid UTF-8', () => {
    const latin = 'Le maire a déclaré que la décision était “définitive”, selon l’AFP.\n';
    const cp1252: Record<string, number> = { '“': 0x93, '”': 0x94, '’': 0x92 };
    const raw = Uint8Array.from(latin, (ch) => cp1252[ch] ?? ch.charCodeAt(0));
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(raw)).toThrow();
    expect(decodeBytes(raw)).toBe(latin);
  });

  it('reads mostly valid UTF-8 with a damaged byte as UTF-8, the bad byte as U+FFFD', () => {
    const damaged = bytes(
      utf8('“Prices will fall,” the minister said — '),
      [0xe2, 0x80],
      utf8(' café owners doubt it.\n'),
    );
    expect(decode(damaged)).toEqual({
      text: '“Prices will fall,” the minister said — \uFFFD café owners doubt it.\n',
      encoding: 'utf-8',
      replaced: 1,
    });
  });

  it('reads a page labelled Latin-1 that is valid UTF-8 as UTF-8', () => {
    expect(decodeBytes(utf8('Le café “Marius”'), 'p.html', 'iso-8859-1')).toBe('Le café “Marius”');
    expect(decodeBytes(utf8('plain ASCII'), 'p.html', 'iso-8859-1')).toBe('plain ASCII');
  });

  it('uses a declared charset', () => {
    expect(decodeBytes(Uint8Array.from([0x63, 0x61, 0x66, 0xe9]), 'f.html', 'ISO-8859-1')).toBe('café');
    expect(thrown(() => decodeBytes(utf8('x'), 'f.html', 'klingon')).message).toContain(
      'unknown character encoding',
    );
  });

  it('refuses invalid UTF-8 that is not Western text, naming the offset', () => {
    // Mostly high bytes including ones windows-1252 leaves undefined.
    const junk = bytes(utf8('Headline\n'), [0xc3, 0x28, 0x81, 0x8d, 0xa0, 0xa1]);
    const e = thrown(() => decodeBytes(junk, 'story.txt'));
    expect(e.code).toBe('ingest/undecodable');
    expect(e.file).toBe('story.txt');
    expect(e.message).toContain('offset 9');
  });

  it('refuses binary files, naming what they look like', () => {
    const png = bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], new Uint8Array(64));
    expect(thrown(() => decodeBytes(png, 'photo.txt')).message).toMatch(/binary file \(looks like PNG\)/);
    const pdf = utf8('%PDF-1.7\n%âãÏÓ\n1 0 obj << /Type /Catalog >> endobj\n');
    const e = thrown(() => decodeBytes(pdf, 'report.txt'));
    expect(e.code).toBe('ingest/binary');
    expect(e.message).toContain('PDF');
    expect(binaryKind(bytes([0x50, 0x4b, 0x03, 0x04]))).toContain('ZIP');
  });

  it('refuses random bytes', () => {
    let seed = 42;
    const random = Uint8Array.from({ length: 4096 }, () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed >> 16;
    });
    expect(thrown(() => decodeBytes(random)).code).toBe('ingest/binary');
    // Without NUL bytes, the control bytes give it away.
    expect(thrown(() => decodeBytes(random.map((b) => b || 1))).code).toBe('ingest/binary');
  });
});

describe('any bytes', () => {
  it('decode to the same text as UTF-8 when valid, and otherwise fail only with a HearsayError', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (raw) => {
        try {
          const text = decodeBytes(raw);
          if (raw[0] !== 0xef && raw[0] !== 0xff && raw[0] !== 0xfe) {
            const valid = (() => {
              try {
                return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(raw);
              } catch {
                return undefined;
              }
            })();
            if (valid !== undefined) expect(text).toBe(valid);
          }
        } catch (e) {
          expect(e).toBeInstanceOf(HearsayError);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('ingestBytes', () => {
  it('treats an empty file and a blank one as errors', () => {
    expect(thrown(() => ingestBytes(new Uint8Array(0), { name: 'empty.txt' })).code).toBe('ingest/empty');
    expect(thrown(() => ingestBytes(utf8(' \r\n\t\n'), { name: 'blank.txt' })).message).toContain(
      'empty input',
    );
  });

  it('notes replaced bytes and a guessed encoding as diagnostics', () => {
    const damaged = ingestBytes(bytes(utf8('Ministers “agreed” on Tuesday'), [0xff], utf8(', aides said.')), {
      name: 'd.txt',
    });
    expect(damaged.diagnostics).toEqual([
      {
        severity: 'warning',
        code: 'ingest/invalid-bytes',
        message: '1 invalid UTF-8 sequence(s) replaced by U+FFFD',
        file: 'd.txt',
      },
    ]);
    const latin = ingestBytes(Uint8Array.from('Caf\xe9 owners said no.', (c) => c.charCodeAt(0)));
    expect(latin.text).toBe('Café owners said no.');
    expect(latin.diagnostics?.map((d) => [d.severity, d.code])).toEqual([
      ['info', 'ingest/encoding-guessed'],
    ]);
    expect(ingestBytes(utf8(article)).diagnostics).toBeUndefined();
  });

  it('returns text unchanged with meta naming the source', () => {
    const { text, meta } = ingestBytes(utf8(article), { name: 'a.txt' });
    expect(text).toBe(article);
    expect(meta).toEqual({ format: 'text', source: 'a.txt' });
  });

  it('decodes a page in the charset its meta tag declares', () => {
    const body = `<p>${'Le préfet a déclaré que la route resterait fermée jusqu’à lundi. '.repeat(6)}</p>`;
    const page = `<html><head><meta charset="windows-1252"><title>Route fermée</title></head><body><article>${body}</article></body></html>`;
    const raw = Uint8Array.from(page, (ch) => (ch === '’' ? 0x92 : ch.charCodeAt(0)));
    expect(htmlCharset(raw)).toBe('windows-1252');
    const { text, meta } = ingestBytes(raw, { name: 'page.html' });
    expect(meta.title).toBe('Route fermée');
    expect(text).toContain('jusqu’à lundi');
  });
});

describe('detectFormat', () => {
  it('goes by the file name, then by how the content starts', () => {
    expect(detectFormat('<p>x</p>', 'a.txt')).toBe('text');
    expect(detectFormat('plain', 'a.HTM')).toBe('html');
    expect(detectFormat('plain', 'a.html.gz')).toBe('html');
    expect(detectFormat(utf8('\n  <!DOCTYPE html><html>'))).toBe('html');
    expect(detectFormat('<!-- saved --><html lang="en">')).toBe('html');
    expect(detectFormat('Headline about <html> tags\n\nBody.')).toBe('text');
    expect(detectFormat(Buffer.from('\ufeff<html>', 'utf16le'))).toBe('html');
  });
});
