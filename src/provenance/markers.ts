import type { Attribution, Block, Document, Span, Token } from '../model/document.js';
import type { Marker, MarkerTarget, SourceResolution } from '../model/provenance.js';
import { type ClaimDraft, claimDrafts } from './claims.js';
import { CLAIM_NOUNS, MARKER_RULES, type MarkerRule } from './markers-lexicon.js';
import { ancestors, enclosing, type Parent, parents } from './nesting.js';
import { continuedQuote, quoteRegions } from './quotes.js';
import { resolveSources } from './resolve-sources.js';
import {
  blockAt,
  first,
  holdersIn,
  holding,
  overlaps,
  readAttributions,
  readBlock,
  sentenceAt,
  startingAt,
  tokensIn,
  within,
} from './spans.js';

/** Nouns that name records or requests, not what a claim is about. */
const RECORD_WORDS = new Set(
  'read readout record transcript minute document documentation official comment request evidence log recording inquiry message call-back'.split(
    ' ',
  ),
);
const ANAPHOR =
  /^(?:(?:the|this|that|these|those|such(?: an?)?) (?:\w+ )?(?:claims?|allegations?|accusations?|reports?|story|stories|account|assertions?|charges?|rumou?rs?|idea|suggestion)|it|this|that)$/i;

/** Each rule's pattern compiled once, global, for scanning: `matchAll` would copy it per call. */
const SCANNERS: [MarkerRule, RegExp, number[]][] = MARKER_RULES.map((rule) => [
  rule,
  new RegExp(
    rule.pattern.source,
    rule.pattern.flags.includes('g') ? rule.pattern.flags : `${rule.pattern.flags}g`,
  ),
  rule.stems.map(stemKey),
]);

/** A stem (up to four letters a-z, any case) as a number: letters in base 27, so no string is built per word. */
export function stemKey(word: string): number {
  let key = 0;
  for (let i = 0; i < word.length && i < 4; i++) key = key * 27 + ((word.charCodeAt(i) | 32) - 96);
  return key;
}

/** Calls `fn` with the stem key of every word (run of letters a-z) in a text. */
export function eachStem(text: string, fn: (key: number) => void): void {
  let key = 0;
  let length = 0;
  for (let i = 0; i <= text.length; i++) {
    const letter = ((text.charCodeAt(i) | 32) - 96) >>> 0;
    if (letter >= 1 && letter <= 26) {
      if (length++ < 4) key = key * 27 + letter;
    } else if (length > 0) {
      fn(key);
      key = 0;
      length = 0;
    }
  }
}

/** Which of the texts hold each stem, by index: one pass over the words for all rules. */
function stemIndex(texts: readonly string[]): Map<number, number[]> {
  const index = new Map<number, number[]>();
  texts.forEach((text, i) => {
    eachStem(text, (key) => {
      const list = index.get(key);
      if (!list) index.set(key, [i]);
      else if (list[list.length - 1] !== i) list.push(i);
    });
  });
  return index;
}

/**
 * Hedges, denials, corroborations and missing records, each with what it
 * qualifies. Rules are data (`markers-lexicon.ts`); this applies them. Pure:
 * works on any document's attributions, gold or predicted.
 */
export function findMarkers(doc: Document, resolution: SourceResolution = resolveSources(doc)): Marker[] {
  const found: { rule: MarkerRule; span: Span }[] = [];
  // Found spans by start, so a match is checked against its neighbours, not every marker so far.
  const taken: Span[] = [];
  let longest = 0;
  const clashes = (span: Span) => {
    for (
      let i = startingAt(taken, span.start - longest);
      i < taken.length && (taken[i] as Span).start < span.end;
      i++
    )
      if (overlaps(taken[i] as Span, span)) return true;
    return false;
  };
  const read = doc.blocks.filter(readBlock);
  const plain = plainSpaces(doc.text);
  const texts = read.map((b) => plain.slice(b.start, b.end));
  const index = stemIndex(texts);
  // A rule scans only the blocks holding one of its stems; blocks never overlap, so their order does not matter.
  const seen = new Uint16Array(texts.length);
  SCANNERS.forEach(([rule, re, keys], r) => {
    for (const key of keys)
      for (const b of index.get(key) ?? []) {
        if (seen[b] === r + 1) continue;
        seen[b] = r + 1;
        const text = texts[b] as string;
        const at = (read[b] as Block).start;
        re.lastIndex = 0;
        for (let m = re.exec(text); m; m = re.exec(text)) {
          if (m[0].length === 0) re.lastIndex++;
          const span = { start: at + m.index, end: at + m.index + m[0].length };
          if (clashes(span) || !fits(doc, plain, rule, span)) continue;
          found.push({ rule, span });
          taken.splice(startingAt(taken, span.start), 0, span);
          longest = Math.max(longest, span.end - span.start);
        }
      }
  });
  found.sort((a, b) => a.span.start - b.span.start);
  const context = new Context(doc, resolution, found);
  return found.map(({ rule, span }, i) => context.marker(`m${i + 1}`, rule, span));
}

