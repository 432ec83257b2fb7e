import type { Document, Mention, MentionType, Token } from '../model/document.js';
import { startingAt } from '../model/spans.js';
import {
  DOCUMENT_NOUNS,
  FIRST_NAMES,
  MEDIA_MODIFIERS,
  NAME_CONNECTORS,
  NOT_NAMES,
  ORG_ACRONYMS,
  ORG_CUES,
  ORG_NOUNS,
  ORGANIZATIONS,
  OUTLET_NEEDS_CAPITAL,
  OUTLET_NOUNS,
  OUTLET_SHORT_FORMS,
  OUTLETS,
  PLACES,
  ROLE_NOUNS,
  SPEECH_VERBS,
  TITLES,
} from './gazetteer.js';

/**
 * Names and descriptions of people, organisations, outlets, places and
 * documents, sentence by sentence (excluded blocks have no sentences, so junk
 * yields none). Two kinds of mention, which may nest but never cross:
 *  - names: runs of capitalised tokens, typed by gazetteers (outlets, places,
 *    organisations), organisation cue words ("... Committee"), titles ("Sen."),
 *    first names, a role noun before them ("spokeswoman X"), and finally by
 *    being part of a person's name found elsewhere in the text;
 *  - descriptions: noun phrases headed by a role ("a British filmmaker"), an
 *    outlet noun ("the outlet"), an organisation noun ("the House committee")
 *    or a document noun ("a US intelligence report").
 */
export function findMentions(doc: Document): void {
  const found: Found = { text: doc.text, list: [] };
  const pending: Token[][] = [];
  for (const s of doc.sentences) {
    const tokens = doc.tokens.slice(s.tokenStart, s.tokenEnd);
    for (const run of nameRuns(tokens)) {
      if (!classifyRun(run, tokens, found)) pending.push(run);
    }
    describe(tokens, found);
  }
  resolvePending(pending, found);
  doc.mentions = settle(found.list);
}

/** The mentions found so far, and the text they point into. */
interface Found {
  text: string;
  list: Mention[];
}

