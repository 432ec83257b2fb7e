import { TITLES } from './gazetteer.js';

/** Punctuation that closes what came before: a quote or bracket glued to `worse.''`, `mean?"`, `(D-Mo.)`. */
const CLOSING = /^[.!?…'"”’)\]]+$/;
/** A sentence never starts with these. */
const CONTINUING = /^[,;:)\]}]/;
/** Dashes and ellipses that may lead a fragment: "― or for that matter", "..from our". */
const LEADING = /^(\p{Pd}+|\.{2,}|…+)$/u;
const BLANK = /^\s*$/;
const LOWER_WORD = /^\p{Ll}[\p{Ll}-]*$/u;
const CAPITALISED_WORD = /^\p{Lu}\p{Ll}*$/u;
/** Titles written with a period ("Sens.", "Rev."): never the end of a sentence, a name follows. */
const DOTTED_TITLES = new Set([...TITLES].filter((t) => t.endsWith('.')));

/**
 * Mends wink's sentence ends that are provably not ends, given wink's token
 * values, their start offsets in `text` (-1 where unaligned) and its sentences
 * as [first, last] token indices. Closing punctuation glued to the end of a
 * sentence moves back to it (`... worse.'` | `'`); a sentence joins the one
 * before when it starts glued to it ("(D-N." | "Y.)"), with `,;:)`, or with a
 * lower-case word after any dash or ellipsis ("(R-Ga.)" | "said ..."), or when
 * the one before ends with a dotted title ("Sens." | "Ted Cruz"). A capitalised
 * word after a space stays a new sentence: "in the U.S. The next day".
 */
export function mendSentences(
  text: string,
  values: readonly string[],
  starts: readonly number[],
  spans: readonly (readonly [number, number])[],
): [number, number][] {
  // No space between a token and the text before it.
  const glued = (i: number): boolean =>
    (starts[i] ?? -1) > 0 && !/\s/.test(text[(starts[i] as number) - 1] as string);
  const continues = (i: number): boolean => {
    const value = values[i] as string;
    if (glued(i) && !CAPITALISED_WORD.test(value)) return true;
    if (CONTINUING.test(value) || endsWithTitle(values, i)) return true;
    let j = i;
    while (LEADING.test(values[j] ?? '')) j++;
    return LOWER_WORD.test(values[j] ?? '');
  };
  const out: [number, number][] = [];
  for (const [first, last] of spans) {
    const prev = out[out.length - 1];
    if (prev === undefined) {
      out.push([first, last]);
      continue;
    }
    let from = first;
    while (from < last && BLANK.test(values[from] as string)) from++;
    while (from <= last && glued(from) && CLOSING.test(values[from] as string)) from++;
    if (from > last || continues(from)) prev[1] = last;
    else {
      prev[1] = from - 1;
      out.push([from, last]);
    }
  }
  return out;
}

/** Whether the tokens before `i` end with a dotted title, as one token ("Sen.") or two ("Sens" "."). */
function endsWithTitle(values: readonly string[], i: number): boolean {
  const last = values[i - 1] ?? '';
  return DOTTED_TITLES.has(last) || (last === '.' && DOTTED_TITLES.has(`${values[i - 2] ?? ''}.`));
}
