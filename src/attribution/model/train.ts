import { classify } from '../../clean/classify.js';
import { segment } from '../../clean/segment.js';
import type { AnnotatedArticle } from '../../eval/polnear.js';
import { tokenize } from '../../language/tokens.js';
import { createDocument, type Document } from '../../model/document.js';
import type { BratRelation } from '../../output/brat.js';
import { extractFeatures, FEATURE_SET, FEATURES_PER_TOKEN, type Sequence, sequences } from './features.js';
import { prng } from './hash.js';
import { goldLabels } from './labels.js';
import { type AttributionModel, ruleHints } from './model.js';
import { emissions, emptyWeights, L, STRIDE, type TaggerWeights, transitions, viterbi } from './tagger.js';

/** An article run through the language layer, with gold labels per token. */
export interface Example {
  name: string;
  text: string;
  relations: BratRelation[];
  doc: Document;
  gold: Uint8Array;
  seqs: Sequence[];
  hints: Uint8Array;
}

export function prepare(articles: readonly AnnotatedArticle[]): Example[] {
  return articles.map((a) => {
    // The layers the attributor reads, as the pipeline builds them before the attribution stage.
    const doc = createDocument(a.text, { source: a.name });
    segment(doc);
    classify(doc);
    tokenize(doc);
    return {
      name: a.name,
      text: a.text,
      relations: a.relations,
      doc,
      gold: goldLabels(doc, a.relations),
      seqs: sequences(doc),
      hints: ruleHints(doc),
    };
  });
}

/**
 * Cue classes per lemma from training labels: how often the lemma is (part
 * of) a cue, smoothed so that rare lemmas do not look certain.
 */
function learnLexicon(examples: readonly Example[]): Map<string, number> {
  const seen = new Map<string, [number, number]>();
  for (const ex of examples)
    ex.doc.tokens.forEach((t, i) => {
      const c = seen.get(t.lemma) ?? [0, 0];
      c[0]++;
      const g = ex.gold[i] as number;
      if (g === 3 || g === 4) c[1]++;
      seen.set(t.lemma, c);
    });
  const lexicon = new Map<string, number>();
  for (const [lemma, [count, cue]] of [...seen].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    if (cue < 2) continue;
    const rate = cue / (count + 2);
    lexicon.set(lemma, rate >= 0.5 ? 4 : rate >= 0.2 ? 3 : rate >= 0.05 ? 2 : 1);
  }
  return lexicon;
}

export interface TrainOptions {
  epochs: number;
  seed: number;
  /** Hashed feature table size, a power of two. */
  buckets: number;
  version: string;
  /** Scores a candidate model on dev (higher is better); the best epoch is kept. */
  evaluate?: (model: AttributionModel, epoch: number) => number;
  log?: (line: string) => void;
}

export interface Trained {
  model: AttributionModel;
  epoch: number;
  score: number;
}

/** Averaged structured perceptron over paragraphs, in seeded random order; keeps the epoch that scores best. */
export function train(examples: readonly Example[], options: TrainOptions): Trained {
  const lexicon = learnLexicon(examples);
  const F = FEATURES_PER_TOKEN;
  const items: { feats: Int32Array; gold: Uint8Array }[] = [];
  for (const ex of examples)
    for (const seq of ex.seqs)
      items.push({
        feats: extractFeatures(ex.doc, seq, lexicon, options.buckets, ex.hints),
        gold: ex.gold.subarray(seq.first, seq.last),
      });
  const w = emptyWeights(options.buckets);
  const uE = new Float64Array(w.emission.length);
  const uT = new Float64Array(w.transition.length);
  const random = prng(options.seed);
  const order = items.map((_, i) => i);
  let c = 1;
  let best: Trained | undefined;
  for (let epoch = 1; epoch <= options.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j] as number, order[i] as number];
    }
    let errors = 0;
    let tokens = 0;
    for (const index of order) {
      const { feats, gold } = items[index] as { feats: Int32Array; gold: Uint8Array };
      const n = gold.length;
      const pred = viterbi(transitions(w), emissions(w, feats, n, F), n);
      tokens += n;
      let differs = false;
      for (let i = 0; i < n; i++) {
        const g = gold[i] as number;
        const p = pred[i] as number;
        if (g === p) continue;
        differs = true;
        errors++;
        for (let k = i * F; k < (i + 1) * F; k++) {
          const b = (feats[k] as number) * STRIDE;
          w.emission[b + g] = (w.emission[b + g] as number) + 1;
          w.emission[b + p] = (w.emission[b + p] as number) - 1;
          uE[b + g] = (uE[b + g] as number) + c;
          uE[b + p] = (uE[b + p] as number) - c;
        }
      }
      if (differs) {
        for (let i = 0; i < n; i++) {
          const tg = (i === 0 ? L : (gold[i - 1] as number)) * L + (gold[i] as number);
          const tp = (i === 0 ? L : (pred[i - 1] as number)) * L + (pred[i] as number);
          w.transition[tg] = (w.transition[tg] as number) + 1;
          w.transition[tp] = (w.transition[tp] as number) - 1;
          uT[tg] = (uT[tg] as number) + c;
          uT[tp] = (uT[tp] as number) - c;
        }
      }
      c++;
    }
    const model: AttributionModel = {
      version: options.version,
      featureSet: FEATURE_SET,
      weights: averaged(w, uE, uT, c),
      lexicon,
      temperature: 1,
      calibration: [1, 0, 0, 0],
    };
    const score = options.evaluate ? options.evaluate(model, epoch) : epoch;
    options.log?.(`epoch ${epoch}: token errors ${((100 * errors) / tokens).toFixed(2)}%`);
    if (!best || score > best.score) best = { model, epoch, score };
  }
  if (!best) throw new Error('train: no epochs');
  return best;
}

function averaged(w: TaggerWeights, uE: Float64Array, uT: Float64Array, c: number): TaggerWeights {
  const out = emptyWeights(w.buckets);
  for (let k = 0; k < uE.length; k++) out.emission[k] = (w.emission[k] as number) - (uE[k] as number) / c;
  for (let k = 0; k < uT.length; k++) out.transition[k] = (w.transition[k] as number) - (uT[k] as number) / c;
  return out;
}
