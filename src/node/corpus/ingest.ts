import { isHearsayError } from '../../model/errors.js';
import type { CorpusStore } from '../store/store.js';
import type { Analysed, ArticleInput } from './analyse.js';
import { type CorpusOptions, corpusItems } from './inputs.js';
import type { CorpusItem } from './item.js';

export type IngestOutcome = 'stored' | 'duplicate' | 'skipped' | 'failed';

export interface IngestEvent {
  outcome: IngestOutcome;
  source: string;
  /** The stored article (stored, duplicate, skipped). */
  id?: number;
  /** For a failure: the file or URL concerned and the problem. */
  file?: string;
  message?: string;
}

export type IngestSummary = Record<IngestOutcome, number>;

export interface CorpusIngestOptions extends CorpusOptions {
  store: CorpusStore;
  analyser: { analyse(input: ArticleInput): Promise<Analysed> };
  /** Articles read and analysed at once (default 8). */
  concurrency?: number;
  /** Called after each article with the running totals. */
  onEvent?: (event: IngestEvent, summary: IngestSummary) => void;
}

/**
 * Reads, analyses and stores every article of the inputs. Each article is
 * committed on its own as it finishes, so a run that is killed loses only the
 * articles in flight; a re-run skips sources already stored before reading
 * them, and texts already stored (by content hash) before analysing them.
 * A failing input is reported and the rest go on.
 */
export async function ingestCorpus(specs: string[], options: CorpusIngestOptions): Promise<IngestSummary> {
  const { store, analyser } = options;
  const summary: IngestSummary = { stored: 0, duplicate: 0, skipped: 0, failed: 0 };
  const report = (event: IngestEvent) => {
    summary[event.outcome]++;
    options.onEvent?.(event, summary);
  };

  async function one(item: CorpusItem): Promise<void> {
    const { source } = item;
    try {
      const known = store.findBySource(source);
      if (known !== undefined) return report({ outcome: 'skipped', source, id: known });
      const input = await item.read();
      const same = store.findByText(input.text);
      if (same !== undefined) {
        store.addSource(same, source);
        return report({ outcome: 'duplicate', source, id: same });
      }
      const analysed = await analyser.analyse(input);
      const { id, added } = store.add({ text: input.text, ...analysed, sources: [source] });
      report({ outcome: added ? 'stored' : 'duplicate', source, id });
    } catch (e) {
      const message = isHearsayError(e)
        ? e.message
        : `unexpected error: ${(e as Error)?.message ?? String(e)}`;
      const file = isHearsayError(e) && e.file ? e.file : source;
      report({ outcome: 'failed', source, file, message });
    }
  }

  const running = new Set<Promise<void>>();
  for await (const item of corpusItems(specs, options)) {
    const task: Promise<void> = one(item).finally(() => running.delete(task));
    running.add(task);
    if (running.size >= (options.concurrency ?? 8)) await Promise.race(running);
  }
  await Promise.all(running);
  return summary;
}