/**
 * The text with no-break and narrow spaces as plain ones, same length: the patterns spell a space
 * as " ", and a quarter of PolNeAR's articles write some as U+00A0 ("a\u00a0poll of 400").
 */
function plainSpaces(text: string): string {
  return text.replace(/[\u00a0\u2007\u202f]/g, ' ');
}

/** The checks words alone cannot make: the next word's part of speech, a denial verb's object. */
function fits(doc: Document, plain: string, rule: MarkerRule, span: Span): boolean {
  const s = doc.sentences[sentenceAt(doc, span.start)];
  if (!s) return false;
  const next = tokensIn(doc, { start: span.end, end: s.end })[0];
  if (rule.nextPos && !(next && rule.nextPos.includes(next.pos))) return false;
  if (rule.scope !== 'verb') return true;
  const inCue = holdersIn(doc.attributions, 'cue', { start: span.start, end: span.start + 1 }).length > 0;
  const object = plain.slice(span.end, Math.min(s.end, span.end + 60));
  // A confirmation needs something confirmed: "confirmed that ...", "confirmed by the department", not "confirmed by the Senate".
  if (rule.type !== 'denial')
    return !VOTE.test(object) && (inCue || OBJECT.test(object) || CONFIRMED.test(object));
  // A verb denies a claim only when its object is one, in a cue or not:
  // "rejected the allegation", "denied that ...", "denied having", "denied any wrongdoing" — not "voters rejected Mr. Trump",
  // "denied them permits", "the dispute", "disputed waters", "did not deny", "hard to dispute", "the request was denied".
  const verb = tokensIn(doc, span)[0];
  const prior = tokensIn(doc, { start: s.start, end: span.start }).at(-1);
  if (verb && (verb.pos === 'ADJ' || (NOMINAL.has(verb.pos) && prior && AFTER_NOUN_WORD.has(prior.pos))))
    return false;
  const before = plain.slice(Math.max(s.start, span.start - 80), span.start);
  if (NEGATED.test(before)) return false;
  if (PASSIVE.test(before) || /^\s*[.;,]/.test(object))
    return CLAIM_BEFORE.test(before) || (inCue && !PASSIVE.test(before));
  // "reject this outrageous resolution": a determiner's noun must itself be a claim.
  if (next?.pos === 'DET' && /^th(?:is|at|ese|ose)$/i.test(next.text)) return CLAIM_OBJECT.test(object);
  return OBJECT.test(object);
}

/** A claim noun phrase: "the allegation", "Mr. Sanders's attack", "a Politico story"; not "the idea of an address". */
const CLAIM_PHRASE = `(?:(?:the|a|an|his|her|their|its|such|these|those|this|that|any|all)\\s+)?(?:[\\w.'’-]+\\s+){0,3}?(?:${CLAIM_NOUNS})\\b(?!(?<=\\b(?:idea|notion))\\s+of\\b)`;
const CLAIM_OBJECT = new RegExp(`^\\s+(?:back\\s+)?(?:against\\s+|on\\s+)?${CLAIM_PHRASE}`, 'i');
const OBJECT = new RegExp(
  `^(?:\\s*[.;,]|\\s+(?:ever\\s+)?(?:having|being|knowing|making|saying|taking|receiving|paying|meeting)\\b|\\s+(?:any|all|personal)\\s+(?:\\w+\\s+)?(?:wrongdoing|involvement|knowledge|responsibility|role|contact|wrong)\\b|\\s+what\\s+(?:[\\w.'’-]+\\s+){1,5}?(?:said|says|claimed|claims|told|wrote|described|reported|alleged)\\b|\\s+(?:back\\s+)?(?:against\\s+|on\\s+)?(?:that\\b|it\\b|this\\b|(?:he|she|they|we|I)\\s+(?:had|has|have|was|were|is|are|did|would|ever|never)\\b|${CLAIM_PHRASE}))`,
  'i',
);
/** A nomination confirmed is no claim confirmed. */
const VOTE =
  /^\s+(?:by|in)\s+(?:the\s+)?(?:full\s+)?(?:U\.S\.\s+)?(?:Senate|senators|a\s+(?:\d+-\d+\s+)?vote)\b/i;
