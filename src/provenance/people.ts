import type { Document, Span } from '../model/document.js';
import type { Entity, EntityType } from '../model/provenance.js';
import { PEOPLE } from './kinds.js';
import type { Gender, NameRun } from './names.js';
import type { Phrase } from './phrase.js';
import { addRole, roleHead } from './registry.js';
import type { Resolver } from './resolve-sources.js';
import { GENDERED_TITLES } from './sources-lexicon.js';
import { first } from './spans.js';

/** Named and role-identified people: a name to its entity, a role to the person it describes. */

export function person(
  res: Resolver,
  run: NameRun,
  roles: readonly string[],
  descriptions: readonly string[],
): Entity {
  const entity = named(res, run);
  for (const r of roles) addRole(entity, r);
  for (const d of descriptions) if (!entity.descriptions.includes(d)) entity.descriptions.push(d);
  if (run.gender && !res.reg.gender.has(entity.id)) res.reg.gender.set(entity.id, run.gender);
  for (const r of roles) {
    const g = roleGender(r);
    if (g && !res.reg.gender.has(entity.id)) res.reg.gender.set(entity.id, g);
  }
  return entity;
}

const bySurname = new WeakMap<readonly NameRun[], Map<string, NameRun[]>>();

/** The runs naming a person with this surname, in text order (indexed once per list of runs). */
function personRuns(runs: readonly NameRun[], surname: string): NameRun[] {
  let index = bySurname.get(runs);
  if (!index) {
    index = new Map();
    for (const r of runs) {
      if (r.kind !== 'person') continue;
      const s = r.name.split(/\s+/).at(-1) as string;
      const list = index.get(s);
      if (list) list.push(r);
      else index.set(s, [r]);
    }
    bySurname.set(runs, index);
  }
  return index.get(surname) ?? [];
}

/** The named person a name refers to: the same full name, a surname of one, or a full name found elsewhere. */
export function named(res: Resolver, run: NameRun): Entity {
  const words = run.name.split(/\s+/);
  const surname = words.at(-1) as string;
  const exact = res.reg.named(run.name, ['named-person']);
  if (exact) return exact;
  if (words.length === 1) {
    const bySurname = res.reg.entities.find(
      (e) => e.type === 'named-person' && e.name.split(/\s+/).at(-1) === surname,
    );
    if (bySurname) return bySurname;
    const full = personRuns(res.runs, surname).find((r) => r.name !== run.name);
    if (full) {
      const entity = res.reg.add(full.name, 'named-person', 'sources/short-name', 0.85, full.roles);
      if (full.gender) res.reg.gender.set(entity.id, full.gender);
      return entity;
    }
  } else {
    // A full name after its short form made an entity: give the entity the full name.
    const short = res.reg.entities.find((e) => e.type === 'named-person' && e.name === surname);
    if (short) {
      short.name = run.name;
      return short;
    }
  }
  const entity = res.reg.add(run.name, 'named-person', 'sources/name', 0.9, run.roles);
  return entity;
}

export function role(res: Resolver, phrase: Phrase, inSummary: boolean, spans: readonly Span[]): Entity {
  if (phrase.definite || inSummary) {
    // A summary's "a filmmaker" restates the body's "British filmmaker": the head is enough.
    const found = withRole(res, phrase.head, PEOPLE, phrase.definite ? phrase.text : phrase.head);
    if (found) {
      if (phrase.definite === false) addRole(found, phrase.text);
      return found;
    }
    const run = titledRun(res, phrase.head, first(spans), inSummary);
    if (run) {
      const entity = person(res, run, run.roles, []);
      addRole(entity, phrase.text);
      return entity;
    }
  }
  const name = phrase.definite ? `the ${phrase.text}` : phrase.text;
  const entity = res.reg.add(name, 'role-person', 'sources/role', 0.75, phrase.roles);
  const g = roleGender(phrase.text);
  if (g) res.reg.gender.set(entity.id, g);
  if (introduces(spans, res.doc)) res.reg.indefinite.add(entity.id);
  return entity;
}

/**
 * The person the text names with this title: "the governor" after "Gov. Tim
 * Walsh" (the nearest before), or in a headline the first in the body.
 */
function titledRun(res: Resolver, head: string, at: number, inSummary: boolean): NameRun | undefined {
  const runs = res.titled.get(head) ?? [];
  if (inSummary) return runs.find((r) => r.start > at);
  return runs.filter((r) => r.end <= at).at(-1);
}

/**
 * An entity whose role has this head and no words the phrase lacks or
 * contradicts: "the senator" is "the South Carolina senator", but "the
 * Republican nominee" is not "the Democratic presidential nominee".
 */
export function withRole(
  res: Resolver,
  head: string,
  types: readonly EntityType[],
  text = head,
): Entity | undefined {
  const words = roleWords(text);
  return res.reg.entities.find(
    (e) =>
      types.includes(e.type) &&
      e.roles.some((r) => roleHead(r) === head && [...words].every((w) => roleWords(r).has(w))),
  );
}

/** A role's words, without determiners and words that do not tell roles apart. */
function roleWords(role: string): Set<string> {
  return new Set(
    role
      .toLowerCase()
      .split(/[\s,]+/)
      .filter((w) => w && !/^(?:the|a|an|this|that|presidential|former|current|then|new|top)$/.test(w)),
  );
}

/** Whether a source phrase introduces someone the way a lede does: "a British filmmaker", "an official". */
export function introduces(spans: readonly Span[], doc: Document): boolean {
  return /^(?:a|an|one)\s/i.test(doc.text.slice(first(spans)).trimStart());
}

function roleGender(role: string): Gender | undefined {
  const words = role.toLowerCase().split(/\s+/);
  if (words.some((w) => GENDERED_TITLES.male.has(w))) return 'male';
  if (words.some((w) => GENDERED_TITLES.female.has(w))) return 'female';
  return undefined;
}
