import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { HearsayError } from '../../model/errors.js';
import type { Analysed, ArticleInput } from './analyse.js';

interface Job {
  input: ArticleInput;
  resolve: (a: Analysed) => void;
  reject: (e: HearsayError) => void;
}

interface Slot {
  worker: Worker;
  job?: Job;
  timer?: NodeJS.Timeout;
}

/** A worker for the analysis; from TypeScript sources (tests) it loads them through tsx. */
function spawn(): Worker {
  const here = import.meta.url;
  if (!here.endsWith('.ts')) return new Worker(new URL('./worker.js', here));
  const tsx = import.meta.resolve('tsx/esm/api');
  const worker = new URL('./worker.ts', here).href;
  const boot = `import(${JSON.stringify(tsx)}).then((m) => { m.register(); return import(${JSON.stringify(worker)}); });`;
  return new Worker(boot, { eval: true });
}

export interface PoolOptions {
  /** Worker threads; default: the number of cores. */
  size?: number;
  /** An analysis running longer is abandoned (its worker replaced) with `analysis/timeout`. */
  timeoutMs?: number;
}

/**
 * Runs article analyses on worker threads, so several cores analyse at once
 * and a runaway analysis can be stopped: its worker is terminated and replaced.
 */
export class AnalysisPool {
  readonly size: number;
  private readonly timeoutMs: number | undefined;
  private readonly slots: Slot[] = [];
  private readonly queue: Job[] = [];
  private nextId = 0;
  private closed = false;

  constructor(options: PoolOptions = {}) {
    this.size = Math.max(1, options.size ?? availableParallelism());
    this.timeoutMs = options.timeoutMs;
  }

  analyse(input: ArticleInput): Promise<Analysed> {
    if (this.closed) return Promise.reject(new HearsayError('internal', 'the analysis pool is closed'));
    return new Promise((resolve, reject) => {
      this.queue.push({ input, resolve, reject });
      this.pump();
    });
  }

  /** Jobs waiting for a free worker. */
  get waiting(): number {
    return this.queue.length;
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const job of this.queue.splice(0))
      job.reject(new HearsayError('internal', 'the analysis pool closed'));
    await Promise.all(this.slots.splice(0).map((s) => this.retire(s, 'the analysis pool closed')));
  }

  private pump(): void {
    while (this.queue.length > 0) {
      const slot =
        this.slots.find((s) => !s.job) ?? (this.slots.length < this.size ? this.start() : undefined);
      if (!slot) return;
      const job = this.queue.shift() as Job;
      slot.job = job;
      const id = this.nextId++;
      slot.worker.postMessage({ id, input: job.input });
      if (this.timeoutMs !== undefined) {
        const seconds = this.timeoutMs / 1000;
        slot.timer = setTimeout(() => {
          this.replace(slot, new HearsayError('analysis/timeout', `analysis took longer than ${seconds} s`));
        }, this.timeoutMs);
      }
    }
  }

  private start(): Slot {
    const slot: Slot = { worker: spawn() };
    slot.worker.on(
      'message',
      (msg: { result?: Analysed; error?: { code: string; message: string; file?: string } }) => {
        const job = slot.job;
        clearTimeout(slot.timer);
        slot.job = undefined;
        if (msg.error) job?.reject(new HearsayError(msg.error.code, msg.error.message, msg.error.file));
        else job?.resolve(msg.result as Analysed);
        this.pump();
      },
    );
    slot.worker.on('error', (e) => {
      this.replace(slot, new HearsayError('internal', `the analysis worker failed: ${e.message}`));
    });
    slot.worker.on('exit', (code) => {
      this.replace(slot, new HearsayError('internal', `the analysis worker stopped (exit code ${code})`));
    });
    this.slots.push(slot);
    return slot;
  }

  /** Ends a worker whose job failed or ran too long, fails that job, and lets a fresh worker take the queue. */
  private replace(slot: Slot, error: HearsayError): void {
    const at = this.slots.indexOf(slot);
    if (at < 0) return;
    this.slots.splice(at, 1);
    void this.retire(slot, error.message, error);
    this.pump();
  }

  private async retire(
    slot: Slot,
    reason: string,
    error = new HearsayError('internal', reason),
  ): Promise<void> {
    clearTimeout(slot.timer);
    slot.job?.reject(error);
    slot.job = undefined;
    slot.worker.removeAllListeners('message');
    await slot.worker.terminate();
  }
}
