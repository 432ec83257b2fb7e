import { mkdirSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import type { Attributor } from '../../attribution/attributor.js';
import { MAX_TEXT_LENGTH } from '../../ingest/ingest.js';
import type { Attribution, Document } from '../../model/document.js';
import { HearsayError, isHearsayError } from '../../model/errors.js';
import { FORMATS } from '../../output/formats.js';
import { toJson } from '../../output/json.js';
import type { ReportOptions } from '../../output/report.js';
import { analyze } from '../analyze.js';
import { expandInputs } from '../ingest/expand.js';
import { mb } from '../ingest/fetch.js';
import { isUrl, MAX_INPUT_BYTES, readInput } from '../ingest/read.js';
import { shippedAttributor } from '../model.js';
import { type Command, type Io, parseOptions } from './command.js';

interface Format {
  extension: string;
  /** The report takes colour and explanation options; the other formats ignore them. */
  render(doc: Document, options?: ReportOptions): string;
}

const formats: Record<string, Format> = FORMATS;
const defaultFormat = 'report';

const help = `Usage: hearsay analyze [options] <file|folder|url|->...

Finds who claims what in each news article, on whose word, how surely, and who denies it.

Inputs
  FILE            a .txt article or an .html/.htm page, optionally gzipped (.txt.gz, .html.gz)
  FOLDER          every .txt, .html, .htm (and .gz of those) file inside, recursively, in name order
  URL             an http or https page, fetched (15 s, ${mb(MAX_INPUT_BYTES)} and 5 redirects at most)
  -               standard input, text or HTML
  Text is read as UTF-8 (a byte order mark is dropped; offsets count from after it), UTF-16 with a
  byte order mark, or Windows-1252 when it is clearly not UTF-8. From HTML, the headline and the
  article's paragraphs are kept, page furniture (menus, related links, comments) is left out.
  Inputs over ${mb(MAX_INPUT_BYTES)} or with over ${MAX_TEXT_LENGTH.toLocaleString('en')} characters of text, empty inputs, binary
  files and pages without an article are errors.

Options
  -f, --format F      ${Object.keys(formats).join(', ')} (default: ${defaultFormat})
  -o, --out-dir DIR   write one file per input into DIR instead of standard output: NAME + the
                      format's extension, where NAME is the file name without .txt/.html/.htm/.gz,
                      a slug of the address for a URL, "stdin" for -; a NAME already written in
                      this run gets -2, -3, ... An input file is never overwritten.
                      With --format brat, NAME.txt (the analysed text, which the .ann offsets
                      count in) is written beside NAME.ann, unless NAME.txt is the input itself.
      --allow-private let URLs reach loopback, private and link-local addresses (refused by default)
      --min-confidence C  leave out attributions whose confidence (0-1) is below C
      --explain       in the report, say which rule or model found each attribution
  -h, --help          this text

Output
  Without --out-dir, with several inputs, each result is preceded by a line "==> INPUT <==";
  json output is then written as JSON Lines instead: one document per line.
  A failed input is reported on standard error as "hearsay analyze: INPUT: problem" and the
  others are still analysed. With several inputs and a terminal, a progress line is shown on
  standard error.

Exit status: 0 all inputs analysed, 1 some input failed, 2 usage error.

Examples
  hearsay analyze article.txt
  hearsay analyze --format json page.html > page.json
  hearsay analyze --format brat --out-dir ann/ articles/
  curl -s https://example.com/story | hearsay analyze -
  hearsay analyze https://example.com/news/story.html`;

function options(args: string[]) {
  return parseOptions('analyze', {
    args,
    options: {
      format: { type: 'string', short: 'f', default: defaultFormat },
      'out-dir': { type: 'string', short: 'o' },
      'allow-private': { type: 'boolean', default: false },
      'min-confidence': { type: 'string' },
      explain: { type: 'boolean', default: false },
    },
    strict: true,
    allowPositionals: true,
  });
}

/** The output file name for an input: its base name, a slug of a URL, or "stdin". */
export function outputName(spec: string): string {
  if (spec === '-') return 'stdin';
  if (isUrl(spec)) {
    const url = new URL(spec);
    const path = url.pathname.replace(/\.(html?|php|aspx?)$/i, '');
    const slug = `${url.hostname.replace(/^www\./, '')}${path}`
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '');
    return slug.slice(0, 100).replace(/-+$/, '') || 'page';
  }
  return basename(spec).replace(/(\.(txt|html?))?(\.gz)?$/i, '') || 'input';
}

/** One line on standard error, redrawn in place; nothing unless it is a terminal and there are several inputs. */
function progressLine(stderr: Io['stderr'], total: number) {
  const on = Boolean(stderr.isTTY) && total > 1;
  const width = ((stderr as { columns?: number }).columns ?? 80) - 1;
  return {
    show(done: number, label: string) {
      if (!on) return;
      const filled = Math.round((20 * done) / total);
      const line = `[${'#'.repeat(filled)}${'.'.repeat(20 - filled)}] ${done}/${total} ${label}`;
      stderr.write(`\r\x1b[K${line.slice(0, width)}`);
    },
    clear() {
      if (on) stderr.write('\r\x1b[K');
    },
  };
}

