import { type ParseArgsConfig, parseArgs } from 'node:util';
import { HearsayError } from '../../model/errors.js';

/** What a CLI command sees of the outside world, so tests can run commands in-process. */
export interface Io {
  stdout: NodeJS.WritableStream & { isTTY?: boolean };
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
  stdin: NodeJS.ReadableStream & { isTTY?: boolean };
}

export interface Command {
  name: string;
  summary: string;
  /** Full `--help` text. */
  help: string;
  /** Returns the process exit code. Throws only `HearsayError` for user-facing failures. */
  run(args: string[], io: Io): Promise<number>;
}

/** `parseArgs`, with a bad option turned into a usage error that points to the command's help. */
export function parseOptions<T extends ParseArgsConfig>(command: string, config: T): ParsedResults<T> {
  try {
    return parseArgs(config);
  } catch (e) {
    throw new HearsayError('usage/bad-option', `${(e as Error).message} (see hearsay ${command} --help)`);
  }
}

type ParsedResults<T extends ParseArgsConfig> = ReturnType<typeof parseArgs<T>>;

/** A positive whole number option, or a usage error naming it. */
export function positiveInt(value: string | undefined, name: string, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1)
    throw new HearsayError('usage/bad-option', `--${name} must be a positive whole number, not "${value}"`);
  return n;
}
