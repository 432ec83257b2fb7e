import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expandInputs } from '../../src/node/ingest/expand.js';
import { readInput } from '../../src/node/ingest/read.js';
import { rejected } from '../hearsay-error.js';

const page = (title: string, body: string) =>
  `<!doctype html><html><head><title>${title}</title></head><body><nav><a href="/">Home</a></nav><article><h1>${title}</h1>${body}</article></body></html>`;
const story =
  '<p>The regional transport authority said on Monday that the night bus network would be cut by a third from September, blaming a shortfall in government funding.</p><p>Unions said the cuts would leave shift workers stranded, and the mayor said she would ask ministers to reconsider.</p>';

let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'hearsay-read-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('readInput from files and stdin', () => {
  it('reads a UTF-8 text file with BOM and CRLF, dropping only the BOM', async () => {
    const file = join(dir, 'crlf.txt');
    writeFileSync(file, '\ufeffHeadline\r\n\r\nBody says so.\r\n');
    expect(await readInput(file)).toEqual({
      text: 'Headline\r\n\r\nBody says so.\r\n',
      meta: { format: 'text', source: file },
    });
  });

  it('reads HTML and gzipped HTML and text by name', async () => {
    writeFileSync(join(dir, 'bus.html'), page('Night buses cut', story));
    writeFileSync(join(dir, 'bus.html.gz'), gzipSync(page('Night buses cut', story)));
    writeFileSync(join(dir, 'note.txt.gz'), gzipSync('Headline\n\nThe minister said no.\n'));
    const html = await readInput(join(dir, 'bus.html'));
    expect(html.text).toMatch(/^Night buses cut\n\nThe regional transport authority said/);
    expect(html.meta.format).toBe('html');
    expect(await readInput(join(dir, 'bus.html.gz'))).toEqual({
      ...html,
      meta: { ...html.meta, source: join(dir, 'bus.html.gz') },
    });
    expect((await readInput(join(dir, 'note.txt.gz'))).text).toBe('Headline\n\nThe minister said no.\n');
  });

  it('refuses a 5 MB text as too long to analyse, reads a 0.9 MB one; refuses files over the byte limit, gzipped or not', async () => {
    const line = 'The spokesman said the figures were accurate.\n';
    const big = join(dir, 'big.txt');
    writeFileSync(big, line.repeat(110_000));
    const long = await rejected(readInput(big));
    expect([long.code, long.file]).toEqual(['ingest/too-large', big]);
    expect(long.message).toBe(
      'the text is 5,060,000 characters; hearsay analyses at most 1,000,000 per document (split it into articles)',
    );
    const text = line.repeat(20_000);
    writeFileSync(join(dir, 'long.txt'), text);
    expect((await readInput(join(dir, 'long.txt'))).text).toBe(text);
    const tooBig = await rejected(readInput(big, { maxBytes: 1_000_000 }));
    expect(tooBig.code).toBe('ingest/too-large');
    expect(tooBig.message).toBe('input is 5.1 MB; hearsay reads at most 1 MB');
    const bomb = join(dir, 'bomb.txt.gz');
    writeFileSync(bomb, gzipSync(text));
    const unpacked = await rejected(readInput(bomb, { maxBytes: 100_000 }));
    expect(unpacked.message).toBe('input is more than 0.1 MB; hearsay reads at most 0.1 MB');
  });

  it('names the file and the problem for missing, empty, binary and damaged files', async () => {
    const missing = await rejected(readInput(join(dir, 'nope.txt')));
    expect([missing.code, missing.message, missing.file]).toEqual([
      'ingest/not-found',
      'no such file',
      join(dir, 'nope.txt'),
    ]);
    writeFileSync(join(dir, 'empty.txt'), '');
    expect((await rejected(readInput(join(dir, 'empty.txt')))).code).toBe('ingest/empty');
    writeFileSync(join(dir, 'scan.pdf'), '%PDF-1.4\n%\xe2\xe3\xcf\xd3\n');
    const pdf = await rejected(readInput(join(dir, 'scan.pdf')));
    expect([pdf.code, pdf.file]).toEqual(['ingest/binary', join(dir, 'scan.pdf')]);
    writeFileSync(join(dir, 'cut.txt.gz'), gzipSync('x'.repeat(1000)).subarray(0, 20));
    expect((await rejected(readInput(join(dir, 'cut.txt.gz')))).message).toBe('damaged gzip data');
  });

  it('reads standard input', async () => {
    const stdin = Readable.from([Buffer.from(page('Night buses cut', story))]);
    const { text, meta } = await readInput('-', { stdin });
    expect(text).toMatch(/^Night buses cut\n\nThe regional/);
    expect(meta).toMatchObject({ source: '-', format: 'html' });
  });
});

describe('expandInputs', () => {
  it('lists the article files in folders, recursively and sorted, passing other inputs through', () => {
    const root = join(dir, 'tree');
    mkdirSync(join(root, 'b', 'deep'), { recursive: true });
    mkdirSync(join(root, '.git'), { recursive: true });
    mkdirSync(join(dir, 'nothing'), { recursive: true });
    for (const f of [
      'z.txt',
      'a.html',
      'b/deep/c.htm',
      'b/d.html.gz',
      'b/notes.md',
      'photo.png',
      '.git/x.txt',
      'b/e.TXT',
    ]) {
      writeFileSync(join(root, f), 'x');
    }
    expect(
      expandInputs([
        '-',
        join(root),
        'https://example.com/a',
        join(dir, 'missing.txt'),
        join(dir, 'nothing'),
      ]),
    ).toEqual([
      '-',
      join(root, 'a.html'),
      join(root, 'b', 'd.html.gz'),
      join(root, 'b', 'deep', 'c.htm'),
      join(root, 'b', 'e.TXT'),
      join(root, 'z.txt'),
      'https://example.com/a',
      join(dir, 'missing.txt'),
      join(dir, 'nothing'),
    ]);
  });

  it('a folder with no article files reads as an error naming it', async () => {
    const e = await rejected(readInput(join(dir, 'nothing')));
    expect(e.code).toBe('ingest/folder');
    expect(e.file).toBe(join(dir, 'nothing'));
  });
});
