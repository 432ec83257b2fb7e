import type { EntityType } from '../model/provenance.js';

/** Entity types of people, for matching a role to anyone it may describe. */
export const PEOPLE: EntityType[] = ['named-person', 'role-person', 'anonymous'];
/** Entity types an outlet anaphor ("the outlet") may point back to. */
export const OUTLETS: EntityType[] = ['outlet', 'publisher'];
/** Phrase kinds resolved after the others, against what those found: pronouns and "who". */
export const DEFERRED = new Set(['first-person', 'pronoun', 'relative']);