const CONFIRMED =
  /^\s+(?:(?:by|to)\s+|the\s+(?:[\w'’-]+\s+){0,2}?(?:news|facts?|details|deaths?|identity|existence|authenticity|figures?|numbers?|meeting|call|contents?)\b)/i;
/** A denial word tagged as a noun after these is one ("the dispute", "a latest dispute"); after a name it is the verb ("Israel disputes"). */
const NOMINAL = new Set(['NOUN', 'PROPN']);
const AFTER_NOUN_WORD = new Set(['DET', 'ADJ', 'ADP', 'NUM']);
/** Negated or only possible: "did not deny", "could dismiss", "hard to dispute", "refused to deny". */
const NEGATED =
  /(?:\bnot(?! only)|n['’]t|\bnever|\bcould|\bwould|\bmight|\bmay|\bcan|\bcannot|\bshould|\b(?:hard|difficult|impossible|unable|refused?|declined?|failed?) to)\s+(?:\w+\s+)?$/i;
const PASSIVE = /\b(?:is|are|was|were|been|be|being|get|gets|got)\s+(?:\w+ly\s+)?$/i;
const CLAIM_NOUN = new RegExp(`^(?:${CLAIM_NOUNS})$`, 'i');
/** A claim named before the verb: "a claim that his office strongly disputes", "the allegations were denied". */
const CLAIM_BEFORE = new RegExp(`\\b(?:${CLAIM_NOUNS})\\b`, 'i');
/** A cue that is itself a denial verb: what it denies is no claim to point back at. */
const DENYING = (MARKER_RULES.find((r) => r.id === 'denial/verb') as MarkerRule).pattern;

class Context {
  readonly attributions: Attribution[];
  readonly parent: ReadonlyMap<string, Parent>;
  readonly claims: readonly ClaimDraft[];
  readonly quotes;
  private speaking?: Map<number, Attribution>;
  private firstWith?: Map<string, number>;
  private made?: Attribution[];

  constructor(
    readonly doc: Document,
    readonly resolution: SourceResolution,
    found: readonly { rule: MarkerRule; span: Span }[],
  ) {
    // "No official read out of such a call ..." taken for an attribution says a record is missing; it claims nothing.
    const records = found.filter((f) => f.rule.type === 'missing-record').map((f) => f.span);
    const inRecord = (x: Span) => records.some((r) => overlaps(x, r));
    this.attributions = readAttributions(doc).filter(
      (a) => !a.cue.some(inRecord) && !a.source.some(inRecord),
    );
    this.parent = parents(doc);
    this.claims = claimDrafts(doc);
    this.quotes = quoteRegions(doc);
  }

  marker(id: string, rule: MarkerRule, span: Span): Marker {
    const text = this.doc.text.slice(span.start, span.end);
    const inCue = holdersIn(this.attributions, 'cue', { start: span.start, end: span.start + 1 })[0];
    // A paragraph continuing someone's quote is their content too.
    const inContent = inCue ? undefined : (enclosing(this.doc, span.start)[0] ?? this.continued(span.start));
    const holding = inCue ?? inContent;
    const base = {
      id,
      start: span.start,
      end: span.end,
      type: rule.type,
      text,
      rule: rule.id,
      ...(holding && { attribution: holding.id, place: inCue ? ('cue' as const) : ('content' as const) }),
    };
    const { target, holder, confidence } = this.target(rule, span, inCue, inContent);
    return { ...base, ...(holder && { holder }), target, why: { by: 'rule', rule: rule.id, confidence } };
  }

  private target(
    rule: MarkerRule,
    span: Span,
    inCue: Attribution | undefined,
    inContent: Attribution | undefined,
  ): { target: MarkerTarget; holder?: Span; confidence: number } {
    const holding = inCue ?? inContent;
    const sentence = sentenceAt(this.doc, span.start);
    switch (rule.scope) {
      case 'speech': {
        const speaker = holding ?? this.continued(span.start);
        if (rule.type === 'denial') {
          const claim = this.priorClaim(span.start, speaker && this.resolution.sourceOf[speaker.id]);
          return { target: claim ? { claim } : {}, confidence: 0.6 };
        }
        if (speaker) return { target: { claim: speaker.id }, confidence: 0.8 };
        return { target: { claim: this.ownClaim(sentence) }, confidence: 0.5 };
      }
      case 'modifier': {
        const np = this.nounAfter(span);
        if (rule.type === 'denial') {
          // "It is a made-up story," Pike said: a speaker's claim noun ending the clause points back at a claim denied.
          const clauseEnd = this.doc.sentences[sentence]?.end ?? span.end;
          const after = np && tokensIn(this.doc, { start: np.end, end: clauseEnd })[0];
          if (inContent && np && (!after || after.pos === 'PUNCT') && CLAIM_NOUN.test(np.text)) {
            const claim = this.priorClaim(span.start, this.resolution.sourceOf[inContent.id]);
            return { target: claim ? { claim } : {}, confidence: 0.6 };
          }
          const end = inContent
            ? Math.min(...inContent.content.map((c) => c.end))
            : this.doc.sentences[sentence]?.end;
          return { target: { span: { start: span.start, end: end ?? span.end } }, confidence: 0.7 };
        }
        const claim =
          inContent?.id ??
          (np && this.claimAbout(new Set([np.lemma.toLowerCase()]))) ??
          this.ownClaim(sentence);
        return {
          target: { claim, ...(np && { span: { start: span.start, end: np.end } }) },
          confidence: 0.7,
        };
      }
      case 'sentence': {
        if (holding) return { target: { claim: holding.id }, confidence: 0.8 };
        const speaking = this.speakingIn().get(sentence);
        if (speaking) return { target: { claim: speaking.id }, confidence: 0.6 };
        if (rule.type === 'hedge') return { target: { claim: this.ownClaim(sentence) }, confidence: 0.7 };
        const about = this.claimAbout(this.nouns(span, sentence));
        const fallback = (rule.article && this.headline()) || this.ownClaim(sentence);
        return { target: { claim: about ?? fallback }, confidence: about ? 0.6 : 0.3 };
      }
      case 'verb': {
        if (inCue) {
          const content = this.doc.text.slice(
            first(inCue.content),
            Math.max(...inCue.content.map((c) => c.end)),
          );
          const anaphoric = ANAPHOR.test(content.trim().replace(/[.,;:"”]+$/, ''));
          const claim = anaphoric
            ? this.priorClaim(span.start, this.resolution.sourceOf[inCue.id])
            : inCue.id;
          return { target: claim ? { claim } : {}, confidence: 0.75 };
        }
        const holder = this.subjectBefore(span, sentence);
        const object = this.objectAfter(span, sentence);
        const byEntity = holder && this.entityAt(holder);
        if (object && ANAPHOR.test(this.doc.text.slice(object.start, object.end))) {
          const claim = this.priorClaim(span.start, byEntity);
          return { target: claim ? { claim } : {}, ...(holder && { holder }), confidence: 0.6 };
        }
        return { target: object ? { span: object } : {}, ...(holder && { holder }), confidence: 0.5 };
      }
    }
  }

  /** The quote a paragraph continues, when the offset lies in one. */
  private continued(offset: number): Attribution | undefined {
    const quote = holding(this.quotes, { start: offset, end: offset + 1 })[0];
    return quote && continuedQuote(this.doc, quote, this.quotes);
  }

  /**
   * What "the claim" or "this" refers to: the last claim before the offset made
   * by another source (and not itself a denial), as the reader met it: its outermost attribution.
   */
  private priorClaim(offset: number, notBy: string | undefined): string | undefined {
    // Attributions are in cue order: the last one before the offset by another source.
    const claims = this.claimsMade();
    let latest: Attribution | undefined;
    for (let i = claims.length - 1; i >= 0 && !latest; i--) {
      const a = claims[i] as Attribution;
      if (first(a.cue) < offset && (notBy === undefined || this.resolution.sourceOf[a.id] !== notBy))
        latest = a;
    }
    if (!latest) return this.headline();
    return ancestors(this.parent, latest.id).at(-1) ?? latest.id;
  }

  /** Attributions in body paragraphs whose cue does not deny, found once for all markers. */
  private claimsMade(): Attribution[] {
    this.made ??= this.attributions.filter(
      (a) =>
        !a.cue.some((c) => DENYING.test(this.doc.text.slice(c.start, c.end))) &&
        blockAt(this.doc, first(a.cue))?.kind === 'paragraph',
    );
    return this.made;
  }

  /** The first attribution whose cue is in each sentence, found once for all markers. */
  private speakingIn(): Map<number, Attribution> {
    if (!this.speaking) {
      this.speaking = new Map();
      for (const a of this.attributions) {
        const s = sentenceAt(this.doc, first(a.cue));
        if (!this.speaking.has(s)) this.speaking.set(s, a);
      }
    }
    return this.speaking;
  }

  /** The earliest claim (headline first) sharing a content word, or undefined. */
  private claimAbout(words: ReadonlySet<string>): string | undefined {
    if (!this.firstWith) {
      // Each content word's first claim, found once for all markers.
      this.firstWith = new Map();
      for (const [i, c] of this.claims.entries())
        for (const w of c.lemmas) if (!this.firstWith.has(w)) this.firstWith.set(w, i);
    }
    const at = Math.min(...[...words].map((w) => this.firstWith?.get(w) ?? Number.POSITIVE_INFINITY));
    return this.claims[at]?.id;
  }

  private headline(): string | undefined {
    return this.claims.find((c) => c.kind === 'headline')?.id;
  }

  private ownClaim(sentence: number): string {
    return `s${sentence}`;
  }

  /** Nouns in the marker and the few words after it ("no read out of such a call"): what it is about. */
  private nouns(span: Span, sentence: number): Set<string> {
    const s = this.doc.sentences[sentence];
    const tokens = s ? this.doc.tokens.slice(s.tokenStart, s.tokenEnd) : [];
    const after = tokens.filter((t) => t.start >= span.end).slice(0, 6);
    return new Set(
      [...tokens.filter((t) => t.start >= span.start && t.end <= span.end), ...after]
        .filter((t) => (t.pos === 'NOUN' || t.pos === 'PROPN') && !RECORD_WORDS.has(t.lemma.toLowerCase()))
        .map((t) => t.lemma.toLowerCase()),
    );
  }

  private nounAfter(span: Span): Token | undefined {
    const s = this.doc.sentences[sentenceAt(this.doc, span.start)];
    const after = s ? tokensIn(this.doc, { start: span.end, end: s.end }).slice(0, 3) : [];
    return after.find((t) => t.pos === 'NOUN' || t.pos === 'PROPN');
  }

  /** The last name or pronoun before the verb in its sentence: who denies. */
  private subjectBefore(span: Span, sentence: number): Span | undefined {
    const s = this.doc.sentences[sentence];
    if (!s) return undefined;
    const tokens = this.doc.tokens.slice(s.tokenStart, s.tokenEnd).filter((t) => t.end <= span.start);
    const subject = tokens.filter((t) => t.pos === 'PROPN' || t.pos === 'PRON').at(-1);
    if (!subject) return undefined;
    let start = subject.start;
    for (let i = tokens.indexOf(subject) - 1; i >= 0 && tokens[i]?.pos === 'PROPN'; i--)
      start = tokens[i]?.start ?? start;
    return { start, end: subject.end };
  }

  /** The object after a verb: from after any particle to the end of the clause. */
  private objectAfter(span: Span, sentence: number): Span | undefined {
    const s = this.doc.sentences[sentence];
    if (!s) return undefined;
    const tokens = tokensIn(this.doc, { start: span.end, end: s.end }).filter(
      (t) => !/^(?:against|on|at|off)$/i.test(t.text) || t.start > span.end + 10,
    );
    const startToken = tokens[0];
    if (!startToken) return undefined;
    const stop = tokens.find((t) => t.start > startToken.start && /^[,;:.]$/.test(t.text));
    const end = stop ? stop.start : (tokens.at(-1)?.end ?? startToken.end);
    const np = this.doc.text.slice(startToken.start, end);
    return { start: startToken.start, end: startToken.start + np.trimEnd().length };
  }

  private entityAt(span: Span): string | undefined {
    return this.resolution.entities.find((e) =>
      e.mentions.some((m) => overlaps(m, span) || within(span, [m])),
    )?.id;
  }
}
