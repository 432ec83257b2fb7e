import type { Document } from '../model/document.js';
import { assess } from './assess.js';
import { buildChains } from './chains.js';
import { findMarkers } from './markers.js';
import { parents } from './nesting.js';
import { profile } from './profile.js';
import { resolveSources } from './resolve-sources.js';
import { timeline } from './timeline.js';

export { assess } from './assess.js';
export { buildChains } from './chains.js';
export { findMarkers } from './markers.js';
export { profile } from './profile.js';
export { resolveSources } from './resolve-sources.js';
export { timeline } from './timeline.js';

/** The provenance stage: sources as entities, chains, markers, assessments, profile and timeline. */
export function provenance(doc: Document): void {
  const parent = parents(doc);
  const resolution = resolveSources(doc);
  const markers = findMarkers(doc, resolution);
  const chains = buildChains(doc, resolution, parent);
  const claims = assess(doc, { resolution, chains, markers, parent });
  doc.provenance = {
    ...resolution,
    chains,
    markers,
    claims,
    profile: profile(resolution, chains, claims, markers),
    timeline: timeline(doc),
  };
}
