import { writeFileSync } from 'node:fs';
import { decodeModel, encodeModel } from '../../attribution/model/codec.js';
import { evaluate, fitConfidence, summary } from '../../attribution/model/evaluate.js';
import { prepare, train } from '../../attribution/model/train.js';
import { HearsayError } from '../../model/errors.js';
import { readPolnear } from '../polnear.js';
import { type Command, parseOptions } from './command.js';

const help = `Usage: hearsay train --data DIR [--dev DIR] --out FILE [--epochs N] [--seed S]

Trains the attribution model (averaged perceptron tagger over paragraphs) on a
PolNeAR split and writes a model file. With --dev, prints dev scores after each
epoch, keeps the best epoch and fits the confidence calibration on dev.
The same data, epochs and seed give the same file.

  --data DIR    training split: DIR/text/*.txt and DIR/attributions/*.ann
  --dev DIR     development split for epoch selection and calibration
  --out FILE    model file to write (e.g. models/attribution-v1.bin)
  --epochs N    passes over the training data (default 8)
  --seed S      shuffling seed (default 1)
  --version V   model version recorded in every attribution's why.rule (default 1)
  --buckets N   hashed feature table size, a power of two (default 131072)

The shipped model: --data .../polnear/train --dev .../polnear/dev --epochs 14 --seed 1`;

function options(args: string[]) {
  return parseOptions('train', {
    args,
    options: {
      data: { type: 'string' },
      dev: { type: 'string' },
      out: { type: 'string' },
      epochs: { type: 'string', default: '8' },
      seed: { type: 'string', default: '1' },
      version: { type: 'string', default: '1' },
      buckets: { type: 'string', default: String(1 << 17) },
    },
    strict: true,
    allowPositionals: false,
  }).values;
}

function integer(value: string, name: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0)
    throw new HearsayError('usage/bad-option', `${name} must be a whole number, got "${value}"`);
  return n;
}

export const trainCommand: Command = {
  name: 'train',
  summary: 'train the attribution model on PolNeAR data',
  help,
  async run(args, io) {
    const opts = options(args);
    if (!opts.data || !opts.out)
      throw new HearsayError('usage/missing', `--data and --out are required\n\n${help}`);
    const epochs = integer(opts.epochs, '--epochs');
    const buckets = integer(opts.buckets, '--buckets');
    if (epochs < 1) throw new HearsayError('usage/bad-option', '--epochs must be at least 1');
    if (buckets < 2 || (buckets & (buckets - 1)) !== 0)
      throw new HearsayError('usage/bad-option', '--buckets must be a power of two');
    const started = performance.now();
    const elapsed = () => `${((performance.now() - started) / 1000).toFixed(0)}s`;
    const log = (line: string) => io.stderr.write(`${line}\n`);
    const trainSet = prepare(readPolnear(opts.data));
    const devSet = opts.dev ? prepare(readPolnear(opts.dev)) : [];
    log(`${trainSet.length} training articles, ${devSet.length} dev articles (${elapsed()})`);
    let line = '';
    const trained = train(trainSet, {
      epochs,
      seed: integer(opts.seed, '--seed'),
      buckets,
      version: opts.version,
      log: (l) => log(`${l}${line} (${elapsed()})`),
      evaluate: devSet.length
        ? (model) => {
            const s = evaluate(model, devSet);
            line = `; dev ${summary(s)}`;
            return s.relation_overlap.f1;
          }
        : undefined,
    });
    const model = trained.model;
    if (devSet.length) fitConfidence(model, devSet);
    const bytes = encodeModel(model);
    writeFileSync(opts.out, bytes);
    log(
      `kept epoch ${trained.epoch}; wrote ${opts.out} (${(bytes.length / 1024).toFixed(0)} KiB) (${elapsed()})`,
    );
    if (devSet.length)
      io.stdout.write(`dev (as saved): ${summary(evaluate(decodeModel(bytes, opts.out), devSet, true))}\n`);
    return 0;
  },
};
