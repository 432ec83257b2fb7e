import { availableParallelism } from 'node:os';
import { serve } from '@hono/node-server';
import { HearsayError } from '../../model/errors.js';
import { AnalysisPool } from '../corpus/pool.js';
import { createApp } from '../server/app.js';
import { defaultDbPath } from '../store/paths.js';
import { openStore } from '../store/sqlite.js';
import { type Command, parseOptions, positiveInt } from './command.js';

const help = `Usage: hearsay serve [options]

Serves the HTTP API (/api/..., described at /api/openapi.json) and the web UI.

Options
      --db PATH        the corpus database (default: ${defaultDbPath()})
  -p, --port N         port (default 8787)
      --host HOST      address to listen on (default 127.0.0.1, this machine only)
  -j, --jobs N         analysis worker threads (default: the number of cores, ${availableParallelism()})
      --timeout S      give up an analysis after S seconds (default 30)
      --allow-private  let /api/analyze fetch URLs on loopback, private and link-local addresses
  -h, --help           this text

Stop it with Ctrl-C.`;

function options(args: string[]) {
  return parseOptions('serve', {
    args,
    options: {
      db: { type: 'string' },
      port: { type: 'string', short: 'p' },
      host: { type: 'string', default: '127.0.0.1' },
      jobs: { type: 'string', short: 'j' },
      timeout: { type: 'string' },
      'allow-private': { type: 'boolean', default: false },
    },
  });
}

export const serveCommand: Command = {
  name: 'serve',
  summary: 'serve the HTTP API and the web UI over the corpus database',
  help,
  async run(args, io) {
    const { values } = options(args);
    const port = positiveInt(values.port, 'port', 8787);
    if (port > 65535) throw new HearsayError('usage/bad-option', `--port must be at most 65535, not ${port}`);
    const db = values.db ?? defaultDbPath();
    const store = openStore(db);
    const pool = new AnalysisPool({
      size: positiveInt(values.jobs, 'jobs', availableParallelism()),
      timeoutMs: positiveInt(values.timeout, 'timeout', 30) * 1000,
    });
    const app = createApp({
      store,
      analyser: pool,
      allowPrivate: values['allow-private'],
      log: (m) => io.stderr.write(`${m}\n`),
    });
    const host = values.host;
    const server = serve({ fetch: app.fetch, port, hostname: host });
    await new Promise<void>((resolve, reject) => {
      server.once('listening', resolve);
      server.once('error', (e: NodeJS.ErrnoException) =>
        reject(new HearsayError('serve/listen', `cannot listen on ${host}:${port}: ${e.code ?? e.message}`)),
      );
    });
    io.stderr.write(`hearsay serve: http://${host.includes(':') ? `[${host}]` : host}:${port}/ (${db})\n`);
    await new Promise<void>((resolve) => {
      process.once('SIGINT', resolve);
      process.once('SIGTERM', resolve);
    });
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await pool.close();
    store.close();
    return 0;
  },
};
