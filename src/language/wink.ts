import model from 'wink-eng-lite-web-model';
import winkNLP from 'wink-nlp';

type Wink = ReturnType<typeof winkNLP>;
let instance: Wink | undefined;

/**
 * The wink-nlp instance, created on first use: loading its model costs ~100 ms
 * we only pay when analysing. Only sentence splitting and POS run: we use no
 * wink entities, negation or sentiment, and skipping them halves readDoc's time
 * (tokens, POS, lemmas and sentences are the same on PolNeAR dev).
 */
export function wink(): Wink {
  instance ??= winkNLP(model, ['sbd', 'pos']);
  return instance;
}
