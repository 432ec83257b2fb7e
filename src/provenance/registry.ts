import { ruleWhy, type Span } from '../model/document.js';
import type { Entity, EntityType } from '../model/provenance.js';
import type { Gender } from './names.js';
import { PERSON_NOUNS, TITLE_ABBREVIATIONS } from './sources-lexicon.js';
import { startingAt } from './spans.js';

/** The entities found so far, with what resolution needs to know about them. */
export class Registry {
  readonly entities: Entity[] = [];
  readonly gender = new Map<string, Gender>();
  /** Entities introduced by an indefinite description ("a British filmmaker"), candidates for the lede rule. */
  readonly indefinite = new Set<string>();
  private count = 0;
  private readonly byId = new Map<string, Entity>();

  add(name: string, type: EntityType, rule: string, confidence: number, roles: string[] = []): Entity {
    const entity: Entity = {
      id: `e${++this.count}`,
      name,
      type,
      roles: [],
      descriptions: [],
      mentions: [],
      why: ruleWhy(rule, confidence),
    };
    for (const r of roles) addRole(entity, r);
    this.entities.push(entity);
    this.byId.set(entity.id, entity);
    return entity;
  }

  get(id: string | undefined): Entity | undefined {
    return id === undefined ? undefined : this.byId.get(id);
  }

  /** Adds a mention once, keeping mentions in text order (after those starting at the same offset). */
  mention(entity: Entity, span: Span): void {
    const mentions = entity.mentions;
    // Offsets are whole numbers: the first mention starting after `span.start`.
    const lo = startingAt(mentions, span.start + 1);
    for (let i = lo - 1; i >= 0 && (mentions[i] as Span).start === span.start; i--)
      if ((mentions[i] as Span).end === span.end) return;
    mentions.splice(lo, 0, { start: span.start, end: span.end });
  }

  /** An entity of one of the types whose name equals `name`, ignoring case and a leading "the". */
  named(name: string, types: readonly EntityType[]): Entity | undefined {
    const n = norm(name);
    return this.entities.find((e) => types.includes(e.type) && this.normed(e.name) === n);
  }

  // Names are looked up once per name in the text: normalise each distinct name once.
  private readonly norms = new Map<string, string>();

  private normed(name: string): string {
    let n = this.norms.get(name);
    if (n === undefined) {
      n = norm(name);
      this.norms.set(name, n);
    }
    return n;
  }

  /** Moves everything of `from` into `into`; returns the removed id. */
  merge(from: Entity, into: Entity): void {
    for (const r of from.roles) addRole(into, r);
    for (const m of from.mentions) this.mention(into, m);
    into.descriptions.push(...from.descriptions.filter((d) => !into.descriptions.includes(d)));
    const g = this.gender.get(from.id);
    if (g && !this.gender.has(into.id)) this.gender.set(into.id, g);
    this.entities.splice(this.entities.indexOf(from), 1);
    this.byId.delete(from.id);
  }

  /** The mention of any entity nearest before `offset`, optionally of some types. */
  lastBefore(offset: number, types: readonly EntityType[]): Entity | undefined {
    let best: Entity | undefined;
    let at = -1;
    for (const e of this.entities) {
      if (!types.includes(e.type)) continue;
      for (const m of e.mentions) if (m.start < offset && m.start > at) [best, at] = [e, m.start];
    }
    return best;
  }
}

export function norm(name: string): string {
  return name
    .toLowerCase()
    .replace(/^the\s+/, '')
    .replace(/['’]s$/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

export function addRole(entity: Entity, role: string): void {
  const r = role.trim();
  if (r && !entity.roles.some((x) => x.toLowerCase() === r.toLowerCase())) entity.roles.push(r);
}

/** The noun a role is about: "Trump's spokesperson" → spokesperson, "chief of staff" → chief. */
export function roleHead(role: string): string {
  const words = role
    .toLowerCase()
    .split(/[\s,]+/)
    .map((w) => TITLE_ABBREVIATIONS[w] ?? w);
  return words.find((w) => PERSON_NOUNS.has(w)) ?? words.at(-1) ?? '';
}
