/**
 * The experiment behind "a token classifier found no more than the rules" (README, Provenance):
 * multinomial logistic regression over hashed lexical and context features, the rules' own
 * markers among them, tagging each token none / denial / corroboration / missing record.
 * Trained on the tuning judgements (complete articles whole; elsewhere only sentences holding
 * a judgement) and cross-validated over the complete articles; adjacent tokens of one type make
 * a marker. Prints rules, model and their union at each threshold. Not shipped.
 * Usage: npx tsx scripts/marker-classifier-experiment.ts [--folds 5] [--epochs 5] [--thresholds 0.3,0.5,0.7]
 */
import { finish, hashString, mix, prng } from '../src/attribution/model/hash.js';
import type { Document, Span } from '../src/model/document.js';
import type { MarkerType } from '../src/model/provenance.js';
import { analyze } from '../src/pipeline.js';
import { overlaps } from '../src/provenance/spans.js';
import { arg } from './args.js';
import { readTuning, TUNED, type TunedType, type TuningArticle } from './measure-marker-tuning.js';
import { emptyScores, type MarkerScore, precision, recall, scoreMarkerSpans } from './measure-provenance.js';
import { polnearText } from './shared-data.js';

const K = TUNED.length + 1;
const SIZE = 1 << 18;
const NEGATION = new Set(['not', "n't", 'no', 'never', 'nothing', 'without', 'refuse', 'decline', 'fail']);

interface Item {
  article: TuningArticle;
  doc: Document;
  /** Per token: 0 none, 1.. a type of TUNED, -1 not judged (left out of training). */
  labels: Int8Array;
  features: Uint32Array[];
}

interface Found extends Span {
  type: TunedType;
  text: string;
}

const typeIndex = (type: string) => TUNED.indexOf(type as TunedType) + 1;

function features(doc: Document, i: number, ruleType: Int8Array): Uint32Array {
  const tokens = doc.tokens;
  const sentence = tokens[i]?.sentence;
  const lemma = (j: number) => {
    const t = tokens[j];
    return t && t.sentence === sentence ? t.lemma.toLowerCase() : j < i ? '<s>' : '</s>';
  };
  const pos = (j: number) => {
    const t = tokens[j];
    return t && t.sentence === sentence ? t.pos : '-';
  };
  const out: number[] = [];
  const add = (...parts: string[]) => {
    let h = 0x9747b28c;
    for (const p of parts) h = mix(h, hashString(p));
    out.push(finish(h) & (SIZE - 1));
  };
  const l = lemma(i);
  add('bias');
  add('l', l);
  add('w', tokens[i]?.text.toLowerCase() ?? '');
  add('p', pos(i));
  add('lp', l, pos(i));
  for (const d of [-2, -1, 1, 2]) add(`l${d}`, lemma(i + d));
  add('b-', lemma(i - 1), l);
  add('b+', l, lemma(i + 1));
  add('t-', lemma(i - 2), lemma(i - 1), l);
  add('t+', l, lemma(i + 1), lemma(i + 2));
  add('p-', pos(i - 1), pos(i));
  add('p+', pos(i), pos(i + 1));
  for (let j = i - 3; j < i; j++) if (NEGATION.has(lemma(j))) add('negated', l);
  for (let j = i - 4; j <= i + 4; j++) {
    if (j === i) continue;
    add('near', lemma(j));
    add('pair', l, lemma(j));
    if (ruleType[j]) add('rule-near', String(ruleType[j]));
  }
  add('rule', String(ruleType[i] ?? 0));
  add('rule-l', String(ruleType[i] ?? 0), l);
  return Uint32Array.from(out);
}

function build(article: TuningArticle): Item {
  const doc = analyze(polnearText(article.split, article.name), { source: article.name });
  const judged = [...article.markers, ...article.negatives];
  const labels = new Int8Array(doc.tokens.length);
  const ruleType = new Int8Array(doc.tokens.length);
  doc.tokens.forEach((t, i) => {
    const s = doc.sentences[t.sentence];
    if (!article.complete && !(s && judged.some((j) => overlaps(j, s)))) labels[i] = -1;
    for (const m of article.markers) if (overlaps(t, m)) labels[i] = typeIndex(m.type);
    for (const m of doc.provenance?.markers ?? []) if (overlaps(t, m)) ruleType[i] = typeIndex(m.type);
  });
  return { article, doc, labels, features: doc.tokens.map((_, i) => features(doc, i, ruleType)) };
}

