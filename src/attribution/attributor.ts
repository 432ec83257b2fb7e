import type { Attribution, Document } from '../model/document.js';

/**
 * What the attribution stage needs: something that reads a document with its
 * language layer and returns attributions. The rule baseline and the trained
 * model both implement it, so the pipeline does not care which it is given.
 */
export interface Attributor {
  readonly name: string;
  readonly version: string;
  attribute(doc: Document): Attribution[];
}
