import { isHearsayError } from '../../model/errors.js';
import { VERSION } from '../../version.js';
import { analyzeCommand } from './analyze.js';
import type { Command, Io } from './command.js';
import { evalCommand } from './eval.js';
import { ingestCommand } from './ingest.js';
import { serveCommand } from './serve.js';
import { trainCommand } from './train.js';

const commands: Command[] = [analyzeCommand, trainCommand, evalCommand, ingestCommand, serveCommand];

function usage(): string {
  const lines = commands.map((c) => `  ${c.name.padEnd(10)} ${c.summary}`);
  return [
    'hearsay: who claims what in a news article, on whose word, how surely, and who denies it.',
    '',
    'Usage: hearsay <command> [options]',
    '',
    'Commands:',
    ...lines,
    '',
    "Run `hearsay <command> --help` for a command's options. Set HEARSAY_DEBUG=1 for stack traces.",
  ].join('\n');
}

/** Runs the CLI and returns its exit code: 0 ok, 1 some input failed, 2 usage error. */
export async function main(argv: string[], io: Io = process): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.stdout.write(`${usage()}\n`);
    return name === undefined ? 2 : 0;
  }
  if (name === '--version' || name === '-v') {
    io.stdout.write(`hearsay ${VERSION}\n`);
    return 0;
  }
  const command = commands.find((c) => c.name === name);
  if (!command) {
    io.stderr.write(`hearsay: unknown command "${name}"\n\n${usage()}\n`);
    return 2;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    io.stdout.write(`${command.help}\n`);
    return 0;
  }
  try {
    return await command.run(rest, io);
  } catch (e) {
    if (process.env.HEARSAY_DEBUG) io.stderr.write(`${(e as Error)?.stack ?? String(e)}\n`);
    if (isHearsayError(e)) {
      io.stderr.write(`hearsay ${name}: ${e.file ? `${e.file}: ` : ''}${e.message}\n`);
      return e.code.startsWith('usage') ? 2 : 1;
    }
    io.stderr.write(`hearsay ${name}: unexpected error: ${(e as Error)?.message ?? String(e)}\n`);
    return 1;
  }
}