function probabilities(weights: Float32Array, f: Uint32Array): Float64Array {
  const p = new Float64Array(K);
  for (let k = 0; k < K; k++) for (const h of f) p[k] = (p[k] ?? 0) + (weights[h * K + k] ?? 0);
  const max = Math.max(...p);
  let sum = 0;
  for (let k = 0; k < K; k++) {
    p[k] = Math.exp((p[k] ?? 0) - max);
    sum += p[k] ?? 0;
  }
  return p.map((x) => x / sum);
}

function train(items: Item[], epochs: number): Float32Array {
  const weights = new Float32Array(SIZE * K);
  const rows: [Uint32Array, number][] = [];
  for (const it of items)
    it.features.forEach((f, i) => {
      const label = it.labels[i] ?? -1;
      if (label >= 0) rows.push([f, label]);
    });
  const rand = prng(1);
  for (let e = 0; e < epochs; e++) {
    for (let i = rows.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [rows[i], rows[j]] = [rows[j] as [Uint32Array, number], rows[i] as [Uint32Array, number]];
    }
    const rate = 0.2 / (1 + e);
    for (const [f, label] of rows) {
      const p = probabilities(weights, f);
      // Markers are rare: a marker token weighs as three.
      const weight = label > 0 ? 3 : 1;
      for (let k = 0; k < K; k++) {
        const g = rate * weight * ((p[k] ?? 0) - (k === label ? 1 : 0));
        for (const h of f) weights[h * K + k] = (weights[h * K + k] ?? 0) - g;
      }
    }
  }
  return weights;
}

function predict(weights: Float32Array, it: Item, threshold: number): Found[] {
  const out: Found[] = [];
  it.features.forEach((f, i) => {
    const p = probabilities(weights, f);
    let best = 1;
    for (let k = 2; k < K; k++) if ((p[k] ?? 0) > (p[best] ?? 0)) best = k;
    const token = it.doc.tokens[i];
    const type = TUNED[best - 1];
    if (!token || !type || (p[best] ?? 0) < threshold) return;
    const last = out.at(-1);
    if (last && last.type === type && token.start - last.end <= 2) last.end = token.end;
    else out.push({ start: token.start, end: token.end, type, text: '' });
  });
  return out.map((m) => ({ ...m, text: it.doc.text.slice(m.start, m.end) }));
}

const line = (name: string, scores: Record<MarkerType, MarkerScore>) =>
  `${name.padEnd(12)}${TUNED.map((t) => `${t} P ${precision(scores[t]).toFixed(2)} R ${recall(scores[t]).toFixed(2)}`).join('   ')}`;

const folds = Number(arg('folds', '5'));
const epochs = Number(arg('epochs', '5'));
const thresholds = arg('thresholds', '0.3,0.5,0.7').split(',').map(Number);
const items = readTuning().map(build);
const complete = items.filter((it) => it.article.complete);
const rules = emptyScores();
const runs = thresholds.map((threshold) => ({ threshold, model: emptyScores(), union: emptyScores() }));
for (let fold = 0; fold < folds; fold++) {
  const test = complete.filter((_, i) => i % folds === fold);
  const weights = train(
    items.filter((it) => !test.includes(it)),
    epochs,
  );
  for (const it of test) {
    const byRules = (it.doc.provenance?.markers ?? []).filter((m) => typeIndex(m.type) > 0);
    const score = (
      into: Record<MarkerType, MarkerScore>,
      predicted: readonly (Span & { type: MarkerType; text: string })[],
    ) => scoreMarkerSpans(predicted, it.article, into, undefined, TUNED);
    score(rules, byRules);
    for (const run of runs) {
      const byModel = predict(weights, it, run.threshold);
      score(run.model, byModel);
      score(run.union, [...byRules, ...byModel.filter((m) => !byRules.some((r) => overlaps(m, r)))]);
    }
  }
}
console.log(`${items.length} articles, ${complete.length} complete, ${folds}-fold over the complete ones`);
console.log(line('rules', rules));
for (const run of runs) {
  console.log(line(`model ${run.threshold}`, run.model));
  console.log(line(`union ${run.threshold}`, run.union));
}