function write(path: string, content: string): void {
  try {
    writeFileSync(path, content);
  } catch (e) {
    throw new HearsayError('output/unwritable', `cannot write ${path}: ${(e as Error).message}`, path);
  }
}

/** Writes an input's result into `dir`, never over an input file. */
function writeFiles(
  dir: string,
  name: string,
  format: string,
  doc: Document,
  inputs: Set<string>,
  options: ReportOptions,
): void {
  const chosen = formats[format] as Format;
  const path = join(dir, name + chosen.extension);
  if (inputs.has(resolve(path))) {
    throw new HearsayError('output/overwrite', `writing ${path} would overwrite an input file`, path);
  }
  write(path, chosen.render(doc, options));
  // brat offsets need their text beside the .ann; when that is the input file itself it is already there.
  const text = join(dir, `${name}.txt`);
  if (format === 'brat' && !inputs.has(resolve(text))) write(text, doc.text);
}

export const analyzeCommand: Command = {
  name: 'analyze',
  summary: 'analyse articles (files, folders, URLs or -) and print or write the results',
  help,
  async run(args, io) {
    const { values, positionals } = options(args);
    const format = values.format ?? defaultFormat;
    const chosen = formats[format];
    if (!Object.hasOwn(formats, format) || !chosen) {
      throw new HearsayError(
        'usage/bad-format',
        `unknown format "${format}"; choose one of ${Object.keys(formats).join(', ')}`,
      );
    }
    if (positionals.length === 0) {
      throw new HearsayError('usage/no-input', 'no inputs given (see hearsay analyze --help)');
    }
    const inputs = expandInputs(positionals);
    const outDir = values['out-dir'];
    const attributor = confident(minConfidence(values['min-confidence']));
    if (outDir !== undefined) {
      try {
        mkdirSync(outDir, { recursive: true });
      } catch (e) {
        throw new HearsayError(
          'output/unwritable',
          `cannot create the folder: ${(e as Error).message}`,
          outDir,
        );
      }
    }
    const inputPaths = new Set(inputs.filter((s) => s !== '-' && !isUrl(s)).map((s) => resolve(s)));
    const used = new Map<string, number>();
    const several = inputs.length > 1;
    const progress = progressLine(io.stderr, inputs.length);
    let failed = 0;
    for (const [i, spec] of inputs.entries()) {
      progress.show(i, spec);
      const report = (message: string) => {
        progress.clear();
        io.stderr.write(`hearsay analyze: ${spec}: ${message}\n`);
      };
      try {
        const {
          text,
          meta,
          diagnostics = [],
        } = await readInput(spec, {
          allowPrivate: values['allow-private'],
          stdin: io.stdin,
        });
        for (const d of diagnostics) if (d.severity !== 'info') report(`${d.severity}: ${d.message}`);
        const doc = analyze(text, meta, { attributor });
        doc.diagnostics.unshift(...diagnostics);
        if (outDir !== undefined) {
          const base = outputName(spec);
          const count = (used.get(base) ?? 0) + 1;
          used.set(base, count);
          writeFiles(outDir, count > 1 ? `${base}-${count}` : base, format, doc, inputPaths, {
            explain: values.explain,
          });
          continue;
        }
        progress.clear();
        // Several JSON documents go out as JSON Lines: serialised once, compactly.
        if (several && format === 'json') {
          io.stdout.write(`${JSON.stringify(toJson(doc))}\n`);
          continue;
        }
        const out = chosen.render(doc, {
          color: Boolean(io.stdout.isTTY) && !process.env.NO_COLOR,
          explain: values.explain,
        });
        io.stdout.write(several ? `==> ${spec} <==\n${out}${i < inputs.length - 1 ? '\n' : ''}` : out);
      } catch (e) {
        failed++;
        report(isHearsayError(e) ? e.message : `unexpected error: ${(e as Error)?.message ?? String(e)}`);
        if (process.env.HEARSAY_DEBUG) io.stderr.write(`${(e as Error)?.stack ?? String(e)}\n`);
      }
    }
    progress.clear();
    return failed > 0 ? 1 : 0;
  },
};

function minConfidence(value: string | undefined): number {
  if (value === undefined) return 0;
  const c = Number(value);
  if (value.trim() === '' || !(c >= 0 && c <= 1))
    throw new HearsayError(
      'usage/bad-option',
      `--min-confidence must be a number from 0 to 1, got "${value}"`,
    );
  return c;
}

/**
 * The shipped model keeping only attributions at or above `min` (and parent
 * links among them): applied in the attribution stage, so provenance never
 * refers to an attribution that was left out.
 */
function confident(min: number): Attributor | undefined {
  if (min <= 0) return undefined;
  const model = shippedAttributor();
  return {
    name: model.name,
    version: model.version,
    attribute(doc: Document): Attribution[] {
      const kept = model.attribute(doc).filter((a) => a.why.confidence >= min);
      const ids = new Set(kept.map((a) => a.id));
      for (const a of kept) if (a.parent !== undefined && !ids.has(a.parent)) delete a.parent;
      return kept;
    },
  };
}
