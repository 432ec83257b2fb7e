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
  {
    // "refused to pledge to release his tax returns", "released only some of the footage".
    id: 'missing/withheld',
    type: 'missing-record',
    scope: 'sentence',
    pattern:
      /\b(?:refus(?:ed|es|ing)|declin(?:ed|es|ing)|(?:would|will|did|does|has|have) not|(?:would|wo|did|does|has|have)n't|never) (?:to )?(?:[a-z]+ ){0,2}?(?:to )?(?:release|disclose|publish|turn over|hand over|make public)\b|\breleased only (?:some|part|a portion|portions|parts|a fraction)\b|\bonly (?:partially|partly|selectively) released\b|\bwithh(?:eld|olds?|olding)\b|\b(?:are|is) still being (?:gathered|collected|compiled)\b/i,
    gist: 'record withheld or incomplete',
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
      /(?<!\b(?:do|did|would|should|could|can|will|why|what) )\bI (?:(?:do|really|still|just|personally) )?(?:believe|think|thought|guess|guessed|suppose|assume|assumed|suspect|feel like)\b|\bI (?:do not|don't|did not|didn't) (?:know|think)\b|\bI'm not (?:sure|certain)\b|\bas far as I (?:know|can tell|remember)\b|\b(?:our|my) assumption is\b/i,
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
    pattern:
      /\b(?:may|might) (?:have|be)\b|\bperhaps\b|\bmaybe\b|\bprobably\b|(?<!\b(?:not|n't) )\bpossibly\b/i,
  },
  {
    // "could have" about a past fact, not "could have been worse" after a negation.
    id: 'hedge/could-have',
    type: 'hedge',
    scope: 'speech',
    pattern: /(?<!\bnot )\bcould have\b/i,
    nextPos: ['VERB', 'AUX'],
  },
  {
    id: 'hedge/not-likely',
    type: 'hedge',
    scope: 'speech',
    pattern: /\b(?:not|n't) (?:very |that |too )?likely\b|\bunlikely\b/i,
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
    pattern:
      /\bit (?:is|was|remains|remained) (?:not |un)clear\b|\bit is not known\b|\bit was not known\b|\b(?:unclear|uncertain)\b|\b(?:is|was|remains|remained) not (?:clear|known)\b|\ban open question\b/i,
  },
  {
    // "seems to be", "appeared to confirm", "it seems", "it appears that".
    id: 'hedge/seems',
    type: 'hedge',
    scope: 'sentence',
    pattern: /\b(?:seem|seems|seemed|seeming|appear|appears|appeared|appearing) to\b/i,
    nextPos: ['VERB', 'AUX'],
  },
  {
    id: 'hedge/it-seems',
    type: 'hedge',
    scope: 'sentence',
    pattern: /\bit (?:seems|seemed|appears|appeared|would seem|would appear)\b(?! to\b)/i,
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
      `\\b(?:false|baseless|bogus|unfounded|unsubstantiated|debunked|discredited|fabricated|made-up|groundless|manufactured|trumped-up|phony)(?= (?:${CLAIM_NOUNS}|scandal|controversy|outrage|crisis|quotes?)\\b)`,
      'i',
    ),
  },
  {
    // "a totally made up story", not "made up 36 percent of the electorate".
    id: 'denial/made-up',
    type: 'denial',
    scope: 'speech',
    pattern:
      /(?<=\b(?:totally|completely|entirely|just|all|is|was|are|were|be|been|being)\s)made[ -]up\b(?!\s+(?:of|by|for|\d|just|about|roughly|nearly|around|more|less|most|half|the|a|an|percent)\b)|\bmade[ -]up(?=\s+(?:stor(?:y|ies)|claims?|allegations?|quotes?|news|nonsense|lies|things?)\b)|\b(?:fake news|hoax|fabricat(?:ed|ion)|not true|untrue|(?:is|was|are|were|completely|totally|patently) false|(?:is|was|that's|it's) (?:a )?(?:total |complete |outright |flat )?lie|nonsense|ridiculous|smear|witch hunt|conspiracy theory|never happened|did not happen|didn't happen)\b/i,
  },
  {
    // "the charges are unfounded", "100 percent wrong", "the story was manufactured".
    id: 'denial/predicate',
    type: 'denial',
    scope: 'speech',
    pattern:
      /\b(?:unfounded|baseless|groundless|(?:don't|doesn't|do not|does not) hold (?:any )?(?:weight|water|up)|(?:completely|totally|absolutely|simply|flat[- ]out|dead|percent|plain|just) wrong|(?:that|it|he|she|they|you)(?:'s|'re| is| are| was| were) (?:just |simply |all )?wrong|(?:was|were|is|are|been|totally|completely|entirely|all) (?:totally |completely )?(?:manufactured|invented|concocted|fabricated)|(?:is|are|was|were|completely|totally|wildly|grossly|deeply) (?:inaccurate|incorrect|misleading))\b/i,
  },
  {
    // "The report is wrong", "those claims are simply false": a claim called wrong.
    id: 'denial/claim-wrong',
    type: 'denial',
    scope: 'speech',
    pattern: new RegExp(
      `(?<=\\b(?:${CLAIM_NOUNS}) (?:is|are|was|were) )(?:just |simply |completely |totally |dead |flat |all )?(?:wrong|false|untrue|inaccurate|incorrect)\\b`,
      'i',
    ),
  },
  {
    // A fact-check's rating: "rated it Mostly False", "Pants on Fire", "Four Pinocchios".
    id: 'denial/rating',
    type: 'denial',
    scope: 'sentence',
    pattern:
      /\b(?:Mostly False|Pants on Fire|(?:three|four) Pinocchios)\b|(?<=\brated (?:it|this|the claim|that) )False\b/i,
  },
  // Corroboration.
  {
    id: 'corroboration/rating',
    type: 'corroboration',
    scope: 'sentence',
    pattern: /\bMostly True\b|(?<=\brated (?:it|this|the claim|that) )True\b/i,
  },
  {
    id: 'corroboration/records-show',
    type: 'corroboration',
    scope: 'sentence',
    pattern:
      /\b(?:documents?|records?|filings?|data|emails?|transcripts?|footage|logs?|receipts?) (?:show(?:s|ed)?|confirm(?:s|ed)?|indicate[sd]?|reveal(?:s|ed)?)\b|\baccording to (?:court |public |flight |official )?(?:records|documents|filings|data|transcripts)\b/i,
  },
  {
    // A record cited as showing something: "a new poll shows", "studies have shown", "the video showed".
    id: 'corroboration/evidence-shows',
    type: 'corroboration',
    scope: 'sentence',
    pattern:
      /\b(?:polls?|surveys?|stud(?:y|ies)|research|data|analys[ie]s|videos?|footage|evidence|figures|numbers|statistics|census|results|records?|documents?) (?:(?:released|published|conducted|taken|out) (?:[\w'’]+ ){0,2}?)?(?:(?:has|have|had|also|clearly) )?(?:show(?:s|ed|n)?|found|finds?|confirm(?:s|ed)?|reveal(?:s|ed)?|indicate[sd]?|demonstrate[sd]?)\b|\baccording to (?:the |a |an |new |recent |latest |official |public |court )*(?:data|polls?|surveys?|stud(?:y|ies)|research|figures|numbers|statistics|census|records|documents|filings|transcripts|analysis)\b/i,
  },
  {
    id: 'corroboration/confirmed',
    type: 'corroboration',
    scope: 'verb',
    // Not a confirmation hoped for or missing: "would confirm", "to verify", "not confirmed"; nor a "verified account".
    pattern:
      /(?<!\b(?:would|could|might|may|can|cannot|to|not|never|n't|be|been|yet)\s)\b(?:confirm(?:ed|s|ing)?|verified|verif(?:y|ies)|corroborat(?:ed|es|ing|e))\b(?!\s+(?:accounts?|users?|profiles?|cases?)\b)/i,
  },
  {
    id: 'corroboration/obtained',
    type: 'corroboration',
    scope: 'sentence',
    pattern: /\b(?:obtained|reviewed|seen) by (?:the |The )?[A-Z]\w+/,
  },
];
