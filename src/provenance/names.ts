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
  return /^[A-Z][\w.'’&-]*$/.test(t.text) && t.text !== 'I';
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
  // Titles inside an outlet's or body's name are part of it ("The State Department").
  const whole = run.map((t) => t.text).join(' ');
  // "House Speaker Paul Ryan": a person title before a name that is no body's name.
  let lastTitle = -1;
  for (let i = 0; i < run.length - 1; i++) if (TITLES.has(lower(run[i]))) lastTitle = i;
  const tail = run
    .slice(lastTitle + 1)
    .map((t) => t.text)
    .join(' ');
  const titledPerson =
    lastTitle >= 0 && !BODY_TITLES.has(lower(run[lastTitle])) && !outletName(tail) && !organizationName(tail);
  const institution = !titledPerson && (outletName(whole) || organizationName(whole));
  for (let i = 0; !institution && i < run.length - 1; i++) if (TITLES.has(lower(run[i]))) k = i + 1;
  if (k === 0 && !institution)
    while (k < run.length - 2 && TITLES.has(lower(run[k + 1])) && !firstName(run[k])) k++;
  const nameTokens = run.slice(k);
  const head = nameTokens[0] as Token;
  const nameSpan = { start: head.start, end: lastToken.end };
  const name = doc.text.slice(nameSpan.start, nameSpan.end);
  const titles = run.slice(0, k);
  const courtesy = titles.filter(
    (t) => GENDERED_TITLES.male.has(lower(t)) || GENDERED_TITLES.female.has(lower(t)),
  );
  const roleTokens = titles.filter((t) => !courtesy.includes(t));
  const roles = roleTokens.length > 0 ? [doc.text.slice(roleTokens[0]?.start, roleTokens.at(-1)?.end)] : [];
  const gender = genderOf([...titles, head]);
  const span = { start: firstToken.start, end: lastToken.end };
  return {
    ...span,
    name,
    nameSpan,
    roles,
    titled: k > 0,
    kind: kindOf(doc, span, nameTokens, k > 0),
    ...(gender && { gender }),
  };
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

function genderOf(tokens: readonly Token[]): Gender | undefined {
  for (const t of tokens) {
    if (GENDERED_TITLES.male.has(lower(t))) return 'male';
    if (GENDERED_TITLES.female.has(lower(t))) return 'female';
  }
  return firstName(tokens.at(-1));
}

/** Whether a name is an outlet's: a known outlet name, or one with a press word in it. */
export function outletName(name: string): boolean {
  const n = name.replace(/^the\s+/i, '').toLowerCase();
  if (OUTLET_NAMES.some((o) => o.toLowerCase().replace(/^the\s+/, '') === n)) return true;
  // A news website by its address: "Breitbart.com", "TheBlaze.com".
  if (/^[\w-]+\.(?:com|org|net|co\.uk)$/.test(n)) return true;
  return n.split(/\s+/).some((w) => OUTLET_WORDS.has(w));
}

export function organizationName(name: string): boolean {
  return name
    .toLowerCase()
    .split(/\s+/)
    .some((w) => ORGANIZATION_WORDS.has(w));
}

function kindOf(doc: Document, span: Span, nameTokens: readonly Token[], titled: boolean): NameRun['kind'] {
  const holders = holding(doc.mentions, span);
  const layer = holders.find((m) => m.type !== 'place')?.type;
  if (layer) return layer;
  if (holders.some((m) => m.type === 'place')) return 'place';
  const name = nameTokens.map((t) => t.text).join(' ');
  if (outletName(name)) return 'outlet';
  if (organizationName(name)) return 'organization';
  // An acronym names a body, not a person: "the IMF", "NATO", "ICE".
  if (!titled && /^(?:The )?(?:[A-Z]{2,6}|(?:[A-Z]\.){2,5})$/.test(name)) return 'organization';
  if (
    titled ||
    firstName(nameTokens[0]) ||
    (nameTokens.length >= 2 &&
      nameTokens.length <= 3 &&
      !/^(?:New|North|South|East|West|San|Los|Las|St\.?|United)$/.test(nameTokens[0]?.text ?? ''))
  )
    return 'person';
  return 'unknown';
}
