import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { outputName } from '../src/node/cli/analyze.js';
import type { Io } from '../src/node/cli/command.js';
import { main } from '../src/node/cli/main.js';

const seed = readFileSync(new URL('../examples/seed/article.txt', import.meta.url), 'utf8');
const fixture = (name: string) => readFileSync(new URL(`fixtures/html/${name}`, import.meta.url));

function collector(isTTY = false) {
  const stream = Object.assign(new PassThrough(), { isTTY, columns: 60 });
  let text = '';
  stream.on('data', (chunk: Buffer) => {
    text += chunk.toString();
  });
  return { stream, read: () => text };
}

async function run(args: string[], options: { stdin?: string; tty?: boolean; stdoutTty?: boolean } = {}) {
  const stdout = collector(options.stdoutTty);
  const stderr = collector(options.tty);
  const io: Io = {
    stdout: stdout.stream,
    stderr: stderr.stream,
    stdin: Readable.from([options.stdin ?? '']),
  };
  const code = await main(['analyze', ...args], io);
  return { code, stdout: stdout.read(), stderr: stderr.read() };
}

let dir: string;
let articles: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'hearsay-cli-'));
  articles = join(dir, 'articles');
  mkdirSync(articles);
  writeFileSync(join(articles, 'seed.txt'), seed);
  // A PDF saved under a page's name: a typical mistake in a scraped folder.
  writeFileSync(
    join(articles, 'scan.html'),
    '%PDF-1.5\n%\xb5\xb5\xb5\xb5\n1 0 obj\n<< /Type /Catalog >>\nendobj\n',
  );
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('hearsay analyze', () => {
  it('analyses the good file of a folder, reports the bad one without a stack trace, exits 1', async () => {
    const { code, stdout, stderr } = await run(['--format', 'json', articles]);
    expect(code).toBe(1);
    expect(stderr).toBe(
      `hearsay analyze: ${join(articles, 'scan.html')}: binary file (looks like PDF), not text\n`,
    );
    const lines = stdout.trim().split('\n');
    expect(lines).toHaveLength(1);
    const doc = JSON.parse(lines[0] as string);
    expect(doc.text).toBe(seed);
    expect(doc.meta).toMatchObject({ source: join(articles, 'seed.txt'), format: 'text' });
  });

  it('writes one file per input with --out-dir; brat gets the text its offsets count in', async () => {
    const pages = join(dir, 'pages');
    mkdirSync(join(pages, 'more'), { recursive: true });
    writeFileSync(join(pages, 'harbour.html'), fixture('nested-layout.html'));
    writeFileSync(join(pages, 'more', 'harbour.html.gz'), fixture('nested-layout.html'));
    writeFileSync(join(pages, 'seed.txt'), seed);
    const out = join(dir, 'out');
    const { code, stdout, stderr } = await run(['--format', 'brat', '--out-dir', out, pages]);
    expect([code, stdout, stderr]).toEqual([0, '', '']);
    expect(readdirSync(out).sort()).toEqual([
      'harbour-2.ann',
      'harbour-2.txt',
      'harbour.ann',
      'harbour.txt',
      'seed.ann',
      'seed.txt',
    ]);
    expect(readFileSync(join(out, 'harbour.txt'), 'utf8')).toMatch(
      /^City council delays vote on harbour bridge after cost warning\n\nThe city council postponed/,
    );
    expect(readFileSync(join(out, 'seed.txt'), 'utf8')).toBe(seed);
    // Beside its input, brat's .ann joins the .txt that is already there, which stays untouched.
    const { code: again } = await run(['--format', 'brat', '--out-dir', pages, join(pages, 'seed.txt')]);
    expect(again).toBe(0);
    expect(existsSync(join(pages, 'seed.ann'))).toBe(true);
    expect(readFileSync(join(pages, 'seed.txt'), 'utf8')).toBe(seed);
  });

  it('writes the report with --explain to a file as it prints it', async () => {
    const out = join(dir, 'explained');
    const { code } = await run(['--explain', '--out-dir', out, join(articles, 'seed.txt')]);
    expect(code).toBe(0);
    const printed = (await run(['--explain', join(articles, 'seed.txt')])).stdout;
    const written = readFileSync(join(out, readdirSync(out)[0] as string), 'utf8');
    expect(written).toMatch(/, by model attribution-model@/);
    expect(written).toBe(printed);
  });

  it('--min-confidence leaves attributions out before provenance reads them', async () => {
    const all = JSON.parse((await run(['--format', 'json', join(articles, 'seed.txt')])).stdout);
    const { code, stdout } = await run([
      '--format',
      'json',
      '--min-confidence',
      '0.9',
      join(articles, 'seed.txt'),
    ]);
    expect(code).toBe(0);
    const doc = JSON.parse(stdout);
    const ids = new Set(doc.attributions.map((a: { id: string }) => a.id));
    expect(ids.size).toBeGreaterThan(0);
    expect(ids.size).toBeLessThan(all.attributions.length);
    for (const a of doc.attributions) expect(a.why.confidence).toBeGreaterThanOrEqual(0.9);
    const p = doc.provenance;
    const referred = [
      ...Object.keys(p.sourceOf),
      ...Object.keys(p.via),
      ...p.chains.map((c: { attribution: string }) => c.attribution),
      ...p.relays.map((r: { attribution: string }) => r.attribution),
      ...p.claims.flatMap((c: { attribution?: string; linked: string[] }) =>
        [c.attribution ?? [], c.linked].flat(),
      ),
    ];
    expect(referred.filter((id) => id.startsWith('a') && !ids.has(id))).toEqual([]);
  });

  it('refuses to write over an input file, and goes on with the others', async () => {
    const own = join(dir, 'own');
    mkdirSync(own);
    writeFileSync(join(own, 'seed.txt'), seed);
    writeFileSync(join(own, 'page.html'), fixture('malformed.html'));
    const { code, stderr } = await run(['--format', 'text', '--out-dir', own, own]);
    expect(code).toBe(1);
    expect(stderr).toBe(
      `hearsay analyze: ${join(own, 'seed.txt')}: writing ${join(own, 'seed.txt')} would overwrite an input file\n`,
    );
    expect(readFileSync(join(own, 'seed.txt'), 'utf8')).toBe(seed);
    expect(readFileSync(join(own, 'page.txt'), 'utf8')).toContain(
      'Fire crews tackle blaze at recycling plant',
    );
  });

  it('colours the report only on a terminal', async () => {
    const plain = await run(['--format', 'report', join(articles, 'seed.txt')]);
    expect(plain.code).toBe(0);
    expect(plain.stdout).toContain('Trump made a secret call to Vladimir Putin');
    expect(plain.stdout).not.toContain('\x1b[');
    vi.stubEnv('NO_COLOR', '');
    const coloured = await run(['--format', 'report', join(articles, 'seed.txt')], { stdoutTty: true });
    expect(coloured.stdout).toContain('\x1b[');
    vi.stubEnv('NO_COLOR', '1');
    const refused = await run(['--format', 'report', join(articles, 'seed.txt')], { stdoutTty: true });
    expect(refused.stdout).not.toContain('\x1b[');
    vi.unstubAllEnvs();
  });

  it('prints several results to stdout under "==> INPUT <==" headers, json as JSON Lines', async () => {
    const page = join(dir, 'page.html');
    writeFileSync(page, fixture('jsonld.html'));
    const brat = await run(['--format', 'brat', join(articles, 'seed.txt'), page]);
    expect(brat.code).toBe(0);
    expect(brat.stdout.match(/^==> .* <==$/gm)).toEqual([
      `==> ${join(articles, 'seed.txt')} <==`,
      `==> ${page} <==`,
    ]);
    const json = await run(['-f', 'json', join(articles, 'seed.txt'), page]);
    const docs = json.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(docs.map((d) => d.meta.source)).toEqual([join(articles, 'seed.txt'), page]);
    expect(docs[1].meta.siteName).toBe('Meridian News');
  });

  it('warns about replaced bytes on stderr, keeps them as diagnostics, and succeeds', async () => {
    const damaged = join(dir, 'damaged.txt');
    writeFileSync(
      damaged,
      Buffer.concat([Buffer.from(seed.slice(0, 2000)), Buffer.from([0xff]), Buffer.from('\n')]),
    );
    const { code, stdout, stderr } = await run(['--format', 'json', damaged]);
    expect(code).toBe(0);
    expect(stderr).toBe(
      `hearsay analyze: ${damaged}: warning: 1 invalid UTF-8 sequence(s) replaced by U+FFFD\n`,
    );
    expect(JSON.parse(stdout).diagnostics[0]).toMatchObject({ code: 'ingest/invalid-bytes', file: damaged });
  });

  it('reads standard input', async () => {
    const { code, stdout } = await run(['--format', 'json', '-'], { stdin: seed });
    expect(code).toBe(0);
    expect(JSON.parse(stdout).meta).toMatchObject({ source: '-', format: 'text' });
  });

  it('shows a progress line on a terminal with several inputs', async () => {
    const { stderr } = await run(['-f', 'json', join(articles, 'seed.txt'), join(articles, 'seed.txt')], {
      tty: true,
    });
    expect(stderr).toMatch(/\[#{10}\.{10}\] 1\/2 /);
    expect(stderr.endsWith('\r\x1b[K')).toBe(true);
  });

  it('exits 2 on usage errors', async () => {
    const unknown = await run(['--colour', 'x.txt']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/^hearsay analyze: Unknown option '--colour'/);
    const none = await run([]);
    expect([none.code, none.stderr]).toEqual([
      2,
      'hearsay analyze: no inputs given (see hearsay analyze --help)\n',
    ]);
    const format = await run(['--format', 'pdf', 'x.txt']);
    expect(format.code).toBe(2);
    expect(format.stderr).toMatch(/unknown format "pdf"; choose one of json, brat\b/);
  });

  it('--help lists every option with examples', async () => {
    const { code, stdout } = await run(['--help']);
    expect(code).toBe(0);
    for (const option of ['--format', '--out-dir', '--allow-private', '--help', 'Examples', 'Exit status']) {
      expect(stdout).toContain(option);
    }
  });
});

describe('outputName', () => {
  it('strips article extensions, slugs URLs, names stdin', () => {
    expect(outputName('a/b/story.html.gz')).toBe('story');
    expect(outputName('notes.v2.txt')).toBe('notes.v2');
    expect(outputName('-')).toBe('stdin');
    expect(outputName('https://www.example.com/news/2024/05/Bridge-Vote.html?x=1')).toBe(
      'example-com-news-2024-05-bridge-vote',
    );
    expect(outputName('https://example.com/')).toBe('example-com');
  });
});