function add(found: Found, tokens: Token[], type: MentionType, rule: string, confidence: number): void {
  const first = tokens[0];
  const last = tokens.at(-1);
  if (!first || !last) return;
  // wink leaves a possessive on a sentence-final name ("than Trump's."); the name ends before it.
  const end = /\p{L}['’]s$/u.test(last.text) ? last.end - 2 : last.end;
  const text = found.text.slice(first.start, end);
  found.list.push({ start: first.start, end, type, text, why: { by: 'rule', rule, confidence } });
}

// ---- names -----------------------------------------------------------------

const CLOSED = new Set([
  'DET',
  'PRON',
  'ADP',
  'CCONJ',
  'SCONJ',
  'AUX',
  'PART',
  'PUNCT',
  'SYM',
  'NUM',
  'SPACE',
]);

/** Phrase lists keyed by their first token, longest first. */
const PHRASES = phraseIndex([
  ...OUTLETS.map((p) => [p, 'outlet'] as const),
  ...PLACES.map((p) => [p, 'place'] as const),
  ...ORGANIZATIONS.map((p) => [p, 'organization'] as const),
]);
const PHRASE_STARTS = new Set(PHRASES.keys());

function isNameToken(t: Token, initial: boolean): boolean {
  const c = t.text.charAt(0);
  if (c === c.toLowerCase() || c !== c.toUpperCase()) return false;
  if (t.pos === 'PROPN') return true;
  if (CLOSED.has(t.pos) && !(t.text === 'The' && !initial)) return false;
  // A capitalised common word opening a sentence is just a sentence opening.
  return !initial || PHRASE_STARTS.has(t.text) || FIRST_NAMES.has(t.text) || TITLES.has(t.text);
}

/** Maximal runs of name tokens, joined by "of/on/for/&" after a cue or title ("Department of Justice"). */
function nameRuns(tokens: Token[]): Token[][] {
  const runs: Token[][] = [];
  let run: Token[] = [];
  tokens.forEach((t, i) => {
    const name = isNameToken(t, i === 0) && !(t.text === 'The' && run.length > 0);
    const prev = run.at(-1);
    const next = tokens[i + 1];
    const connector =
      prev !== undefined &&
      NAME_CONNECTORS.has(t.text) &&
      (ORG_CUES.has(prev.text) || TITLES.has(prev.text)) &&
      next !== undefined &&
      isNameToken(next, false);
    if (name || connector) {
      run.push(t);
      return;
    }
    if (run.length) runs.push(run);
    run = [];
  });
  if (run.length) runs.push(run);
  // A leading "The" belongs to the name only when a listed name starts with it ("The Hill").
  return runs
    .map((r) =>
      r[0]?.text === 'The' && !PHRASES.get('The')?.some((p) => matches(r, 0, p.words)) ? r.slice(1) : r,
    )
    .filter((r) => r.length > 0);
}

/** Types a run of name tokens, adding its mentions; false when nothing could be said about it yet. */
function classifyRun(run: Token[], sentence: Token[], found: Found): boolean {
  const whole = phraseAt(run, 0);
  const initial = run[0] === sentence[0];
  if (
    whole &&
    whole.words.length === run.length &&
    !(initial && OUTLET_NEEDS_CAPITAL.has(run[0]?.text ?? ''))
  ) {
    add(found, run, whole.type, `mentions/${whole.type}-list`, 0.9);
    return true;
  }
  const last = run.at(-1) as Token;
  // "Hofstra University", "FBI", "Department of Justice".
  const cued = run.some(
    (t, i) =>
      ORG_CUES.has(t.text) && (i === run.length - 1 ? i > 0 : NAME_CONNECTORS.has(run[i + 1]?.text ?? '')),
  );
  if ((run.length === 1 && ORG_ACRONYMS.has(last.text)) || cued) {
    add(found, run, 'organization', run.length === 1 ? 'mentions/org-acronym' : 'mentions/org-cue', 0.85);
    return true;
  }
  // Titles: "Russian President Vladimir Putin" -> the name after the last title word.
  let nameStart = 0;
  run.forEach((t, i) => {
    if ((TITLES.has(t.text) || NAME_CONNECTORS.has(t.text)) && i < run.length - 1) nameStart = i + 1;
  });
  if (nameStart > 0 && run.slice(0, nameStart).some((t) => TITLES.has(t.text))) {
    scanSubPhrases(run.slice(0, nameStart), found);
    const name = run.slice(nameStart);
    if (name.every((t) => !NOT_NAMES.has(t.text)) && name.some((t) => !TITLES.has(t.text))) {
      add(found, name, 'person', 'mentions/title', 0.9);
      return true;
    }
  }
  if (
    run.length >= 2 &&
    run.length <= 4 &&
    FIRST_NAMES.has(run[0]?.text ?? '') &&
    !run.some((t) => NOT_NAMES.has(t.text))
  ) {
    add(found, run, 'person', 'mentions/first-name', 0.8);
    return true;
  }
  // "Miss Universe Alicia Machado": the person starts at the first name.
  const given = run.findIndex((t, i) => i > 0 && i < run.length - 1 && FIRST_NAMES.has(t.text));
  if (given > 0 && !run.slice(given).some((t) => NOT_NAMES.has(t.text))) {
    scanSubPhrases(run.slice(0, given), found);
    add(found, run.slice(given), 'person', 'mentions/first-name', 0.7);
    return true;
  }
  const rest = scanSubPhrases(run, found);
  if (rest.length !== run.length) return rest.length === 0 || classifyRun(rest, sentence, found);
  if (run.some((t) => NOT_NAMES.has(t.text))) return true;
  // A run is a contiguous piece of its sentence: one look-up places both ends.
  const at = sentence.indexOf(run[0] as Token);
  const before = sentence[at - 1];
  const after = sentence.slice(at + run.length, at + run.length + 2);
  if (before && ROLE_NOUNS.has(before.text.toLowerCase())) {
    add(found, run, 'person', 'mentions/role-before-name', 0.8);
    return true;
  }
  if (after[0]?.text === ',' && after[1]?.text.toLowerCase() === 'who') {
    add(found, run, 'person', 'mentions/who-clause', 0.7);
    return true;
  }
  if (run.length >= 2 && SPEECH_VERBS.has(after[0]?.text.toLowerCase() ?? '')) {
    add(found, run, 'person', 'mentions/speaker-name', 0.6);
    return true;
  }
  return false;
}

/** Adds listed names found inside a run; returns the run's tokens before the first one found (or all). */
function scanSubPhrases(run: Token[], found: Found): Token[] {
  let firstHit = run.length;
  for (let i = 0; i < run.length; ) {
    const hit = phraseAt(run, i);
    if (!hit || (hit.words.length === 1 && OUTLET_NEEDS_CAPITAL.has(hit.words[0] as string))) {
      i++;
      continue;
    }
    add(found, run.slice(i, i + hit.words.length), hit.type, `mentions/${hit.type}-list`, 0.8);
    firstHit = Math.min(firstHit, i);
    i += hit.words.length;
  }
  return run.slice(0, firstHit);
}

/**
 * Runs nothing typed: a run made only of words from a person's name found
 * elsewhere ("Trump" after "Donald Trump") is that person; "the Times" after
 * "The New York Times" is the outlet.
 */
function resolvePending(pending: Token[][], found: Found): void {
  const nameParts = new Set<string>();
  const outletEnds = new Set<string>();
  for (const m of found.list) {
    const parts = m.text.split(/\s+/);
    if (m.type === 'person' && parts.length > 1) for (const p of parts) nameParts.add(p);
    if (m.type === 'outlet') outletEnds.add(parts.at(-1) as string);
  }
  for (const run of pending) {
    if (run.every((t) => nameParts.has(t.text))) add(found, run, 'person', 'mentions/known-name', 0.7);
    else if (
      run.length === 1 &&
      OUTLET_SHORT_FORMS.has(run[0]?.text ?? '') &&
      outletEnds.has(run[0]?.text ?? '')
    )
      add(found, run, 'outlet', 'mentions/outlet-short-form', 0.7);
  }
}

// ---- descriptions ----------------------------------------------------------

const HEADS: [Set<string>, MentionType, string][] = [
  [DOCUMENT_NOUNS, 'document', 'mentions/document-noun'],
  [ROLE_NOUNS, 'person', 'mentions/role-noun'],
  [OUTLET_NOUNS, 'outlet', 'mentions/outlet-noun'],
  [ORG_NOUNS, 'organization', 'mentions/org-noun'],
];
/** Each head noun's kind: the first list in HEADS holding it. */
const HEAD_KINDS = new Map<string, (typeof HEADS)[number]>();
for (const kind of HEADS) for (const head of kind[0]) if (!HEAD_KINDS.has(head)) HEAD_KINDS.set(head, kind);
const MULTI_WORD_STARTS = new Set(
  HEADS.flatMap(([set]) => [...set].filter((h) => h.includes(' ')).map((h) => h.split(' ')[0] as string)),
);
const MODIFIER_POS = new Set(['ADJ', 'NOUN', 'PROPN', 'NUM']);
const DETERMINER = new Set([
  'a',
  'an',
  'the',
  'this',
  'that',
  'these',
  'those',
  'its',
  'his',
  'her',
  'their',
  'our',
  'my',
  'your',
  'another',
  'some',
  'several',
  'two',
  'three',
]);

/** Noun phrases headed by a role, outlet, organisation or document noun. */
function describe(tokens: Token[], found: Found): void {
  const lower = tokens.map((t) => t.text.toLowerCase());
  for (let i = 0; i < tokens.length; i++) {
    const match = headAt(lower, i);
    // A capitalised head inside a sentence is part of a name ("the Department of Justice").
    if (!match || (i > 0 && tokens[i]?.text !== lower[i] && match[0] === 1)) continue;
    const [size, kind] = match;
    const next = tokens[i + size];
    const head = tokens[i + size - 1] as Token;
    // "spokeswoman Melezia Figueroa": a title before a name; "a veterans forum": a modifier, not a head.
    if (next && ((isNameToken(next, false) && kind[1] === 'person') || (size === 1 && next.pos === 'NOUN')))
      continue;
    const from = phraseStart(tokens, i);
    const phrase = tokens.slice(from, i + size);
    const hasDeterminer = DETERMINER.has(lower[from] ?? '');
    const modifiers = phrase.slice(hasDeterminer ? 1 : 0, phrase.length - size);
    // A bare singular role is a job, not someone: "running for president", "as secretary of state".
    const bare = !hasDeterminer && modifiers.length === 0 && head.lemma === head.text.toLowerCase();
    if (bare && kind[1] !== 'document') continue;
    if (kind[1] === 'document' && !documentLike(tokens, from, i + size, hasDeterminer, modifiers)) continue;
    const media = kind[1] === 'document' && modifiers.some((t) => MEDIA_MODIFIERS.has(t.text));
    add(
      found,
      phrase,
      media ? 'outlet' : kind[1],
      media ? 'mentions/media-report' : kind[2],
      hasDeterminer ? 0.7 : 0.6,
    );
    i += size - 1;
  }
}

/** The longest head noun (up to three words: "chief of staff") starting at token `i`, and its kind. */
function headAt(lower: string[], i: number): [number, (typeof HEADS)[number]] | undefined {
  const one = lower[i] as string;
  if (MULTI_WORD_STARTS.has(one)) {
    const three = HEAD_KINDS.get(`${one} ${lower[i + 1]} ${lower[i + 2]}`);
    if (three) return [3, three];
    const two = HEAD_KINDS.get(`${one} ${lower[i + 1]}`);
    if (two) return [2, two];
  }
  const kind = HEAD_KINDS.get(one);
  return kind && [1, kind];
}

/**
 * Document nouns double as verbs ("Politico reports.", "a filmmaker recording
 * Trump"): take one as a noun after a determiner or a common-noun modifier
 * ("court filings"), or bare as an object ("according to documents") or a
 * subject ("report says", "records show").
 */
function documentLike(
  tokens: Token[],
  from: number,
  end: number,
  determiner: boolean,
  modifiers: Token[],
): boolean {
  const next = tokens[end];
  if (next && (next.pos === 'PROPN' || next.pos === 'DET' || next.pos === 'PRON')) return false;
  // wink tags a capitalised sentence opening as PROPN ("Court filings show").
  const common = (t: Token) =>
    t.pos !== 'PROPN' || (t === tokens[0] && !PHRASE_STARTS.has(t.text) && !FIRST_NAMES.has(t.text));
  if (determiner || modifiers.some(common)) return true;
  if (modifiers.length > 0) return false;
  return (
    ['ADP', 'PART', 'VERB'].includes(tokens[from - 1]?.pos ?? '') ||
    next?.pos === 'VERB' ||
    next?.pos === 'AUX'
  );
}

/** Start of the noun phrase ending before `head`: modifiers, then a possessive name ("Donald Trump's") or a determiner. */
function phraseStart(tokens: Token[], head: number): number {
  let from = head;
  for (let j = head - 1; j >= 0 && head - j <= 4; j--) {
    const t = tokens[j] as Token;
    if (t.text === "'s" || t.text === '’s') {
      let k = j;
      while (k > 0 && (tokens[k - 1] as Token).pos === 'PROPN') k--;
      return k < j ? k : from;
    }
    if (MODIFIER_POS.has(t.pos)) {
      from = j;
      continue;
    }
    if (DETERMINER.has(t.text.toLowerCase())) from = j;
    break;
  }
  return from;
}

// ---- helpers -----------------------------------------------------------------

interface Phrase {
  words: string[];
  type: MentionType;
}

function phraseIndex(entries: (readonly [string, MentionType])[]): Map<string, Phrase[]> {
  const index = new Map<string, Phrase[]>();
  for (const [name, type] of entries) {
    const words = name.split(' ');
    const key = words[0] as string;
    const list = index.get(key) ?? [];
    if (!list.some((p) => p.words.join(' ') === name)) list.push({ words, type });
    index.set(key, list);
  }
  for (const list of index.values()) list.sort((a, b) => b.words.length - a.words.length);
  return index;
}

function phraseAt(run: Token[], i: number): Phrase | undefined {
  return PHRASES.get(run[i]?.text ?? '')?.find((p) => matches(run, i, p.words));
}

function matches(run: Token[], i: number, words: string[]): boolean {
  return words.every((w, k) => run[i + k]?.text === w);
}

/** Text order; exact duplicates and mentions crossing an earlier-found one dropped. */
function settle(found: Mention[]): Mention[] {
  // Kept by start: a clash starts at most the longest mention's length before a mention, and before its end.
  const longest = found.reduce((n, m) => Math.max(n, m.end - m.start), 0);
  const kept: Mention[] = [];
  for (const m of found) {
    let clash = false;
    for (let i = startingAt(kept, m.start - longest); i < kept.length && !clash; i++) {
      const k = kept[i] as Mention;
      if (k.start > m.end) break;
      clash =
        (k.start === m.start && k.end === m.end) ||
        (k.start < m.start && m.start < k.end && k.end < m.end) ||
        (m.start < k.start && k.start < m.end && m.end < k.end);
    }
    if (!clash) kept.splice(startingAt(kept, m.start + 1), 0, m);
  }
  return kept.sort((a, b) => a.start - b.start || b.end - a.end);
}
