/** Test documents for provenance: the pipeline's layers plus hand-written (gold-like) attributions. */
import { readFileSync } from 'node:fs';
import * as chrono from 'chrono-node';
import { goldAttributions } from '../scripts/measure-provenance.js';
import type { AnnotatedArticle } from '../src/eval/polnear.js';
import type { Attribution, AttributionKind, Document, DocumentMeta, Span } from '../src/model/document.js';
import { analyze } from '../src/pipeline.js';

export const seedText = readFileSync(new URL('../examples/seed/article.txt', import.meta.url), 'utf8');

/** One attribution by its words: each part is found after `after` (a unique piece of text at or before it). */
export interface AttrSpec {
  source?: string;
  cue: string | string[];
  content: string;
  after: string;
  kind?: AttributionKind;
}

/** The span of `words` at or after the first occurrence of `after`. */
export function find(text: string, words: string, after = '', from = 0): Span {
  const anchor = text.indexOf(after, from);
  if (anchor < 0) throw new Error(`anchor not found: ${after}`);
  const start = text.indexOf(words, anchor);
  if (start < 0) throw new Error(`not found after "${after}": ${words}`);
  return { start, end: start + words.length };
}

/**
 * Analyses text and replaces its attributions with the given ones (ids a1...
 * in cue order), so provenance is tested on known spans whatever attributor
 * is shipped. Dates come from chrono when the date stage has not run.
 */
export function docWith(text: string, specs: readonly AttrSpec[], meta: DocumentMeta = {}): Document {
  const doc = analyze(text, meta);
  const attributions: Attribution[] = specs.map((s) => {
    const cues = Array.isArray(s.cue) ? s.cue : [s.cue];
    return {
      id: '',
      source: s.source ? [find(text, s.source, s.after)] : [],
      cue: cues.map((c) => find(text, c, s.after)),
      content: [find(text, s.content, s.after)],
      kind: s.kind ?? (/^["“]/.test(s.content) ? 'direct' : 'indirect'),
      why: { by: 'rule', rule: 'test/gold', confidence: 1 },
    };
  });
  attributions.sort((a, b) => (a.cue[0]?.start ?? 0) - (b.cue[0]?.start ?? 0));
  attributions.forEach((a, i) => {
    a.id = `a${i + 1}`;
  });
  doc.attributions = attributions;
  if (doc.dates.length === 0) addDates(doc);
  return doc;
}

function addDates(doc: Document): void {
  const ref = doc.meta.published ? new Date(doc.meta.published) : undefined;
  for (const s of doc.sentences) {
    for (const r of chrono.parse(doc.text.slice(s.start, s.end), ref)) {
      const d = r.start.date();
      const iso = `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
      doc.dates.push({
        start: s.start + r.index,
        end: s.start + r.index + r.text.length,
        text: r.text,
        date: iso,
        why: { by: 'rule', rule: 'test/chrono', confidence: 0.9 },
      });
    }
  }
}

/** The seed's attributions as EXPECTED.md lists them (points 5–22). */
export const SEED_ATTRIBUTIONS: AttrSpec[] = [
  {
    source: 'report',
    cue: 'says',
    content: 'Trump made a secret call to Vladimir Putin just before the 2020 election',
    after: 'Trump made a secret',
  },
  {
    source: 'Politico',
    cue: 'reports',
    content: 'Donald Trump made a mysterious call to Vladimir Putin just before the 2020 election',
    after: '• Donald Trump',
  },
  {
    source: 'A filmmaker recording Trump',
    cue: 'said',
    content: 'he had an interview with Trump cancelled so he could call Putin',
    after: 'A filmmaker recording',
  },
  {
    source: 'a British filmmaker',
    cue: 'told Politico',
    content:
      'Former President Donald Trump made a mysterious call to Russian President Vladimir Putin just before the 2020 presidential election',
    after: 'Former President Donald',
  },
  {
    source:
      'Alex Holder, who was filming Trump and his family for a documentary in the months before the Capitol riot',
    cue: 'told the outlet',
    content: 'that he had been scheduled to film an interview with Trump on October 25, 2020',
    after: 'Alex Holder, who',
  },
  {
    source: 'Holder',
    cue: 'said',
    content: 'That interview was abruptly cancelled on the day',
    after: 'That interview was abruptly',
  },
  {
    source: 'Holder',
    cue: 'told Politico',
    content:
      '"My memory is that the chief of staff sort of came over and said that the interview couldn\'t happen today because the president was on the phone,"',
    after: '"My memory',
  },
  {
    source: 'the chief of staff',
    cue: 'said',
    content: "that the interview couldn't happen today because the president was on the phone",
    after: '"My memory',
  },
  {
    source: 'he',
    cue: 'said',
    content: 'that he was on the phone to the president of Russia, Vladimir Putin',
    after: '"I believe',
  },
  {
    source: "Trump's spokesperson, Liz Harrington",
    cue: 'pushed back against',
    content: 'the claim',
    after: "Trump's spokesperson",
  },
  {
    source: 'Harrington',
    cue: 'said',
    content:
      '"This is a totally made up story, but it doesn\'t stop the Fake News from running with another Russia, Russia, Russia hoax,"',
    after: '"This is a totally',
  },
  {
    source: 'she',
    cue: 'said',
    content:
      '"Meanwhile, [President Joe] Biden has given everything to Putin, and made Moscow richer because of the Biden government\'s anti-American energy policies,"',
    after: '"Meanwhile',
  },
  {
    source: 'Holder',
    cue: 'said',
    content: 'the call to Putin was made while on a flight from New Hampshire to Maine',
    after: 'Holder said the call',
  },
  {
    source: 'Politico',
    cue: 'noted',
    content:
      'that at the time Trump was pushing baseless claims that his opponent in the election, Joe Biden, had profited from dubious business deals his son, Hunter Biden, had made in Ukraine and Moscow',
    after: 'Politico noted',
  },
  {
    source: 'Putin',
    cue: ['was quoted in Russian state media reports', 'saying'],
    content:
      "that he saw no evidence of criminality in Hunter Biden's business dealings in Ukraine and Russia",
    after: 'Putin that day',
  },
  {
    source: 'Special Counsel Robert Mueller, who',
    cue: 'found',
    content:
      'that evidence did not substantiate charges Trump and his campaign colluded with Russia to win the 2016 election',
    after: 'Special Counsel',
  },
  {
    source: 'Mueller',
    cue: 'did conclude',
    content: 'that Russia sought to help Trump win that election',
    after: 'Mueller though',
  },
  {
    source: 'a US intelligence report',
    cue: 'found',
    content:
      'that Russia had sought to influence the election by channeling damaging disinformation about Biden through Trump allies',
    after: 'In 2021',
  },
];

export function seedDoc(): Document {
  return docWith(seedText, SEED_ATTRIBUTIONS);
}

/** A PolNeAR article analysed, with its gold attributions (ids a1... in cue order). */
export function goldDoc(article: AnnotatedArticle): Document {
  const doc = analyze(article.text, { source: article.name });
  doc.attributions = goldAttributions(doc, article.relations);
  return doc;
}
