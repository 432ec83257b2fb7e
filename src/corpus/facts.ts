import type { Attribution, Document, Span } from '../model/document.js';
import type { EntityType } from '../model/provenance.js';
import { isAnonymousSource } from './anonymous.js';
import { signature } from './minhash.js';
import { cleanName, resolveSurnames, speakerKey } from './names.js';

/**
 * What the corpus store keeps of one analysed article besides its JSON: the
 * rows that make cross-article questions plain SQL. Computed where the
 * analysis runs (a worker thread during ingest), so the writer only writes.
 */

export interface SpeakerFacts {
  key: string;
  name: string;
  /** A mention type (person, organization, outlet, document, place) or `unknown`. */
  type: string;
}

export interface AttributionFacts {
  localId: string;
  source: string;
  cue: string;
  content: string;
  kind: string;
  confidence: number;
  by: string;
  rule: string;
  speaker: SpeakerFacts | null;
  /** The claim rests only on anonymous sources: no named or role-identified source along its chain. */
  anonymous: boolean;
}

export interface MarkerFacts {
  localId: string;
  type: string;
  text: string;
  rule: string;
  /** Local id of the attribution holding the marker. */
  attribution: string | null;
  start: number;
  end: number;
}

export interface ArticleFacts {
  signature: number[];
  /** Per layer, what produced it: model names and versions, `rules` for rule-made elements. */
  layers: Record<string, string>;
  attributions: AttributionFacts[];
  markers: MarkerFacts[];
}

/** Provenance entity types as speaker types; role-persons ("the chief of staff") are not merged across articles. */
const SPEAKER_TYPE: Partial<Record<EntityType, string>> = {
  'named-person': 'person',
  outlet: 'outlet',
  publisher: 'outlet',
  organization: 'organization',
  document: 'document',
};

function spanText(text: string, spans: readonly Span[]): string {
  return spans.map((s) => text.slice(s.start, s.end)).join(' … ');
}

/** Capitalised at a sentence start, not names. */
const NOT_NAMES =
  /^(?:i|we|you|he|she|it|they|his|her|its|their|our|my|this|that|these|those|who|which|a|an|the|one|some|several|many|few|most|both|all|another|other|each|such)$/iu;
/** Runs of capitalised words ("Vladimir Putin", "Donald J. Trump"); a run followed by 's names an owner. */
const NAME_RUN = /\p{Lu}[\p{L}\p{M}.'’-]*(?:\s+(?:\p{Lu}[\p{L}\p{M}.'’-]*|de|van|von|al|bin|la|le))*/gu;

/** The speaker a source phrase names: its last capitalised run that is not an owner, a pronoun or a determiner. */
function namedIn(source: string): string | undefined {
  let found: string | undefined;
  for (const m of source.matchAll(NAME_RUN)) {
    const after = source.slice((m.index ?? 0) + m[0].length);
    if (/^['’]s\b/u.test(after) || NOT_NAMES.test(m[0])) continue;
    found = m[0].replace(/['’]$/u, '');
  }
  return found;
}

/** Whether provenance's chain for the claim holds anonymous sources and nobody named or identified by role. */
function anonymousOnly(doc: Document, a: Attribution, entityType: string): boolean {
  const types = doc.provenance?.claims?.find((c) => c.id === a.id)?.assessment.sourceTypes;
  if (!types) return entityType === 'anonymous';
  return types.anonymous > 0 && types.named === 0 && types.unnamed === 0;
}

/** The speaker and anonymity of an attribution's source by provenance, when that stage resolved it. */
function resolvedSource(
  doc: Document,
  a: Attribution,
): { speaker: SpeakerFacts | null; anonymous: boolean } | undefined {
  const entityId = doc.provenance?.sourceOf[a.id];
  const entity = entityId && doc.provenance?.entities.find((e) => e.id === entityId);
  if (!entity) return undefined;
  const type = SPEAKER_TYPE[entity.type];
  const key = type && !NOT_NAMES.test(entity.name) ? speakerKey(entity.name) : '';
  return {
    speaker: key && type ? { key, name: cleanName(entity.name), type } : null,
    anonymous: anonymousOnly(doc, a, entity.type),
  };
}

function speakerOf(doc: Document, a: Attribution, sourceText: string): SpeakerFacts | null {
  const first = a.source[0];
  const mention = first && doc.mentions.find((m) => m.start < first.end && first.start < m.end);
  const name = mention ? mention.text : namedIn(sourceText);
  if (!name) return null;
  const key = speakerKey(name);
  return key ? { key, name: cleanName(name), type: mention?.type ?? 'unknown' } : null;
}

/** Which rule families or models produced each layer whose elements carry a `why` (provenance's too). */
function layerVersions(layers: object, prefix = ''): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [layer, value] of Object.entries(layers)) {
    if (layer === 'provenance' && value) Object.assign(out, layerVersions(value, 'provenance.'));
    if (!Array.isArray(value)) continue;
    const producers = new Set<string>();
    for (const el of value as { why?: { by: string; rule: string } }[]) {
      if (el?.why) producers.add(el.why.by === 'model' ? el.why.rule : 'rules');
    }
    if (producers.size > 0) out[prefix + layer] = [...producers].sort().join(', ');
  }
  return out;
}

export function articleFacts(doc: Document): ArticleFacts {
  const attributions = doc.attributions.map((a): AttributionFacts => {
    const source = spanText(doc.text, a.source);
    const resolved = resolvedSource(doc, a);
    const anonymous = resolved ? resolved.anonymous : a.source.length > 0 && isAnonymousSource(source);
    return {
      localId: a.id,
      source,
      cue: spanText(doc.text, a.cue),
      content: spanText(doc.text, a.content),
      kind: a.kind,
      confidence: a.why.confidence,
      by: a.why.by,
      rule: a.why.rule,
      speaker: resolved ? resolved.speaker : anonymous ? null : speakerOf(doc, a, source),
      anonymous,
    };
  });
  // "Holder said" after "Alex Holder told Politico" is the same speaker (provenance resolves this itself).
  const resolved = resolveSurnames(attributions.flatMap((a) => (a.speaker ? [a.speaker.key] : [])));
  const byKey = new Map(
    attributions.flatMap((a) => (a.speaker ? [[a.speaker.key, a.speaker] as const] : [])),
  );
  for (const a of attributions) {
    const target = a.speaker && byKey.get(resolved.get(a.speaker.key) ?? a.speaker.key);
    if (a.speaker && target) a.speaker = { ...target };
  }
  const markers = (doc.provenance?.markers ?? []).map(
    (m): MarkerFacts => ({
      localId: m.id,
      type: m.type,
      text: m.text,
      rule: m.rule,
      attribution: m.attribution ?? null,
      start: m.start,
      end: m.end,
    }),
  );
  return { signature: signature(doc.text), layers: layerVersions(doc), attributions, markers };
}
