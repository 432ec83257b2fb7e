import type { MarkerType } from '../model/provenance.js';

/**
 * How a marker finds what it qualifies.
 * - speech: words a speaker uses about their own claim ("I believe", "made up"):
 *   the attribution holding them; a denial's words point back at the claim denied.
 * - modifier: an adjective on a noun ("apparent call", "false claims"): that noun phrase.
 * - sentence: an adverb or clause about its sentence ("reportedly", "did not respond"):
 *   the attribution holding it, else the sentence's own claim or the claim it is about.
 * - verb: a verb of denying or confirming ("pushed back", "confirmed"): its object,
 *   by its subject (the attribution's source when it is the cue).
 */
export type MarkerScope = 'speech' | 'modifier' | 'sentence' | 'verb';

export interface MarkerRule {
  id: string;
  type: MarkerType;
  scope: MarkerScope;
  /** Case-insensitive; matched against the text of blocks provenance reads. */
  pattern: RegExp;
  /** Words for the one-line summary (missing records only). */
  gist?: string;
  /** Part of speech the word after the match must have, when the words alone are ambiguous. */
  nextPos?: string[];
  /** About the story as a whole ("did not respond to a request for comment"): falls back to the headline claim. */
  article?: boolean;
}

/** Nouns for something said: what a denial or a "false"/"baseless" rebuts. */
export const CLAIM_NOUNS =
  'claims?|allegations?|accusations?|reports?|story|stories|account|assertions?|charges?|rumou?rs?|idea|suggestion|notion|speculation|characterization|criticism|attacks?|premise|findings?|narrative|theory|conclusions?';
('claims?|allegations?|accusations?|reports?|story|stories|rumou?rs?|charges?|assertions?|narrative|theory');

