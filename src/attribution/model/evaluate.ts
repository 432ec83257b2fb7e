import { type Scores, score } from '../../eval/score.js';
import type { Attribution } from '../../model/document.js';
import type { BratRelation } from '../../output/brat.js';
import { assemble, type Draft, finalize } from './assemble.js';
import { type AttributionModel, confidenceInputs, tag } from './model.js';
import type { Example } from './train.js';

/** Predictions of `model` on prepared examples (already tokenized), scored with the reference metrics. */
export function evaluate(model: AttributionModel, examples: readonly Example[]): Scores {
  const pred = new Map<string, BratRelation[]>();
  for (const ex of examples) {
    const { seqs, labels } = tag(model, ex.doc, false);
    pred.set(
      ex.name,
      finalize(ex.doc, assemble(ex.doc, seqs, labels), () => ({ by: 'model', rule: '', confidence: 1 })),
    );
  }
  return score(examples, pred);
}

/** The per-epoch line `hearsay train` prints. */
export function summary(s: Scores): string {
  const f = (x: number) => x.toFixed(3);
  return `relation F1 ${f(s.relation_overlap.f1)}  cue exact ${f(s.span_exact.cue.f1)}  source exact ${f(
    s.span_exact.source.f1,
  )}  content token ${f(s.token.content.f1)}`;
}

/**
 * Calibration data: for each predicted attribution, its confidence inputs and
 * whether the reference scorer matches it to a gold relation on its own.
 */
export function calibrationData(
  model: AttributionModel,
  examples: readonly Example[],
): { x: number[][]; y: number[] } {
  const x: number[][] = [];
  const y: number[] = [];
  for (const ex of examples) {
    const { seqs, labels, prob } = tag(model, ex.doc, true);
    const drafts = assemble(ex.doc, seqs, labels);
    const atts: Attribution[] = finalize(ex.doc, drafts, () => ({ by: 'model', rule: '', confidence: 1 }));
    const sorted: Draft[] = [...drafts].sort((a, b) => a.cue.first - b.cue.first);
    atts.forEach((a, i) => {
      const s = score([ex], new Map([[ex.name, [a]]]));
      x.push(confidenceInputs(sorted[i] as Draft, prob));
      y.push(s.relation_overlap.tp);
    });
  }
  return { x, y };
}

/** Logistic regression by batch gradient descent (deterministic): weights per input, then the bias. */
export function fitLogistic(
  x: readonly number[][],
  y: readonly number[],
  iterations = 2000,
  rate = 0.05,
): number[] {
  const d = x[0]?.length ?? 0;
  const w = new Array<number>(d + 1).fill(0);
  for (let it = 0; it < iterations; it++) {
    const grad = new Array<number>(d + 1).fill(0);
    x.forEach((xi, i) => {
      let z = w[d] as number;
      xi.forEach((v, k) => {
        z += (w[k] as number) * v;
      });
      const err = 1 / (1 + Math.exp(-z)) - (y[i] as number);
      xi.forEach((v, k) => {
        grad[k] = (grad[k] as number) + err * v;
      });
      grad[d] = (grad[d] as number) + err;
    });
    for (let k = 0; k <= d; k++)
      w[k] = (w[k] as number) - (rate * (grad[k] as number)) / Math.max(1, x.length);
  }
  return w;
}
