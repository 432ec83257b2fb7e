import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type AnnotatedArticle, goldFileName } from '../eval/polnear.js';
import { HearsayError } from '../model/errors.js';
import { parseBrat } from '../output/brat.js';

/** Reads a PolNeAR split (`DIR/text/*.txt`, `DIR/attributions/*.ann`), gold relations in UTF-16 offsets. */
export function readPolnear(dir: string): AnnotatedArticle[] {
  const textDir = join(dir, 'text');
  const annDir = join(dir, 'attributions');
  if (!existsSync(textDir)) throw new HearsayError('usage/no-corpus', `no text/ folder in ${dir}`, dir);
  const annFiles = existsSync(annDir) ? readdirSync(annDir) : [];
  return readdirSync(textDir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((file) => {
      const name = file.slice(0, -4);
      const text = readFileSync(join(textDir, file), 'utf8');
      const gold = goldFileName(name, annFiles);
      const relations = gold ? parseBrat(readFileSync(join(annDir, gold), 'utf8'), text) : [];
      return { name, text, relations };
    });
}
