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
