/**
 * Attribution cue lexicon, as data: the words that introduce what someone
 * says, writes, shows or thinks. Lemmas are lower case as wink-nlp gives
 * them; multi-word cues are space-separated lemma sequences ("push back").
 * Built from the most frequent PolNeAR train cues. Rules and model features
 * both read it, so it holds no logic beyond lookups.
 */

/**
 * speech: says or writes something; report: a document or outlet shows or
 * finds; cognition: believes or thinks; stance: backs, denies or attacks.
 */
export type CueClass = 'speech' | 'report' | 'cognition' | 'stance';

export interface CueEntry {
  /** Lemma, or space-separated lemmas for a multi-word cue. */
  lemma: string;
  class: CueClass;
  /** Usually introduces a that-clause or quotation (the content), not just an object. */
  clausal: boolean;
}

// biome-ignore format: word lists read better packed
const speechClausal = [
  'say', 'tell', 'add', 'note', 'argue', 'insist', 'write', 'state', 'announce', 'warn', 'suggest',
  'claim', 'explain', 'declare', 'acknowledge', 'admit', 'assert', 'confirm', 'contend',
  'maintain', 'report', 'recall', 'reply', 'respond', 'answer', 'predict', 'promise', 'vow',
  'pledge', 'stress', 'emphasize', 'tweet', 'post', 'continue', 'reiterate', 'repeat', 'concede',
  'complain', 'charge', 'allege', 'joke', 'remark', 'observe', 'comment', 'mention', 'reveal',
  'testify', 'indicate', 'assure', 'remind', 'recount', 'speculate', 'estimate', 'boast', 'brag',
  'lament', 'quip', 'tout', 'email', 'text', 'muse', 'caution', 'counter', 'retort', 'concur',
  'disclose', 'inform', 'signal', 'propose', 'urge', 'ask', 'question', 'wonder', 'deny',
  'dispute',
];
// biome-ignore format: word lists read better packed
const speechObject = [
  'call', 'describe', 'cite', 'criticize', 'accuse', 'praise', 'blame', 'attack', 'defend',
  'dismiss', 'reject', 'slam', 'blast', 'denounce', 'condemn', 'decry', 'mock', 'thank', 'quote',
  'discuss', 'refer to', 'talk about', 'speak about', 'rail against', 'point to', 'point out',
  'push back', 'call for', 'call on', 'lash out', 'weigh in', 'go on to say', 'put it', 'chant',
  'shout', 'recite', 'read', 'publish', 'release', 'unveil', 'outline', 'list',
];
const reportClausal = ['show', 'find', 'conclude', 'determine', 'suggest', 'indicate', 'reveal', 'estimate'];
// biome-ignore format: word lists read better packed
const cognitionClausal = [
  'believe', 'think', 'know', 'feel', 'fear', 'hope', 'expect', 'worry', 'doubt', 'suspect',
  'assume', 'understand', 'realize', 'learn', 'recognize', 'see', 'consider', 'agree', 'decide',
  'seem', 'appear', 'want', 'plan', 'intend', 'wish', 'imagine', 'guess', 'figure',
];
// biome-ignore format: word lists read better packed
const stanceObject = [
  'support', 'endorse', 'back', 'oppose', 'favor', 'prefer', 'like', 'seek', 'refuse', 'decline',
  'accept', 'welcome', 'applaud', 'challenge', 'demand', 'request', 'order', 'approve', 'veto',
];

function entries(lemmas: readonly string[], cls: CueClass, clausal: boolean): CueEntry[] {
  return lemmas.map((lemma) => ({ lemma, class: cls, clausal }));
}

/** Every cue, first entry per lemma wins in `cueEntry` (speech before report before cognition). */
const CUE_LEXICON: readonly CueEntry[] = [
  ...entries(speechClausal, 'speech', true),
  ...entries(speechObject, 'speech', false),
  ...entries(reportClausal, 'report', true),
  ...entries(cognitionClausal, 'cognition', true),
  ...entries(stanceObject, 'stance', false),
];

/** Verbs that typically report speech (say, tell, claim, ...): the core of the quoted baseline. */
export const SPEECH_VERBS: ReadonlySet<string> = new Set(
  CUE_LEXICON.filter((e) => e.class === 'speech' && !e.lemma.includes(' ')).map((e) => e.lemma),
);

/** Multi-word cues as lemma sequences, longest first so a matcher can take the first that fits. */
export const PHRASAL_CUES: readonly string[][] = CUE_LEXICON.filter((e) => e.lemma.includes(' '))
  .map((e) => e.lemma.split(' '))
  .sort((a, b) => b.length - a.length);

/** Prepositional cues whose object is the source ("according to X"), as lower-case words: wink lemmatises "according" to "accord". */
export const SOURCE_PREPOSITIONS: readonly string[][] = [
  ['according', 'to'],
  ['as', 'reported', 'by'],
];

/** Nouns that act as cues ("in a statement", "X's claim that"). */
// biome-ignore format: word lists read better packed
export const CUE_NOUNS: ReadonlySet<string> = new Set([
  'statement', 'claim', 'interview', 'remark', 'comment', 'assertion', 'allegation', 'argument',
  'warning', 'announcement', 'report', 'tweet', 'post', 'letter', 'memo', 'email', 'speech',
  'testimony', 'suggestion', 'promise', 'pledge', 'vow', 'denial', 'belief', 'view', 'criticism',
  'complaint', 'accusation', 'prediction', 'insistence', 'admission', 'concern', 'proposal',
  'op-ed', 'editorial', 'column', 'essay', 'release', 'briefing', 'conference', 'post',
]);

/** Nouns naming documents that "say"/"find" things: the head of a source like "a US intelligence report". */
// biome-ignore format: word lists read better packed
export const SOURCE_DOCUMENT_NOUNS: ReadonlySet<string> = new Set([
  'report', 'study', 'poll', 'survey', 'analysis', 'memo', 'document', 'investigation', 'review',
  'audit', 'filing', 'lawsuit', 'complaint', 'indictment', 'ruling', 'statement', 'data',
  'research', 'assessment', 'letter', 'email', 'book', 'article', 'story', 'editorial', 'record',
  'records',
]);

const byLemma = new Map<string, CueEntry>();
for (const e of CUE_LEXICON) if (!byLemma.has(e.lemma)) byLemma.set(e.lemma, e);

/** The lexicon entry for a lemma (or space-joined lemma sequence), if it is a cue. */
export function cueEntry(lemma: string): CueEntry | undefined {
  return byLemma.get(lemma.toLowerCase());
}
