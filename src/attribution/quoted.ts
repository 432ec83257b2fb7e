import type { Attribution, Document } from '../model/document.js';
import type { Attributor } from './attributor.js';

/** Quoted-passage baseline: placeholder until the rule attributor lands. */
export const quotedAttributor: Attributor = {
  name: 'quoted',
  version: '0',
  attribute(_doc: Document): Attribution[] {
    return [];
  },
};