/** Earlier rules win where two match the same words. */
export const MARKER_RULES: MarkerRule[] = [
  // Missing records and no response.
  {
    id: 'missing/no-record-public',
    type: 'missing-record',
    scope: 'sentence',
    pattern:
      /\bno (?:official |public )?(?:read[- ]?outs?|records?|transcripts?|minutes|documentation|recordings?|logs?)\b[^.;]{0,80}?\b(?:made public|released|published|exists?|existed|available)\b/i,
    gist: 'no record made public',
  },
  {
    id: 'missing/no-response',
    type: 'missing-record',
    scope: 'sentence',
    pattern:
      /\b(?:did not|didn't|has not|hasn't|have not|haven't) (?:immediately )?(?:respond|reply|return)(?:ed)? to (?:a |an |our |multiple |several |repeated )?(?:requests?|inquir(?:y|ies)|messages?|calls?|emails?)(?: for comment)?/i,
    gist: 'no response to a request for comment',
    article: true,
  },
  {
    id: 'missing/declined-comment',
    type: 'missing-record',
    scope: 'sentence',
    pattern:
      /\b(?:declined|refused|would not|wouldn't|did not|didn't) (?:to )?(?:comment|respond|elaborate)\b/i,
    gist: 'declined to comment',
    article: true,
  },
  {
    id: 'missing/not-verified',
    type: 'missing-record',
    scope: 'sentence',
    pattern:
      /\b(?:could not|cannot|can't|couldn't|has not been|have not been|was not|were not|not) (?:be )?(?:independently )?(?:verified|confirmed|corroborated)\b|\b(?:could not|cannot|can't|couldn't|did not|didn't|was unable to|were unable to) (?:independently )?(?:verify|confirm|corroborate)\b/i,
    gist: 'not independently verified',
  },
  {
    id: 'missing/no-evidence',
    type: 'missing-record',
    scope: 'sentence',
    pattern: /\bno evidence\b/i,
    gist: 'no evidence',
  },
  {
    id: 'missing/unavailable-comment',
    type: 'missing-record',
    scope: 'sentence',
    pattern: /\b(?:was|were) not (?:immediately )?available (?:for|to) comment\b/i,
    gist: 'not available for comment',
    article: true,
  },
  // Hedges in a speaker's own words.
  { id: 'hedge/my-memory', type: 'hedge', scope: 'speech', pattern: /\bmy (?:memory|recollection) is\b/i },
  {
    id: 'hedge/if-i-remember',
    type: 'hedge',
    scope: 'speech',
    pattern: /\bif I (?:remember|recall) (?:correctly|rightly)\b|\bif memory serves\b/i,
  },
  {
    id: 'hedge/i-believe',
    type: 'hedge',
    scope: 'speech',
    pattern:
      /\bI (?:believe|think|guess|suppose|assume|suspect)\b|\bas far as I (?:know|can tell|remember)\b/i,
  },
  {
    id: 'hedge/sort-of',
    type: 'hedge',
    scope: 'speech',
    pattern: /(?<!\b(?:a|the|this|that|what|some|any|every|one|same|other|which) )\b(?:sort|kind) of\b/i,
    // "sort of came over", "kind of define"; not "a kind of prayer".
    nextPos: ['VERB', 'ADJ', 'ADV', 'AUX'],
  },
  {
    id: 'hedge/may-have',
    type: 'hedge',
    scope: 'speech',
    pattern: /\b(?:may|might) (?:have|be)\b|\bperhaps\b|\bprobably\b|(?<!\b(?:not|n't) )\bpossibly\b/i,
  },
  // Hedges the reporter puts on a claim.
  {
    id: 'hedge/reportedly',
    type: 'hedge',
    scope: 'sentence',
    pattern: /\b(?:reportedly|allegedly|apparently|purportedly|supposedly|ostensibly|seemingly)\b/i,
  },
  {
    id: 'hedge/unclear',
    type: 'hedge',
    scope: 'sentence',
    pattern: /\bit (?:is|was|remains|remained) (?:not |un)clear\b|\bit is not known\b|\bit was not known\b/i,
  },
  {
    id: 'hedge/said-to',
    type: 'hedge',
    scope: 'sentence',
    pattern: /\b(?:is|are|was|were) (?:said|believed|thought|rumou?red) to\b/i,
  },
  {
    id: 'hedge/apparent',
    type: 'hedge',
    scope: 'modifier',
    pattern:
      /\b(?:apparent|alleged|purported|supposed|mysterious|suspected|rumou?red|unconfirmed|unverified|so-called)\b(?= [\w-]+)/i,
  },
  // Denials and rebuttals.
  {
    id: 'denial/verb',
    type: 'denial',
    scope: 'verb',
    pattern:
      /\b(?:den(?:y|ies|ied|ying)|pushed back|push(?:es|ing)? back|dismiss(?:ed|es|ing)?|reject(?:ed|s|ing)?|refut(?:ed|es|ing|e)|disput(?:ed|es|ing|e)|rebuff(?:ed|s|ing)?|contradict(?:ed|s|ing)?|debunk(?:ed|s|ing)?)\b/i,
  },
  {
    id: 'denial/false-modifier',
    type: 'denial',
    scope: 'modifier',
    pattern: new RegExp(
      `\\b(?:false|baseless|bogus|unfounded|unsubstantiated|debunked|discredited|fabricated|made-up|groundless)(?= (?:${CLAIM_NOUNS})\\b)`,
      'i',
    ),
  },
  {
    // "a totally made up story", not "made up 36 percent of the electorate".
    id: 'denial/made-up',
    type: 'denial',
    scope: 'speech',
    pattern:
      /(?<=\b(?:totally|completely|entirely|just|all|is|was|are|were|be|been|being)\s)made[ -]up\b(?!\s+(?:of|by|for|\d|just|about|roughly|nearly|around|more|less|most|half|the|a|an|percent)\b)|\bmade[ -]up(?=\s+(?:stor(?:y|ies)|claims?|allegations?|quotes?|news|nonsense|lies|things?)\b)|\b(?:fake news|hoax|fabricat(?:ed|ion)|not true|untrue|(?:is|was|are|were|completely|totally|patently) false|lies|nonsense|ridiculous|smear|witch hunt|conspiracy theory|never happened|did not happen|didn't happen)\b/i,
  },
  // Corroboration.
  {
    id: 'corroboration/records-show',
    type: 'corroboration',
    scope: 'sentence',
    pattern:
      /\b(?:documents?|records?|filings?|data|emails?|transcripts?|footage|logs?|receipts?) (?:show(?:s|ed)?|confirm(?:s|ed)?|indicate[sd]?|reveal(?:s|ed)?)\b|\baccording to (?:court |public |flight |official )?(?:records|documents|filings|data|transcripts)\b/i,
  },
  {
    id: 'corroboration/confirmed',
    type: 'corroboration',
    scope: 'verb',
    pattern: /\b(?:confirm(?:ed|s|ing)?|verified|verif(?:y|ies)|corroborat(?:ed|es|ing|e))\b/i,
  },
  {
    id: 'corroboration/obtained',
    type: 'corroboration',
    scope: 'sentence',
    pattern: /\b(?:obtained|reviewed|seen) by (?:the |The )?[A-Z]\w+/,
  },
];
