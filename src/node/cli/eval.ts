import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatScores, score, scoresJson } from '../../eval/score.js';
import { HearsayError } from '../../model/errors.js';
import { type BratRelation, parseBrat, toBrat } from '../../output/brat.js';
import { analyze } from '../analyze.js';
import { readPolnear } from '../polnear.js';
import { type Command, parseOptions } from './command.js';

const help = `Usage: hearsay eval --gold DIR [--pred DIR] [--save DIR] [--json]

Scores attributions against PolNeAR gold with the reference scorer's metrics
(span exact and token P/R/F1 per role, relation overlap and exact).

  --gold DIR   a PolNeAR split: DIR/text/NAME.txt and DIR/attributions/NAME_XXXX.ann
  --pred DIR   score DIR/NAME.ann files (a missing file means no attributions);
               without it, run the analysis on every text and score its output
  --save DIR   also write the analysis output as DIR/NAME.ann (without --pred)
  --json       print the scores as JSON, as score_attributions.py --json does`;

function options(args: string[]) {
  return parseOptions('eval', {
    args,
    options: {
      gold: { type: 'string' },
      pred: { type: 'string' },
      save: { type: 'string' },
      json: { type: 'boolean', default: false },
    },
    strict: true,
    allowPositionals: false,
  }).values;
}

export const evalCommand: Command = {
  name: 'eval',
  summary: 'score attributions against PolNeAR gold (the reference metrics)',
  help,
  async run(args, io) {
    const opts = options(args);
    if (!opts.gold) throw new HearsayError('usage/no-gold', `--gold DIR is required\n\n${help}`);
    if (opts.pred && opts.save)
      throw new HearsayError('usage/bad-option', '--save only applies without --pred');
    if (opts.pred && !existsSync(opts.pred))
      throw new HearsayError('usage/no-pred', 'prediction folder not found', opts.pred);
    const gold = readPolnear(opts.gold);
    if (opts.save) mkdirSync(opts.save, { recursive: true });
    const pred = new Map<string, BratRelation[]>();
    for (const article of gold) {
      if (opts.pred) {
        const file = join(opts.pred, `${article.name}.ann`);
        if (existsSync(file)) pred.set(article.name, parseBrat(readFileSync(file, 'utf8'), article.text));
        continue;
      }
      // Through the brat writer, so the score is what the reference scorer gives on saved files.
      const source = join(opts.gold, 'text', `${article.name}.txt`);
      const ann = toBrat(analyze(article.text, { source, format: 'text' }));
      if (opts.save) writeFileSync(join(opts.save, `${article.name}.ann`), ann);
      pred.set(article.name, parseBrat(ann, article.text));
    }
    const scores = score(gold, pred);
    io.stdout.write(opts.json ? scoresJson(scores) : formatScores(scores));
    return 0;
  },
};
