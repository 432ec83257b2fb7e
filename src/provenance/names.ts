import type { Document, MentionType, Span, Token } from '../model/document.js';
import {
  BODY_TITLES,
  FIRST_NAMES,
  GENDERED_TITLES,
  ORGANIZATION_WORDS,
  OUTLET_NAMES,
  OUTLET_WORDS,
  TITLES,
} from './sources-lexicon.js';
import { holding, readable } from './spans.js';

export type Gender = 'male' | 'female';

/** A run of capitalised words in the body: a name, maybe with titles in front. */
export interface NameRun extends Span {
  /** The name without titles: "Donald Trump" from "Former President Donald Trump". */
  name: string;
  /** Span of the name without titles. */
  nameSpan: Span;
  /** Titles kept as roles ("Former President"); courtesy titles are not roles. */
  roles: string[];
  gender?: Gender;
  /** What the run names, from the mentions layer when it has one, else from word lists. */
  kind: MentionType | 'unknown';
  titled: boolean;
}

const NAME_POS = new Set(['PROPN', 'NOUN', 'ADJ', 'X']);

function capitalised(t: Token): boolean {
  // Most tokens fail on the first letter: test it before running the pattern.
  const c = t.text.charCodeAt(0);
  return c >= 65 && c <= 90 && /^[A-Z][\w.'’&-]*$/.test(t.text) && t.text !== 'I';
}

/** Whether a token can be part of a name: capitalised, and a proper noun unless mid-sentence. */
function nameToken(doc: Document, t: Token, index: number): boolean {
  if (!capitalised(t)) return false;
  const sentence = doc.sentences[t.sentence];
  const initial = sentence !== undefined && sentence.tokenStart === index;
  return t.pos === 'PROPN' || (!initial && NAME_POS.has(t.pos)) || TITLES.has(t.text.toLowerCase());
}

/** Every name run in the blocks provenance reads, in text order. */
export function nameRuns(doc: Document): NameRun[] {
  const out: NameRun[] = [];
  const tokens = doc.tokens;
  for (let i = 0; i < tokens.length; ) {
    const t = tokens[i] as Token;
    if (!nameToken(doc, t, i) || !readable(doc, t.start)) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < tokens.length) {
      const next = tokens[j] as Token;
      const prev = tokens[j - 1] as Token;
      if (next.sentence !== t.sentence || next.start - prev.end > 1 || !nameToken(doc, next, j)) break;
      j++;
    }
    const run = analyseName(doc, tokens.slice(i, j));
    if (run) out.push(run);
    i = j;
  }
  return out;
}

/** Splits titles from a run of name tokens and guesses what it names. */
export function analyseName(doc: Document, run: readonly Token[]): NameRun | undefined {
  const firstToken = run[0];
  const lastToken = run.at(-1);
  if (!firstToken || !lastToken) return undefined;
  // Everything up to the last title is title ("Republican South Carolina Sen. Lindsey Graham"),
  // and a capitalised word right before a title is part of it ("Russian President").
  let k = 0;
  const words = run.map((t) => t.text.toLowerCase());
  // Titles inside an outlet's or body's name are part of it ("The State Department").
  const whole = run.map((t) => t.text).join(' ');
  // "House Speaker Paul Ryan": a person title before a name that is no body's name.
  let lastTitle = -1;
  for (let i = 0; i < run.length - 1; i++) if (TITLES.has(words[i] as string)) lastTitle = i;
  const tail = lastTitle < 0 ? whole : nameOf(run, lastTitle + 1);
  const titledPerson =
    lastTitle >= 0 &&
    !BODY_TITLES.has(words[lastTitle] as string) &&
    !outletName(tail) &&
    !organizationName(tail);
  const institution = !titledPerson && (outletName(whole) || organizationName(whole));
  if (!institution) k = lastTitle + 1;
  if (k === 0 && !institution)
    while (k < run.length - 2 && TITLES.has(words[k + 1] as string) && !firstName(run[k])) k++;
  const head = run[k] as Token;
  const nameSpan = { start: head.start, end: lastToken.end };
  const name = doc.text.slice(nameSpan.start, nameSpan.end);
  let roleStart = -1;
  let roleEnd = -1;
  for (let i = 0; i < k; i++) {
    const w = words[i] as string;
    if (GENDERED_TITLES.male.has(w) || GENDERED_TITLES.female.has(w)) continue;
    if (roleStart < 0) roleStart = (run[i] as Token).start;
    roleEnd = (run[i] as Token).end;
  }
  const gender = genderOf(run, k);
  const titled = k > 0;
  const tokensName = k === 0 ? whole : nameOf(run, k);
  const found: NameRun = {
    start: firstToken.start,
    end: lastToken.end,
    name,
    nameSpan,
    roles: roleStart >= 0 ? [doc.text.slice(roleStart, roleEnd)] : [],
    titled,
    kind: kindOf(
      doc,
      { start: firstToken.start, end: lastToken.end },
      tokensName,
      head,
      run.length - k,
      titled,
    ),
  };
  if (gender) found.gender = gender;
  return found;
}

