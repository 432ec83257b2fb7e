import model from 'wink-eng-lite-web-model';
import winkNLP from 'wink-nlp';

type Wink = ReturnType<typeof winkNLP>;
let instance: Wink | undefined;

/** The wink-nlp instance, created on first use: loading its model costs ~100 ms we only pay when analysing. */
export function wink(): Wink {
  instance ??= winkNLP(model);
  return instance;
}
