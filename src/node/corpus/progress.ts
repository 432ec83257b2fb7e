import type { Io } from '../cli/command.js';
import type { IngestEvent, IngestSummary } from './ingest.js';

/** One status line on standard error, redrawn in place, only when it is a terminal. */
export function ingestProgress(stderr: Io['stderr']) {
  const on = Boolean(stderr.isTTY);
  const width = () => ((stderr as { columns?: number }).columns ?? 80) - 1;
  return {
    show(summary: IngestSummary, event: IngestEvent) {
      if (!on) return;
      const done = summary.stored + summary.duplicate + summary.skipped + summary.failed;
      const spin = '|/-\\'[done % 4];
      const line = `${spin} ${done} done: ${summary.stored} stored, ${summary.duplicate} duplicate, ${summary.skipped} already stored, ${summary.failed} failed  ${event.source}`;
      stderr.write(`\r\x1b[K${line.slice(0, width())}`);
    },
    clear() {
      if (on) stderr.write('\r\x1b[K');
    },
  };
}
