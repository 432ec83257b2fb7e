import type { Document } from '../../model/document.js';
import { type CueClass, type CueEntry, cueEntry, PHRASAL_CUES } from '../lexicon.js';
import { isPunct, lower, tok } from './tokens.js';

/** A verbal cue: tokens [first, last] (auxiliaries and adverbs included), `head` the verb itself. */
export interface Cue {
  first: number;
  last: number;
  head: number;
  entry: CueEntry;
}

/** Words that stay in the cue before its verb, as PolNeAR marks "has said", "also told", "later wrote". */
const CUE_PREFIX = new Set([
  'has',
  'have',
  'had',
  "'s",
  '’s',
  'will',
  'would',
  'could',
  'did',
  'does',
  'do',
  'also',
  'later',
  'repeatedly',
  'previously',
  'then',
  'now',
  'once',
  'again',
  'initially',
  'recently',
  'publicly',
  'privately',
  'first',
  'further',
  'since',
  'not',
  "n't",
  'n’t',
  'never',
  'often',
  'earlier',
]);
const PARTICLES = new Set(['up', 'off', 'down', 'away', 'over', 'back']);
const BE = new Set(['is', 'was', 'are', 'were', 'be', 'been', 'being', "'s", '’s']);
const THIRD_PERSON =
  /^(says|reports|claims|notes|warns|argues|writes|adds|finds|shows|insists|suggests|concludes)$/;

/** Phrasal cues by their first lemma, longest first as in PHRASAL_CUES: a verb is checked against its own only. */
const PHRASAL_BY_FIRST = new Map<string, string[][]>();
for (const phrase of PHRASAL_CUES) {
  const first = phrase[0] as string;
  PHRASAL_BY_FIRST.set(first, [...(PHRASAL_BY_FIRST.get(first) ?? []), phrase]);
}

/** Auxiliaries and adverbs right before the verb ("has long said", "now says") belong to the cue. */
function inCuePrefix(doc: Document, i: number): boolean {
  return (
    CUE_PREFIX.has(lower(doc, i)) ||
    (tok(doc, i)?.pos === 'ADV' && !/^(so|as|too|very|how|when|where|why)$/.test(lower(doc, i)))
  );
}

function isVerbLike(doc: Document, i: number): boolean {
  const t = tok(doc, i);
  if (!t) return false;
  if (t.pos === 'VERB') return true;
  // wink tags "Politico reports." as a noun: a third-person form after a name, before a clause or the end, is the verb.
  const prev = tok(doc, i - 1);
  return (
    t.pos === 'NOUN' &&
    THIRD_PERSON.test(t.text.toLowerCase()) &&
    (prev?.pos === 'PROPN' || prev?.pos === 'NOUN' || prev?.pos === 'PRON') &&
    (isPunct(doc, i + 1) || lower(doc, i + 1) === 'that' || tok(doc, i + 1)?.pos === 'PRON')
  );
}

/** The cue whose verb is token `i`, limited to the given lexicon classes. Passives ("was told") are not cues. */
export function cueAt(doc: Document, i: number, classes: readonly CueClass[]): Cue | undefined {
  if (!isVerbLike(doc, i)) return undefined;
  const t = tok(doc, i);
  if (!t) return undefined;
  let last = i;
  let entry: CueEntry | undefined;
  for (const phrase of PHRASAL_BY_FIRST.get(t.lemma) ?? []) {
    if (phrase.every((lemma, k) => (tok(doc, i + k)?.lemma ?? '') === lemma)) {
      entry = cueEntry(phrase.join(' '));
      last = i + phrase.length - 1;
      // "pushed back against", "lashed out at": the preposition belongs to the cue.
      if (tok(doc, last + 1)?.pos === 'ADP' && !['to', 'about', 'for', 'on'].includes(phrase.at(-1) ?? ''))
        last++;
      break;
    }
  }
  entry ??= cueEntry(t.lemma);
  if (!entry || !classes.includes(entry.class)) return undefined;
  let first = i;
  while (first > 0 && inCuePrefix(doc, first - 1) && tok(doc, first - 1)?.sentence === t.sentence) first--;

  const before = lower(doc, first - 1);
  if (BE.has(before) && /(ed|told|said|written|shown|found|thought|known)$/.test(t.text.toLowerCase()))
    return undefined;
  // "the reported call": a participle used as an adjective; "showed up", "found out": another verb.
  const previous = tok(doc, i - 1)?.pos;
  if (previous === 'DET' || previous === 'NUM' || PARTICLES.has(lower(doc, last + 1))) return undefined;

  // "to say", "wants to tell": an infinitive reports no actual statement.
  if (lower(doc, first - 1) === 'to') return undefined;
  return { first, last, head: i, entry };
}
