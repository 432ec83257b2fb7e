import { type Scores, score } from '../../eval/score.js';
import type { Attribution } from '../../model/document.js';
import type { BratRelation } from '../../output/brat.js';
import { assemble, type Draft, finalize } from './assemble.js';
import { type AttributionModel, calibrate, confidenceInputs, modelAttributor, tag } from './model.js';
import type { Example } from './train.js';

/**
 * Predictions of `model` on prepared examples (already tokenized), scored with
 * the reference metrics. `calibrated`: as the shipped attributor gives them
 * (low-confidence ones left out); otherwise every assembled attribution, for
 * epoch selection before the calibration is fitted.
 */
export function evaluate(model: AttributionModel, examples: readonly Example[], calibrated = false): Scores {
  const attributor = modelAttributor(model);
  const pred = new Map<string, BratRelation[]>();
  for (const ex of examples) {
    if (calibrated) {
      pred.set(ex.name, attributor.attribute(ex.doc));
      continue;
    }
    const { seqs, labels } = tag(model, ex.doc, false, ex.hints);
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
 * Calibration data: for each predicted attribution, whether the reference
 * scorer matches it to a gold relation on its own (`y`), and its confidence
 * inputs under each candidate temperature (`x[t]`).
 */
function calibrationData(
  model: AttributionModel,
  examples: readonly Example[],
  temperatures: readonly number[],
): { x: number[][][]; y: number[] } {
  const x: number[][][] = temperatures.map(() => []);
  const y: number[] = [];
  for (const ex of examples) {
    const { seqs, labels } = tag(model, ex.doc, false, ex.hints);
    const drafts = [...assemble(ex.doc, seqs, labels)].sort((a, b) => a.cue.first - b.cue.first);
    const atts: Attribution[] = finalize(ex.doc, drafts, () => ({ by: 'model', rule: '', confidence: 1 }));
    for (const a of atts) y.push(score([ex], new Map([[ex.name, [a]]])).relation_overlap.tp);
    temperatures.forEach((temperature, t) => {
      const { prob } = tag({ ...model, temperature }, ex.doc, true, ex.hints);
      for (const d of drafts) x[t]?.push(confidenceInputs(d as Draft, prob));
    });
  }
  return { x, y };
}

/** Logistic regression by batch gradient descent (deterministic): weights per input, then the bias. */
function fitLogistic(x: readonly number[][], y: readonly number[], iterations = 2000, rate = 0.05): number[] {
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

/**
 * Fits the confidence on dev: perceptron scores have no natural scale, so the
 * marginals' temperature is picked from a few candidates by the log-loss of
 * the logistic calibration fitted over them.
 */
export function fitConfidence(model: AttributionModel, dev: readonly Example[]): void {
  const temperatures = [3, 10, 30, 100, 300];
  const data = calibrationData(model, dev, temperatures);
  let best = { loss: Infinity, temperature: 1, calibration: model.calibration };
  temperatures.forEach((temperature, t) => {
    const x = data.x[t] ?? [];
    const calibration = fitLogistic(x, data.y);
    let loss = 0;
    x.forEach((xi, i) => {
      const p = Math.min(Math.max(calibrate(calibration, xi), 1e-9), 1 - 1e-9);
      loss -= data.y[i] ? Math.log(p) : Math.log(1 - p);
    });
    if (loss < best.loss) best = { loss, temperature, calibration };
  });
  model.temperature = best.temperature;
  model.calibration = best.calibration;
}
