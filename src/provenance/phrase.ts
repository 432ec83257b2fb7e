import type { Document, Span, Token } from '../model/document.js';
import { analyseName, type NameRun, organizationName, outletName } from './names.js';
import {
  ANONYMOUS_CUES,
  ANONYMOUS_NOUNS,
  DOCUMENT_NOUNS,
  GROUP_NOUNS,
  ORGANIZATION_WORDS,
  OUTLET_ANAPHORS,
  OUTLET_WORDS,
  PERSON_NOUNS,
  PRONOUNS,
  TITLES,
} from './sources-lexicon.js';
import { once, tokensIn } from './spans.js';

/** What a source phrase is, before it is linked to an entity. */
export type PhraseKind =
  | 'first-person'
  | 'pronoun'
  | 'relative'
  | 'group'
  | 'outlet-anaphor'
  | 'name'
  | 'document'
  | 'organization'
  | 'outlet'
  | 'anonymous'
  | 'role';

export interface Phrase {
  kind: PhraseKind;
  /** The words that name the source, without determiners or trailing clauses. */
  text: string;
  /** The head noun's lemma, for role and anaphor matching. */
  head: string;
  definite: boolean;
  plural: boolean;
  name?: NameRun;
  roles: string[];
  descriptions: string[];
  /** The pronoun, for pronoun kinds. */
  pronoun?: string;
}

const QUANTIFIER =
  /^(?:\d[\d,.%]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|dozens|hundreds|thousands|many|some|several|few|numerous|multiple|various|most|all|both|every(?:one|body)?|everyone|no|not|none|each)$/i;
/** Nouns for people by what they do: "businessman", "questioner", "architect". */
const PERSON_SUFFIX = /(?:er|or|ist|man|woman|ian|ant|ent|ee|ess|ect|ive)s?$/;
const DEFINITE = /^(?:the|this|that|these|those|his|her|its|their|our|my|your)$/i;
const INDEFINITE =
  /^(?:a|an|one|some|several|many|two|three|four|five|few|various|numerous|multiple|other|another)$/i;

/**
 * Reads a source phrase: pronoun, name (with titles and appositive roles:
 * "Trump's spokesperson, Liz Harrington"), outlet or document, or a
 * description ("a person familiar with the matter", "the chief of staff").
 */
