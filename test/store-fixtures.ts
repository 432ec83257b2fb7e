import { readFileSync } from 'node:fs';
import { POLNEAR, POLNEAR_DEV } from '../scripts/shared-data.js';
import { articleFacts } from '../src/corpus/facts.js';
import { type Attribution, createDocument, type Document, type DocumentMeta } from '../src/model/document.js';
import { readPolnear } from '../src/node/polnear.js';
import type { NewArticle } from '../src/node/store/store.js';

/**
 * Realistic documents for store tests without depending on the attribution
 * model: PolNeAR dev articles carry their gold attributions, and the seed
 * carries a few attributions located by their words.
 */

export const seedText = readFileSync(new URL('../examples/seed/article.txt', import.meta.url), 'utf8');

const gold = (
  i: number,
  source: Attribution['source'],
  cue: Attribution['cue'],
  content: Attribution['content'],
) =>
  ({
    id: `a${i + 1}`,
    source,
    cue,
    content,
    kind: 'indirect',
    why: { by: 'model', rule: 'gold/polnear-1', confidence: 1 },
  }) satisfies Attribution;

export function devDocuments(count: number): Document[] {
  const metadata = readFileSync(`${POLNEAR}metadata.tsv`, 'utf8')
    .split('\n')
    .map((l) => l.split('\t'));
  return readPolnear(POLNEAR_DEV)
    .slice(0, count)
    .map((article) => {
      const row = metadata.find((r) => r[1] === article.name);
      const doc = createDocument(article.text, {
        source: `${article.name}.txt`,
        title: row?.[7],
        siteName: row?.[4],
        published: row?.[5],
      });
      doc.attributions = article.relations.map((r, i) => gold(i, r.source, r.cue, r.content));
      return doc;
    });
}

/** The span of `part` inside the first occurrence of `sentence` in `text`. */
function within(text: string, sentence: string, part: string) {
  const at = text.indexOf(sentence);
  const start = at + sentence.indexOf(part);
  if (at < 0 || start < at) throw new Error(`fixture text not found: ${part}`);
  return [{ start, end: start + part.length }];
}

/** The seed (or a copy of it) with attributions located by their words. */
export function seedDocument(text: string, meta: DocumentMeta): Document {
  const doc = createDocument(text, meta);
  const rel = (sentence: string, source: string, cue: string, content: string) =>
    [within(text, sentence, source), within(text, sentence, cue), within(text, sentence, content)] as const;
  doc.attributions = [
    rel(
      'Former President Donald Trump made a mysterious call to Russian President Vladimir Putin just before the 2020 presidential election, a British filmmaker told Politico',
      'a British filmmaker',
      'told',
      'Former President Donald Trump made',
    ),
    rel(
      'Alex Holder, who was filming Trump and his family for a documentary in the months before the Capitol riot, told the outlet that he had been scheduled to film an interview',
      'Alex Holder',
      'told',
      'he had been scheduled to film an interview',
    ),
    rel(
      'That interview was abruptly cancelled on the day, Holder said.',
      'Holder',
      'said',
      'That interview was abruptly cancelled',
    ),
    rel(
      '"This is a totally made up story, but it doesn\'t stop the Fake News from running with another Russia, Russia, Russia hoax," said Harrington',
      'Harrington',
      'said',
      'This is a totally made up story',
    ),
    rel(
      'Politico noted that at the time Trump was pushing baseless claims',
      'Politico',
      'noted',
      'at the time Trump was pushing baseless claims',
    ),
  ].map(([source, cue, content], i) => gold(i, source, cue, content));
  return doc;
}

export function toNew(doc: Document, sources: string[] = []): NewArticle {
  return { text: doc.text, meta: doc.meta, document: JSON.stringify(doc), facts: articleFacts(doc), sources };
}
