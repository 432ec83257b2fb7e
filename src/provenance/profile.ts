import {
  type ArticleProfile,
  type Chain,
  type Claim,
  ENTITY_TYPES,
  type EntityType,
  type Marker,
  type SourceResolution,
} from '../model/provenance.js';

/**
 * The article at a glance: whose word its attributions rest on, how many
 * rest on named sources speaking first-hand, how many denials, and which
 * outlets and documents it relies on.
 */
export function profile(
  resolution: SourceResolution,
  chains: readonly Chain[],
  claims: readonly Claim[],
  markers: readonly Marker[],
): ArticleProfile {
  const type = new Map(resolution.entities.map((e) => [e.id, e.type]));
  const sourceTypes = Object.fromEntries(ENTITY_TYPES.map((t) => [t, 0])) as Record<EntityType, number>;
  for (const id of Object.values(resolution.sourceOf)) {
    const t = type.get(id);
    if (t) sourceTypes[t]++;
  }
  const attributionClaims = claims.filter((c) => c.kind === 'attribution');
  const namedFirstHand = attributionClaims.filter((c) => {
    const innermost = type.get(c.assessment.chain.at(-1) ?? '');
    return c.assessment.firstHand === true && (innermost === 'named-person' || innermost === 'organization');
  }).length;
  const relied = (t: EntityType) => [
    ...new Set(chains.flatMap((c) => c.entities).filter((id) => type.get(id) === t)),
  ];
  return {
    sourceTypes,
    attributions: attributionClaims.length,
    namedFirstHand,
    namedFirstHandShare: attributionClaims.length === 0 ? 0 : namedFirstHand / attributionClaims.length,
    denials: markers.filter((m) => m.type === 'denial').length,
    outlets: relied('outlet'),
    documents: relied('document'),
  };
}