/** The texts of `run` from token `from` on, joined by single spaces. */
function nameOf(run: readonly Token[], from: number): string {
  let s = (run[from] as Token).text;
  for (let i = from + 1; i < run.length; i++) s += ` ${(run[i] as Token).text}`;
  return s;
}

function lower(t: Token | undefined): string {
  return (t?.text ?? '').toLowerCase();
}

function firstName(t: Token | undefined): Gender | undefined {
  const w = lower(t);
  if (FIRST_NAMES.male.has(w)) return 'male';
  if (FIRST_NAMES.female.has(w)) return 'female';
  return undefined;
}

/** A courtesy title among the first `k` tokens, else the first name at `k`. */
function genderOf(run: readonly Token[], k: number): Gender | undefined {
  for (let i = 0; i <= k; i++) {
    const w = lower(run[i]);
    if (GENDERED_TITLES.male.has(w)) return 'male';
    if (GENDERED_TITLES.female.has(w)) return 'female';
  }
  return firstName(run[k]);
}

/** OUTLET_NAMES as `outletName` compares them: lower case, no leading "the". */
const OUTLET_KEYS = new Set(OUTLET_NAMES.map((o) => o.toLowerCase().replace(/^the\s+/, '')));

/** Whether a name is an outlet's: a known outlet name, or one with a press word in it. */
export function outletName(name: string): boolean {
  return remembered(outletNames, name, isOutletName);
}

function isOutletName(name: string): boolean {
  const n = name.replace(/^the\s+/i, '').toLowerCase();
  if (OUTLET_KEYS.has(n)) return true;
  // A news website by its address: "Breitbart.com", "TheBlaze.com".
  if (/^[\w-]+\.(?:com|org|net|co\.uk)$/.test(n)) return true;
  return n.split(/\s+/).some((w) => OUTLET_WORDS.has(w));
}

export function organizationName(name: string): boolean {
  return remembered(organizationNames, name, isOrganizationName);
}

function isOrganizationName(name: string): boolean {
  return name
    .toLowerCase()
    .split(/\s+/)
    .some((w) => ORGANIZATION_WORDS.has(w));
}

// The same names are asked about again and again (every run and source phrase naming them).
const outletNames = new Map<string, boolean>();
const organizationNames = new Map<string, boolean>();

/** `test(name)`, answered once per name; the memory is emptied when it grows large. */
function remembered(memory: Map<string, boolean>, name: string, test: (name: string) => boolean): boolean {
  let answer = memory.get(name);
  if (answer === undefined) {
    if (memory.size >= 10_000) memory.clear();
    answer = test(name);
    memory.set(name, answer);
  }
  return answer;
}

/** What a run names; `name` is its name tokens' texts joined, `head` the first of `length` of them. */
function kindOf(
  doc: Document,
  span: Span,
  name: string,
  head: Token | undefined,
  length: number,
  titled: boolean,
): NameRun['kind'] {
  const holders = holding(doc.mentions, span);
  const layer = holders.find((m) => m.type !== 'place')?.type;
  if (layer) return layer;
  if (holders.some((m) => m.type === 'place')) return 'place';
  if (outletName(name)) return 'outlet';
  if (organizationName(name)) return 'organization';
  // An acronym names a body, not a person: "the IMF", "NATO", "ICE".
  if (!titled && /^(?:The )?(?:[A-Z]{2,6}|(?:[A-Z]\.){2,5})$/.test(name)) return 'organization';
  if (
    titled ||
    firstName(head) ||
    (length >= 2 &&
      length <= 3 &&
      !/^(?:New|North|South|East|West|San|Los|Las|St\.?|United)$/.test(head?.text ?? ''))
  )
    return 'person';
  return 'unknown';
}
