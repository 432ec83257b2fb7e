import { readPolnear } from '../src/node/polnear.js';
import { POLNEAR_DEV } from './shared-data.js';

/**
 * A text of exactly `size` characters made of PolNeAR dev articles joined by
 * blank lines (repeating them when the corpus is shorter), cut at the end.
 */
export function devText(size: number, dir = POLNEAR_DEV): string {
  const articles = readPolnear(dir).map((a) => a.text.trim());
  const parts: string[] = [];
  let length = 0;
  for (let i = 0; length < size; i++) {
    const a = articles[i % articles.length] ?? '';
    parts.push(a);
    length += a.length + 2;
  }
  return parts.join('\n\n').slice(0, size);
}