export function readPhrase(doc: Document, spans: readonly Span[]): Phrase | undefined {
  const tokens = [...spans].sort((a, b) => a.start - b.start).flatMap((s) => tokensIn(doc, s));
  const words = tokens.filter((t) => !/^[\s"“”‘’'(),.;:!?—–-]+$/.test(t.text) || /^[,()]$/.test(t.text));
  while (words[0]?.text === ',') words.shift();
  trimTail(words);
  if (words.length === 0) return undefined;
  const one = words.length === 1 ? (words[0] as Token).text.toLowerCase() : undefined;
  if (one !== undefined) {
    const pronoun = pronounKind(one);
    if (pronoun) return base(pronoun, one, { pronoun: one, plural: PRONOUNS.plural.has(one) });
  }
  const parts = splitCommas(words);
  const descriptions: string[] = [];
  const nominal: Token[][] = [];
  for (const part of parts) {
    if (PRONOUNS.relative.has((part[0] as Token).text.toLowerCase()) && nominal.length > 0) {
      descriptions.push(textOf(doc, part));
      break;
    }
    nominal.push(part);
  }
  // "Clinton and Sanders": named people together.
  const joined = nominal.length === 1 && coordinated(nominal[0] as Token[]);
  if (joined) {
    const run = analyseName(doc, nominal[0] as Token[]);
    if (run) return { ...nameKind(run), kind: 'name', name: run, roles: [], descriptions };
  }
  const named = nominal.map((p) => nameIn(doc, p));
  const nameIndex = named.findIndex((n) => n !== undefined);
  if (nameIndex >= 0) {
    const name = named[nameIndex] as { run: NameRun; prefix: Token[] };
    const roles = [...name.run.roles];
    if (name.prefix.length > 0) roles.push(roleText(doc, name.prefix));
    nominal.forEach((p, i) => {
      if (i !== nameIndex) roles.push(roleText(doc, p));
    });
    return { ...nameKind(name.run), name: name.run, roles: roles.filter(Boolean), descriptions };
  }
  return describe(doc, nominal[0] ?? words, descriptions);
}

/** Words after the source that are not part of it: "Putin that day", "Smith also", "Jones on Monday". */
const TIME =
  /^(?:day|week|month|year|morning|afternoon|evening|night|time|weekend|yesterday|today|tonight|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/i;
const ADVERB =
  /^(?:also|later|then|too|however|again|previously|earlier|now|once|still|though|meanwhile|ultimately|repeatedly|publicly|privately|separately)$/i;

function trimTail(words: Token[]): void {
  for (;;) {
    const tail = words.at(-1)?.text ?? '';
    if (tail === ',' || /^['’]s$/.test(tail) || ADVERB.test(tail)) words.pop();
    else if (TIME.test(tail) && words.length > 1) {
      words.pop();
      while (
        words.length > 1 &&
        /^(?:that|this|last|next|on|the|same|earlier|later|each|every)$/i.test(words.at(-1)?.text ?? '')
      )
        words.pop();
    } else return;
  }
}

function coordinated(part: readonly Token[]): boolean {
  const and = part.findIndex((t) => t.text === 'and' || t.text === '&');
  return and > 0 && and < part.length - 1 && part.every((t, i) => i === and || capital(t) || t.text === '.');
}

function base(kind: PhraseKind, text: string, extra: Partial<Phrase> = {}): Phrase {
  return { kind, text, head: text, definite: true, plural: false, roles: [], descriptions: [], ...extra };
}

function pronounKind(w: string): PhraseKind | undefined {
  if (PRONOUNS.first.has(w)) return 'first-person';
  if (PRONOUNS.relative.has(w)) return 'relative';
  if (PRONOUNS.male.has(w) || PRONOUNS.female.has(w) || PRONOUNS.plural.has(w) || PRONOUNS.neuter.has(w))
    return 'pronoun';
  if (PRONOUNS.group.has(w)) return 'group';
  return undefined;
}

function splitCommas(words: readonly Token[]): Token[][] {
  const parts: Token[][] = [[]];
  for (const t of words) {
    if (/^[,()]$/.test(t.text)) parts.push([]);
    else parts.at(-1)?.push(t);
  }
  return parts.filter((p) => p.length > 0);
}

function textOf(doc: Document, tokens: readonly Token[]): string {
  const a = tokens[0];
  const b = tokens.at(-1);
  return a && b ? doc.text.slice(a.start, b.end) : '';
}

/** A role phrase without its determiner: "the chief of staff" → "chief of staff". */
function roleText(doc: Document, tokens: readonly Token[]): string {
  const rest =
    DEFINITE.test(tokens[0]?.text ?? '') || INDEFINITE.test(tokens[0]?.text ?? '') ? tokens.slice(1) : tokens;
  return textOf(doc, rest);
}

function capital(t: Token): boolean {
  return /^[A-Z]/.test(t.text) && t.text !== 'I';
}

/** The name at the end of a part, with the lowercase role words before it ("campaign manager Kellyanne Conway"). */
function nameIn(doc: Document, part: readonly Token[]): { run: NameRun; prefix: Token[] } | undefined {
  return nameAtEnd(doc, part) ?? nameAtStart(doc, part);
}

/** "Liz Harrington", "the Huffington Post", "party boss Reince Priebus". */
function nameAtEnd(doc: Document, part: readonly Token[]): { run: NameRun; prefix: Token[] } | undefined {
  let k = part.length;
  while (
    k > 0 &&
    (capital(part[k - 1] as Token) || /^(?:\.|of|de|van|von|al|bin)$/.test((part[k - 1] as Token).text))
  )
    k--;
  while (k < part.length && !capital(part[k] as Token)) k++;
  if (k === part.length) return undefined;
  const runTokens = part.slice(k);
  const run = analyseName(doc, runTokens);
  if (!run) return undefined;
  if (runTokens.length === 1 && k === 0 && !properWord(doc, runTokens[0] as Token)) return undefined;
  // Title case ("New Polls", "Court Filings"): a common noun at the end is no name, unless an outlet's.
  const lastToken = runTokens.at(-1) as Token;
  const lastWords = [lastToken.lemma.toLowerCase(), lastToken.text.toLowerCase()];
  const common = [DOCUMENT_NOUNS, ANONYMOUS_NOUNS, GROUP_NOUNS].some((l) => lastWords.some((w) => l.has(w)));
  // "Retired General", "Fellow Republicans": a role or group in title case, with no name after it.
  const titleCase = !run.titled && lastWords.some((w) => PERSON_NOUNS.has(w) || TITLES.has(w));
  if ((common || titleCase) && !outletName(run.name)) return undefined;
  const prefix = part.slice(0, k);
  if (prefix.every((t) => t.pos === 'DET')) return { run, prefix: [] };
  // An appositive role right before the name: "campaign manager Kellyanne Conway", not "a filmmaker recording Trump".
  const before = prefix.at(-1) as Token;
  // The name's owner or employer as a possessive is a role too: "CNN's Jake Tapper", "Trump's lawyer Ty Cobb".
  const possessive = /^['’]s$/.test(before.text) && prefix.length > 1;
  const role = PERSON_NOUNS.has(before.lemma.toLowerCase()) || before.pos === 'NOUN' || possessive;
  if (role && !INDEFINITE.test(prefix[0]?.text ?? '')) return { run, prefix };
  return undefined;
}

/** A name followed by where the person is from: "Robert Antonacci of the New York delegation". */
function nameAtStart(doc: Document, part: readonly Token[]): { run: NameRun; prefix: Token[] } | undefined {
  let k = 0;
  while (k < part.length && capital(part[k] as Token)) k++;
  const next = part[k];
  if (k === 0 || !next || !/^(?:of|from|at|with|for|in)$/i.test(next.text)) return undefined;
  if (k === 1 && !properWord(doc, part[0] as Token)) return undefined;
  const run = analyseName(doc, part.slice(0, k));
  return run && { run: { ...run, roles: [...run.roles, textOf(doc, part.slice(k + 1))] }, prefix: [] };
}

/**
 * Whether a lone capitalised word is a name: tagged a proper noun, the last
 * word of a longer name in the text, or never written in lower case there.
 */
function properWord(doc: Document, t: Token): boolean {
  const lemma = t.lemma.toLowerCase();
  if (
    [PERSON_NOUNS, DOCUMENT_NOUNS, ORGANIZATION_WORDS, ANONYMOUS_NOUNS, GROUP_NOUNS].some((l) => l.has(lemma))
  )
    return false;
  if (t.pos === 'PROPN') return true;
  // Each test scans the whole text: answer it once per word and document.
  const known = once(properWords, doc, () => new Map<string, boolean>());
  let answer = known.get(t.text);
  if (answer === undefined) {
    answer = usedAsName(doc.text, t.text);
    known.set(t.text, answer);
  }
  return answer;
}

const properWords = new WeakMap<Document, Map<string, boolean>>();

/** Whether a word follows a capitalised word somewhere in the text, or is never written in lower case. */
function usedAsName(text: string, token: string): boolean {
  const word = token.replace(/[.’']s$/, '').replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  if (new RegExp(`[A-Z][\\w.]+ ${word}\\b`).test(text)) return true;
  return !new RegExp(`\\b${word.toLowerCase()}\\b`).test(text);
}

function nameKind(run: NameRun): Pick<Phrase, 'kind' | 'text' | 'head' | 'definite' | 'plural'> {
  const kind: PhraseKind =
    run.kind === 'outlet' || outletName(run.name)
      ? 'outlet'
      : run.kind === 'organization' || organizationName(run.name)
        ? 'organization'
        : run.kind === 'document'
          ? 'document'
          : 'name';
  const head = run.name.split(/\s+/).at(-1)?.toLowerCase() ?? '';
  return { kind, text: run.name, head, definite: true, plural: false };
}

/** A description without a name: anonymous, role, outlet anaphor, document or organization. */
function describe(doc: Document, part: readonly Token[], descriptions: string[]): Phrase {
  const text = textOf(doc, part);
  const lowerText = text.toLowerCase();
  const det = part[0]?.text ?? '';
  const definite = DEFINITE.test(det) || part.some((t) => t.text === "'s" || t.text === '’s');
  const indefinite = INDEFINITE.test(det);
  const headToken = headOf(part);
  const head = headToken?.lemma.toLowerCase() ?? lowerText;
  const plural =
    !!headToken &&
    headToken.text.toLowerCase() !== headToken.lemma.toLowerCase() &&
    /s$/i.test(headToken.text);
  const words = part.map((t) => t.text.toLowerCase());
  const common = { text: roleText(doc, part) || text, head, definite, plural, roles: [], descriptions };
  if (ANONYMOUS_CUES.some((c) => lowerText.includes(c))) return { ...common, kind: 'anonymous', text };
  if (OUTLET_ANAPHORS.has(head) && definite) return { ...common, kind: 'outlet-anaphor', text };
  // "the Reuters/Ipsos poll", "a Times article", "a new report by Politico": the text, not the outlet.
  // "state media reports" are the press speaking, not a text.
  const record =
    DOCUMENT_NOUNS.has(head) && !!headToken && !capital(headToken) && !/\b(?:media|press)\b/.test(lowerText);
  if (record) return { ...common, kind: 'document', text };
  // "the media", "mainstream media outlets": the press as an unnamed collective; "Russian state media" is specific.
  if (
    /\bmedia\b/.test(lowerText) &&
    !/\bstate media\b/.test(lowerText) &&
    !part.some((t) => capital(t) && !DEFINITE.test(t.text))
  )
    return { ...common, kind: 'anonymous', text, roles: [common.text] };
  if (words.some((w) => OUTLET_WORDS.has(w) && !DOCUMENT_NOUNS.has(w)) || /\bmedia\b/.test(lowerText))
    return { ...common, kind: 'outlet', text };
  if (DOCUMENT_NOUNS.has(head)) return { ...common, kind: 'document', text };
  // "victims' groups", "conservative organizations": bodies nobody names are an anonymous collective.
  if (ORGANIZATION_WORDS.has(head) && plural && !definite && !PERSON_NOUNS.has(head))
    return { ...common, kind: 'anonymous', text, roles: [common.text] };
  if (ORGANIZATION_WORDS.has(head) && !PERSON_NOUNS.has(head))
    return { ...common, kind: 'organization', text };
  if (PRONOUNS.group.has(det.toLowerCase()) && part.length === 1) return { ...common, kind: 'group' };
  if (GROUP_NOUNS.has(head)) return { ...common, kind: 'anonymous', roles: [common.text] };
  const bare = !definite && !indefinite;
  if (ANONYMOUS_NOUNS.has(head) && (indefinite || bare || plural) && !definite)
    return { ...common, kind: 'anonymous', text, roles: [common.text] };
  // Groups nobody names: "the voters", "64 percent", "many Democrats", "everyone I interviewed".
  if (plural || QUANTIFIER.test(det)) return { ...common, kind: 'anonymous', text, roles: [common.text] };
  if (PERSON_NOUNS.has(head) || PERSON_SUFFIX.test(head))
    return { ...common, kind: 'role', roles: [common.text] };
  // Not a person, outlet or body: a thing that speaks only as a record ("the clip", "the research").
  return { ...common, kind: 'document', text };
}

/** The head noun: the last person, document, organisation or outlet noun before any preposition or clause, else the last noun. */
function headOf(part: readonly Token[]): Token | undefined {
  const end = part.findIndex((t, i) => i > 0 && ['ADP', 'VERB', 'SCONJ', 'PRON', 'AUX'].includes(t.pos));
  const chunk = end > 0 ? part.slice(0, end) : part;
  const lexical = chunk.filter((t) => {
    const w = t.lemma.toLowerCase();
    return (
      PERSON_NOUNS.has(w) || DOCUMENT_NOUNS.has(w) || ORGANIZATION_WORDS.has(w) || OUTLET_ANAPHORS.has(w)
    );
  });
  return lexical.at(-1) ?? chunk.filter((t) => t.pos === 'NOUN' || t.pos === 'PROPN').at(-1) ?? chunk.at(-1);
}
