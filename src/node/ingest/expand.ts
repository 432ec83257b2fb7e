import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { isUrl } from './read.js';

/** The files a folder contributes: article text and pages, maybe gzipped. */
const INPUT_FILE = /\.(txt|html?)(\.gz)?$/i;

function filesIn(folder: string): string[] {
  const entries = readdirSync(folder, { withFileTypes: true })
    .filter((e) => !e.name.startsWith('.'))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return entries.flatMap((e) => {
    const path = join(folder, e.name);
    if (e.isDirectory()) return filesIn(path);
    return INPUT_FILE.test(e.name) && (e.isFile() || e.isSymbolicLink()) ? [path] : [];
  });
}

/**
 * Replaces each folder by the `.txt`, `.html`, `.htm` (and `.gz` of those)
 * files inside it, recursively, sorted, hidden entries skipped. Files, URLs
 * and `-` pass through as given; a missing path passes through for
 * `readInput` to report. A folder with no such files is kept, so that
 * reading it reports the problem.
 */
export function expandInputs(specs: string[]): string[] {
  return specs.flatMap((spec) => {
    if (spec === '-' || isUrl(spec)) return [spec];
    let folder = false;
    try {
      folder = statSync(spec).isDirectory();
    } catch {
      return [spec];
    }
    if (!folder) return [spec];
    const files = filesIn(spec);
    return files.length ? files : [spec];
  });
}
