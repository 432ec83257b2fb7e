import { availableParallelism } from 'node:os';
import { HearsayError } from '../../model/errors.js';
import { type IngestSummary, ingestCorpus } from '../corpus/ingest.js';
import { AnalysisPool } from '../corpus/pool.js';
import { ingestProgress } from '../corpus/progress.js';
import { defaultDbPath } from '../store/paths.js';
import { openStore } from '../store/sqlite.js';
import { type Command, parseOptions, positiveInt } from './command.js';

const help = `Usage: hearsay ingest [options] <file|folder|url|feed|.jsonl|.warc|.warc.gz>...

Analyses articles and adds them to the corpus database, for hearsay serve and its queries.

Inputs
  FILE, FOLDER    .txt and .html/.htm articles (and .gz of those); folders are read recursively
  URL             an article page; a URL that looks like a feed (…/rss, …/feed, feeds.…, .xml) is read
                  as RSS or Atom: each item's content:encoded, else the page its link points to
  FEED FILE       .rss, .atom or .xml
  .jsonl[.gz]     JSON Lines, one article per line: {"url"?, "html"? | "text"?, "title"?, "published"?,
                  "siteName"?, "byline"?}; a bad line is reported with its number and skipped
  .warc[.gz]      a web archive: its HTML response records

Each article is committed as soon as it is analysed. Articles already stored are skipped: by source
path or URL before reading, and by content (text with whitespace collapsed, lowercased) before
analysing, so an interrupted run can simply be started again.

Options
      --db PATH       the database (default: ${defaultDbPath()})
  -j, --jobs N        analysis worker threads (default: the number of cores, ${availableParallelism()})
      --allow-private let URLs reach loopback, private and link-local addresses (refused by default)
  -h, --help          this text

Exit status: 0 all inputs stored or already stored, 1 some input failed, 2 usage error.`;

function options(args: string[]) {
  return parseOptions('ingest', {
    args,
    options: {
      db: { type: 'string' },
      jobs: { type: 'string', short: 'j' },
      'allow-private': { type: 'boolean', default: false },
    },
    allowPositionals: true,
  });
}

const describe = (s: IngestSummary) =>
  `${s.stored} stored, ${s.duplicate} duplicate${s.duplicate === 1 ? '' : 's'} of stored articles, ${s.skipped} already stored, ${s.failed} failed`;

export const ingestCommand: Command = {
  name: 'ingest',
  summary: 'analyse articles, feeds, JSON Lines or WARC files into the corpus database',
  help,
  async run(args, io) {
    const { values, positionals } = options(args);
    if (positionals.length === 0)
      throw new HearsayError('usage/no-input', 'no inputs given (see hearsay ingest --help)');
    const jobs = positiveInt(values.jobs, 'jobs', availableParallelism());
    const db = values.db ?? defaultDbPath();
    const store = openStore(db);
    const pool = new AnalysisPool({ size: jobs });
    const progress = ingestProgress(io.stderr);
    let summary: IngestSummary;
    try {
      summary = await ingestCorpus(positionals, {
        store,
        analyser: pool,
        concurrency: jobs * 2,
        allowPrivate: values['allow-private'],
        onEvent(event, totals) {
          if (event.outcome === 'failed') {
            progress.clear();
            io.stderr.write(`hearsay ingest: ${event.file}: ${event.message}\n`);
          }
          progress.show(totals, event);
        },
      });
    } finally {
      progress.clear();
      await pool.close();
      store.close();
    }
    io.stderr.write(`hearsay ingest: ${describe(summary)} (${db})\n`);
    return summary.failed > 0 ? 1 : 0;
  },
};
