import type { Attribution, Document } from '../../model/document.js';
import type { Attributor } from '../attributor.js';
import { ruleAttributor } from '../rules/index.js';
import { assemble, type Draft, finalize } from './assemble.js';
import {
  type CueLexicon,
  extractFeatures,
  FEATURES_PER_TOKEN,
  type Sequence,
  sequences,
} from './features.js';
import { goldLabels } from './labels.js';
import {
  emissions,
  L,
  marginals,
  type TaggerWeights,
  transitionFactors,
  transitions,
  viterbi,
} from './tagger.js';

/** A trained attribution model: tagger weights, the learned cue lexicon and the confidence calibration. */
export interface AttributionModel {
  /** Model version, part of every attribution's `why.rule`. */
  version: string;
  featureSet: number;
  weights: TaggerWeights;
  lexicon: CueLexicon;
  /** Scores are divided by this before forward-backward turns them into marginals. */
  temperature: number;
  /** Logistic calibration over [cue, source, content] log-odds and a bias, fitted on dev. */
  calibration: number[];
}

/** Labels for every token of the document, tagged paragraph by paragraph, and the paragraphs. */
export interface Tagging {
  seqs: Sequence[];
  labels: Uint8Array;
  /** Probability of each token's chosen label (filled when asked for). */
  prob: Float64Array;
}

/** `hints`: the document's `ruleHints`, when already at hand (a prepared `Example` has them). */
export function tag(
  model: AttributionModel,
  doc: Document,
  withProb = true,
  hints = ruleHints(doc),
): Tagging {
  const seqs = sequences(doc);
  const labels = new Uint8Array(doc.tokens.length);
  const prob = new Float64Array(doc.tokens.length);
  const F = FEATURES_PER_TOKEN;
  const tr = transitions(model.weights);
  const factors = withProb ? transitionFactors(tr, model.temperature) : undefined;
  for (const seq of seqs) {
    const n = seq.last - seq.first;
    const feats = extractFeatures(doc, seq, model.lexicon, model.weights.buckets, hints);
    const em = emissions(model.weights, feats, n, F);
    const best = viterbi(tr, em, n);
    labels.set(best, seq.first);
    // Only tagged tokens' probabilities are read (by drafts); an all-O paragraph needs none.
    if (!factors || best.every((l) => l === 0)) continue;
    const m = marginals(factors, em, n, model.temperature);
    for (let i = 0; i < n; i++) prob[seq.first + i] = m[i * L + (best[i] as number)] as number;
  }
  return { seqs, labels, prob };
}

/** The rule attributor's output as token labels: a feature, not a decision. */
export function ruleHints(doc: Document): Uint8Array {
  return goldLabels(doc, ruleAttributor.attribute(doc));
}

function logit(p: number): number {
  const q = Math.min(Math.max(p, 1e-6), 1 - 1e-6);
  return Math.log(q / (1 - q));
}

/** Confidence inputs of a draft: log-odds of its weakest cue token and mean source and content token probability. */
export function confidenceInputs(d: Draft, prob: Float64Array): number[] {
  const mean = (spans: { first: number; last: number }[], fallback: number): number => {
    let s = 0;
    let k = 0;
    for (const sp of spans)
      for (let i = sp.first; i < sp.last; i++) {
        s += prob[i] as number;
        k++;
      }
    return k ? s / k : fallback;
  };
  let cue = 1;
  for (let i = d.cue.first; i < d.cue.last; i++) cue = Math.min(cue, prob[i] as number);
  return [logit(cue), logit(mean(d.source, 0.5)), logit(mean(d.content, 0.5))];
}

export function calibrate(calibration: readonly number[], x: readonly number[]): number {
  let z = calibration[x.length] ?? 0;
  x.forEach((v, i) => {
    z += (calibration[i] ?? 0) * v;
  });
  return 1 / (1 + Math.exp(-z));
}

/**
 * Attributions the calibration gives less than this chance of being right are
 * left out: on dev that trades little content for precision (relation F1
 * 0.691 -> 0.701, cue exact 0.666 -> 0.679, content token 0.841 -> 0.835).
 */
const MIN_CONFIDENCE = 0.25;

/** The model as the attribution stage: tag, assemble, attach a calibrated confidence. */
export function modelAttributor(model: AttributionModel): Attributor {
  const rule = `attribution-model@${model.version}`;
  return {
    name: 'attribution-model',
    version: model.version,
    attribute(doc: Document): Attribution[] {
      const { seqs, labels, prob } = tag(model, doc);
      const confidence = new Map<Draft, number>();
      for (const d of assemble(doc, seqs, labels))
        confidence.set(d, Math.round(calibrate(model.calibration, confidenceInputs(d, prob)) * 1000) / 1000);
      const kept = [...confidence.keys()].filter((d) => (confidence.get(d) as number) >= MIN_CONFIDENCE);
      return finalize(doc, kept, (d) => ({ by: 'model', rule, confidence: confidence.get(d) as number }));
    },
  };
}
