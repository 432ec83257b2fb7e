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
  /**
   * The first four letters (all of a shorter word) of words one of which every match holds:
   * a block with none of them is not scanned (a test checks every match holds one).
   */
  stems: string[];
  /** Words for the one-line summary (missing records only). */
  gist?: string;
  /** Part of speech the word after the match must have, when the words alone are ambiguous. */
  nextPos?: string[];
  /** About the story as a whole ("did not respond to a request for comment"): falls back to the headline claim. */
  article?: boolean;
}

/** Nouns for something said: what a denial or a "false"/"baseless" rebuts. */
export const CLAIM_NOUNS =
  'claims?|allegations?|accusations?|reports?|story|stories|accounts?|assertions?|charges?|rumou?rs?|idea|suggestions?|implications?|notion|speculation|characterization|criticism|attacks?|premises?|critiques?|objections?|findings?|narratives?|theory|theories|conclusions?|statements?|testimony|recollections?|arguments?|contentions?|insinuations?|reporting|headlines?|version';

/** Words calling a claim false wherever they stand: "trumped-up charges", "the suit is meritless". */
const FALSE_ALWAYS = 'baseless|unfounded|groundless|meritless|unsubstantiated|trumped-up|debunked|bogus';

/** What a party can keep back: "declined to give a specific price tag", "gave no reasons". */
const WITHHELD =
  'details?|specifics|information|documentation|documents|records|figures|numbers|price|prices|list|names?|terms|answers?|explanations?|reasons?|breakdown|estimates?|evidence|data|proof|comment|timeline|plans?|polling';

/** Records and evidence that can show something: "poll", "video", "data", "emails". */
const RECORDS =
  'polls?|polling|surveys?|stud(?:y|ies)|research|researchers|authors|data|analys[ie]s|report|reviews?|examinations?|audits?|videos?|footage|evidence|figures|numbers|statistics|census|results|outcomes?|trackers|records?|documents?|transcripts?|e-?mails|filings?|estimates|projections?|photos?|photographs?|pictures?|images?|recordings?|audio|ledgers?|tall(?:y|ies)|count';

/** Earlier rules win where two match the same words. */
export const MARKER_RULES: MarkerRule[] = [
  // Missing records and no response.
  {
    // "no official readout was made public", "there was no photograph of the meeting".
    id: 'missing/no-record-public',
    stems: ['no', 'ther'],
    type: 'missing-record',
    scope: 'sentence',
    pattern:
      /\bno (?:official |public )?(?:read[- ]?outs?|records?|transcripts?|minutes|documentation|recordings?|logs?)\b[^.;]{0,80}?\b(?:made public|released|published|exists?|existed|available)\b|\bthere (?:is|was|are|were|has been|had been) no (?:official |public )?(?:read[- ]?outs?|records?|recordings?|photo(?:graph)?s?|videos?|footage|transcripts?|documentation|paper trail)\b/i,
    gist: 'no record made public',
  },
  {
    id: 'missing/no-response',
    stems: ['resp', 'repl', 'retu', 'reac'],
    type: 'missing-record',
    scope: 'sentence',
    // "did not respond to emailed questions", "did not return a phone message", "could not be reached for comment".
    pattern:
      /\b(?:(?:did|has|have|had|would) not|(?:did|has|have|had|would)n['’]t) (?:immediately )?(?:(?:respond|reply|replied)(?:ed)? to (?:[\w'’-]+ ){0,4}?(?:requests?|inquir(?:y|ies)|messages?|calls?|e-?mails?|questions?|questionnaires?|attempts)\b(?: for comment)?|return(?:ed)? (?:[\w'’-]+ ){0,3}?(?:calls?|messages?|e-?mails?|requests?|inquir(?:y|ies))\b)|\b(?:could not|couldn['’]t|cannot|can['’]t) (?:immediately )?be reached\b|\b(?:(?:chose|choosing|chooses) not to|(?:failed|fails|failing) to|stopped|stops) (?:\w+ )?(?:respond|reply)(?:ing)?\b/i,
    gist: 'no response to a request for comment',
    article: true,
  },
  {
    // "declined to comment", "declined to weigh in", "has not commented", "referred questions to the campaign",
    // "kept mum", "has been unresponsive", "Neither company would comment".
    id: 'missing/declined-comment',
    stems: ['comm', 'resp', 'elab', 'weig', 'spea', 'talk', 'refe', 'mum', 'unre', 'say'],
    type: 'missing-record',
    scope: 'sentence',
    pattern:
      /\b(?:declin(?:ed|es|ing)|refus(?:ed|es|ing)|(?:would|did|will) not|(?:would|did|wo)n['’]t) (?:to )?(?:(?:directly|publicly|immediately|specifically|officially) )?(?:comment|respond|elaborate|weigh in|(?:speak|talk) (?:to|with) (?:reporters|the press|the media|journalists))\b(?! in kind\b)|\b(?:(?:has|have|had) not|(?:has|have|had)n['’]t) (?:yet |publicly )?commented\b|\brefer(?:red|s|ring) (?:all |further |any )?(?:questions|requests|inquiries|reporters|calls)\b|\b(?:remained|kept|stayed|(?:has|have|had) (?:been|kept|remained)) (?:\w+ )?mum\b|\bunresponsive\b|\bneither\b[^.;]{0,40}?\bwould (?:comment|respond|say)\b/i,
    gist: 'declined to comment',
    article: true,
  },
  {
    id: 'missing/not-verified',
    stems: ['veri', 'conf', 'corr'],
    type: 'missing-record',
    scope: 'sentence',
    pattern:
      /\b(?:could not|cannot|can['’]t|couldn['’]t|has not been|have not been|(?:has|have)n['’]t been|was not|were not|(?:was|were)n['’]t|not) (?:be )?(?:independently )?(?:verified|confirmed|corroborated)\b|\b(?:could not|cannot|can['’]t|couldn['’]t|did not|didn['’]t|was unable to|were unable to) (?:independently )?(?:verify|confirm|corroborate)\b/i,
    gist: 'not independently verified',
  },
  {
    id: 'missing/no-evidence',
    stems: ['evid', 'noth', 'ligh', 'cite', 'citi'],
    type: 'missing-record',
    scope: 'sentence',
    // "no evidence", "revealed nothing new", "sheds little light", "did not cite a source".
    pattern:
      /\b(?:(?:no|little|scant) |without (?:any )?)evidence\b|\b(?:revealed|uncovered) (?:virtually |almost |next to )?nothing\b|\bfound (?:virtually|almost|next to) nothing\b|\bsh(?:eds?|ed) little light\b|\b(?:did not|didn['’]t|never|without) cit(?:e|ed|ing) (?:a |any )?(?:source|evidence)\b/i,
    gist: 'no evidence',
  },
  {
    id: 'missing/unavailable-comment',
    stems: ['avai'],
    type: 'missing-record',
    scope: 'sentence',
    pattern: /\b(?:was|were) not (?:immediately )?available (?:for|to) comment\b/i,
    gist: 'not available for comment',
    article: true,
  },
  {
    // A party keeping an answer back: "declined to say whether", "would not say how", "refused to answer questions",
    // "declined to provide a list", "did not give an explanation", "is not saying whether", "wouldn't discuss",
    // "without offering specifics", "said little about"; not "refused to say the words" nor "I did not say".
    id: 'missing/would-not-say',
    stems: [
      'decl',
      'refu',
      'not',
      'didn',
      'does',
      'don',
      'woul',
      'won',
      'hasn',
      'have',
      'gave',
      'givi',
      'offe',
      'prov',
      'isn',
      'aren',
      'wasn',
      'hadn',
      'with',
      'said',
    ],
    type: 'missing-record',
    scope: 'sentence',
    pattern: new RegExp(
      `\\b(?:declin(?:ed|es|ing)|refus(?:ed|es|ing|al)) to (?:(?:say|answer|discuss|specify|identify|name|detail|explain|address|speculate)\\b(?! (?:the words?|that)\\b)|(?:give|provide|share|offer|reveal|divulge)\\b(?= (?:[\\w'’-]+ ){0,3}?(?:${WITHHELD})\\b))|\\b(?:does|do)(?: not|n['’]t) (?:indicate|specify|state|say)\\b(?= (?:whether|if|who|how|why|when|what|where)\\b)|\\b(?:(?:is|are|was|were|has|have|had) not|(?:is|are|was|were|has|have|had)n['’]t|not) (?:yet )?(?:saying|said|indicated|specified|disclosed|revealed)\\b(?= (?:whether|if|who|how|why|when|what|where|which)\\b)|\\b(?:(?:would|will) not|(?:would|wo)n['’]t|(?:refus|declin)(?:ed|es|ing) to) (?:directly )?(?:discuss|speculate|take (?:any )?questions)\\b|(?<!\\bI )\\b(?:(?:would|did|will|has|have) not|(?:would|did|wo|has|have)n['’]t) (?:(?:say|specify|explain|elaborate|disclose|reveal|identify)\\b(?= (?:\\w+ )?(?:whether|if|when|who|whom|how|why|what|where|which|the terms)\\b)|(?:explain|reveal|disclose)\\b(?= (?:why|how|what|the terms)\\b))|\\b(?:(?:did|does|has|have|would) not|(?:did|does|has|have|would)n['’]t) (?:provide|give|offer|share)d?\\b(?= (?:an? |any |further |more |additional |specific )*(?:${WITHHELD})\\b)|\\b(?:gave|offered|provided|giving|offering|providing) no (?:${WITHHELD})\\b|\\bwithout (?:offering|giving|providing|sharing) (?:any )?(?:${WITHHELD}|specifics)\\b|\\bsaid little about\\b|\\bdeclined (?:an?|repeated|multiple|several) (?:\\w+ )?(?:interview|requests?)\\b`,
      'i',
    ),
    gist: 'would not say',
    article: true,
  },
  {
    // "has no comment", "made no comment on the ruling", "had no response", '"No comment," she said', "said without further comment".
    id: 'missing/no-comment',
    stems: ['comm', 'resp', 'litt'],
    type: 'missing-record',
    scope: 'sentence',
    pattern:
      /\b(?:ha[sd]|have|made|offered) no (?:immediate |further )?(?:comment|response)\b|["“]No comment\b|\bwithout (?:further |additional )?comment\b|\bhad little to say\b/i,
    gist: 'no comment',
    article: true,
  },
  {
    // "The price was not disclosed", "details have not been made public", "won't be released", "kept the lineup secret",
    // "undisclosed loans".
    id: 'missing/not-disclosed',
    stems: ['disc', 'rele', 'publ', 'reve', 'secr', 'wrap', 'unre', 'undi'],
    type: 'missing-record',
    scope: 'sentence',
    pattern:
      /\b(?:(?:was|were|is|are|has|have|had|will) not|(?:was|were|is|are|has|have|had|wo)n['’]t) (?:yet )?(?:be(?:en)? )?(?:disclosed|made public|publicly released|released|revealed)\b|\bkept (?:[\w'’-]+ ){0,3}?(?:secret|under wraps)\b|\b(?:unreported|undisclosed)\b/i,
    gist: 'not disclosed',
  },
  {
    // "no data to suggest that", "no records responsive to your request were located", "did not have numbers to show",
    // "does not keep statistics".
    id: 'missing/no-data',
    stems: ['data', 'reco', 'docu', 'proo', 'numb', 'figu', 'stat', 'trac'],
    type: 'missing-record',
    scope: 'sentence',
    pattern:
      /\bno (?:data|records?|documentation|proof) (?:to (?:suggest|show|support|back)|(?:[\w'’-]+ ){0,4}?(?:were|was) (?:located|found))\b|\b(?:did not|didn['’]t|does not|doesn['’]t|do not|don['’]t) (?:have|keep|track|collect) (?:the |any )?(?:numbers|figures|data|records|statistics|track)\b/i,
    gist: 'no record',
  },
  {
    // "refused to pledge to release his tax returns", "released only some of the footage".
    id: 'missing/withheld',
    stems: ['rele', 'disc', 'publ', 'over', 'with', 'gath', 'coll', 'comp'],
    type: 'missing-record',
    scope: 'sentence',
    pattern:
      /\b(?:refus(?:ed|es|ing|al)|declin(?:ed|es|ing)|(?:would|will|did|does|has|have) not|(?:would|wo|did|does|has|have)n['’]t|never) (?:to )?(?:[a-z]+ ){0,2}?(?:to )?(?:release|disclose|publish|turn over|hand over|make public)\b(?! (?:\w+ )?(?:criminals|prisoners|detainees|hostages|inmates)\b)|\breleased only (?:some|part|a portion|portions|parts|a fraction)\b|\bonly (?:partially|partly|selectively) released\b|\bwithh(?:eld|olds?|olding)\b|\b(?:are|is) still being (?:gathered|collected|compiled)\b/i,
    gist: 'record withheld or incomplete',
  },
  {
    // A question met without an answer: "Johnson demurred", "avoided a declarative answer", "skirted the opening question",
    // "I'm not going to answer", "did not receive answers", "a non-answer", "hasn't made herself available".
    id: 'missing/no-answer',
    stems: [
      'demu',
      'avoi',
      'dodg',
      'side',
      'evad',
      'evas',
      'skir',
      'defl',
      'duck',
      'fili',
      'answ',
      'resp',
      'repl',
      'avai',
      'non',
    ],
    type: 'missing-record',
    scope: 'sentence',
    pattern:
      /\bdemurr?(?:ed|s|ing)?\b|\b(?:avoid(?:ed|s|ing)?|dodg(?:ed|es|ing)|sidestep(?:ped|s|ping)?|evad(?:ed|es|ing|e)|skirt(?:ed|s|ing)?|deflect(?:ed|s|ing)?|duck(?:ed|s|ing)?|filibuster(?:ed|s|ing)?) (?:(?:a|an|the|any|his|her|their) )?(?:[\w-]+(?:['’]s)? )?(?:answer|question)s?\b|\b(?:(?:not|never) going to|(?:wo|would|did)n['’]t|(?:will|would|did) not|(?:refus|declin)(?:ed|es|ing) to|(?:did not|didn['’]t) stop to) answer\b|\b(?:(?:has|have|had) not|(?:has|have|had)n['’]t) made (?:herself|himself|themselves|itself) available\b|\binstead of (?:an? )?answer\b|\bnon-?answers?\b|\b(?:(?:did|has|have|had) not|(?:did|has|have|had)n['’]t|never) (?:yet )?(?:receive[sd]?|get|gotten|got) (?:an? |any )?(?:answers?|responses?|repl(?:y|ies))\b|\bno (?:answer|reply) (?:came|was given|from)\b/i,
    gist: 'no answer',
    article: true,
  },
  {
    // A record destroyed, redacted or its release fought: "deleted 30,000 emails", "emails that were deleted",
    // "resisted release of the video for 13 months", "stonewalled records requests", "lack of a paper trail".
    id: 'missing/destroyed',
    stems: [
      'dest',
      'dele',
      'wipe',
      'wipi',
      'shre',
      'resi',
      'figh',
      'foug',
      'bloc',
      'dela',
      'stal',
      'noth',
      'lost',
      'miss',
      'ston',
      'lack',
      'abse',
      'reda',
    ],
    type: 'missing-record',
    scope: 'sentence',
    pattern:
      /\b(?:destroy(?:ed|ing)|destruction of|delet(?:ed|ing|ion of)|wip(?:ed|ing)|shredd?(?:ed|ing)) (?:[\w'’,-]+ ){0,4}?(?:e-?mails|records|documents|files|evidence|tapes|recordings|hard drives?|servers?)\b|\b(?:e-?mails|records|documents|files|tapes|recordings) (?:that|which) (?:were|had been|have been|was|are|is) (?:later |since |then )?(?:deleted|destroyed|wiped|shredded|lost|missing)\b|\bstonewall(?:ed|ing|s)\b|\bstonewall(?= (?:(?:the|any|all|records?|public|their|his|her) )*(?:requests?|questions?|investigat\w*|inquir(?:y|ies)|reporters|press)\b)|\b(?:resist(?:ed|s|ing)?|fight(?:s|ing)?|fought|block(?:ed|s|ing)?|delay(?:ed|s|ing)?|stall(?:ed|s|ing)?) (?:the |any )?(?:public )?releas(?:e|ing)\b|\b(?:lack|absence) of (?:a |any )?(?:paper trail|records?|documentation|evidence|data)\b|\bredact(?:ed|ions?|ing)\b|\bdelay in releasing\b|\bnothing (?:was|has been|had been|were) (?:ever )?(?:released|made public|disclosed|published)\b/i,
    gist: 'record destroyed or kept back',
  },
  {
    // A record that cannot tell: "cannot be determined from the FEC filings", "it's unclear from the campaign filings".
    id: 'missing/not-in-record',
    stems: ['dete', 'esta', 'uncl', 'clea'],
    type: 'missing-record',
    scope: 'sentence',
    pattern: new RegExp(
      `\\b(?:cannot|can['’]t|could not|couldn['’]t) be (?:determined|established|told|learned) from\\b|\\b(?:unclear|not clear) from (?:the |their |his |her |its )?(?:[\\w-]+ )?(?:${RECORDS})\\b`,
      'i',
    ),
    gist: 'not in the record',
  },
  // Hedges in a speaker's own words.
  {
    id: 'hedge/my-memory',
    stems: ['memo', 'reco'],
    type: 'hedge',
    scope: 'speech',
    pattern: /\bmy (?:memory|recollection) is\b/i,
  },
  {
    id: 'hedge/if-i-remember',
    stems: ['reme', 'reca', 'serv'],
    type: 'hedge',
    scope: 'speech',
    pattern: /\bif I (?:remember|recall) (?:correctly|rightly)\b|\bif memory serves\b/i,
  },
  {
    id: 'hedge/i-believe',
    stems: ['i', 'assu'],
    type: 'hedge',
    scope: 'speech',
    pattern:
      /(?<!\b(?:do|did|would|should|could|can|will|why|what) )\bI (?:(?:do|really|still|just|personally) )?(?:believe|think|thought|guess|guessed|suppose|assume|assumed|suspect|feel like)\b|\bI (?:do not|don't|did not|didn't) (?:know|think)\b|\bI'm not (?:sure|certain)\b|\bas far as I (?:know|can tell|remember)\b|\b(?:our|my) assumption is\b/i,
  },
  {
    id: 'hedge/sort-of',
    stems: ['sort', 'kind'],
    type: 'hedge',
    scope: 'speech',
    pattern: /(?<!\b(?:a|the|this|that|what|some|any|every|one|same|other|which) )\b(?:sort|kind) of\b/i,
    // "sort of came over", "kind of define"; not "a kind of prayer".
    nextPos: ['VERB', 'ADJ', 'ADV', 'AUX'],
  },
  {
    id: 'hedge/may-have',
    stems: ['may', 'migh', 'perh', 'mayb', 'prob', 'poss'],
    type: 'hedge',
    scope: 'speech',
    pattern:
      /\b(?:may|might) (?:have|be)\b|\bperhaps\b|\bmaybe\b|\bprobably\b|(?<!\b(?:not|n't) )\bpossibly\b/i,
  },
  {
    // "could have" about a past fact, not "could have been worse" after a negation.
    id: 'hedge/could-have',
    stems: ['coul'],
    type: 'hedge',
    scope: 'speech',
    pattern: /(?<!\bnot )\bcould have\b/i,
    nextPos: ['VERB', 'AUX'],
  },
  {
    id: 'hedge/not-likely',
    stems: ['like', 'unli'],
    type: 'hedge',
    scope: 'speech',
    pattern: /\b(?:not|n't) (?:very |that |too )?likely\b|\bunlikely\b/i,
  },
  // Hedges the reporter puts on a claim.
  {
    id: 'hedge/reportedly',
    stems: ['repo', 'alle', 'appa', 'purp', 'supp', 'oste', 'seem'],
    type: 'hedge',
    scope: 'sentence',
    pattern: /\b(?:reportedly|allegedly|apparently|purportedly|supposedly|ostensibly|seemingly)\b/i,
  },
  {
    id: 'hedge/unclear',
    stems: ['clea', 'uncl', 'know', 'unce', 'ques'],
    type: 'hedge',
    scope: 'sentence',
    pattern:
      /\bit (?:is|was|remains|remained) (?:not |un)clear\b|\bit is not known\b|\bit was not known\b|\b(?:unclear|uncertain)\b|\b(?:is|was|remains|remained) not (?:clear|known)\b|\ban open question\b/i,
  },
  {
    // "seems to be", "appeared to confirm", "it seems", "it appears that".
    id: 'hedge/seems',
    stems: ['seem', 'appe'],
    type: 'hedge',
    scope: 'sentence',
    pattern: /\b(?:seem|seems|seemed|seeming|appear|appears|appeared|appearing) to\b/i,
    nextPos: ['VERB', 'AUX'],
  },
  {
    id: 'hedge/it-seems',
    stems: ['seem', 'appe'],
    type: 'hedge',
    scope: 'sentence',
    pattern: /\bit (?:seems|seemed|appears|appeared|would seem|would appear)\b(?! to\b)/i,
  },
  {
    id: 'hedge/said-to',
    stems: ['said', 'beli', 'thou', 'rumo'],
    type: 'hedge',
    scope: 'sentence',
    pattern: /\b(?:is|are|was|were) (?:said|believed|thought|rumou?red) to\b/i,
  },
  {
    id: 'hedge/apparent',
    stems: ['appa', 'alle', 'purp', 'supp', 'myst', 'susp', 'rumo', 'unco', 'unve', 'call'],
    type: 'hedge',
    scope: 'modifier',
    pattern:
      /\b(?:apparent|alleged|purported|supposed|mysterious|suspected|rumou?red|unconfirmed|unverified|so-called)\b(?= [\w-]+)/i,
  },
  // Denials and rebuttals.
  {
    // A verb rejecting a claim: "denied that", "pushed back", "disputed the account", "discounted the report",
    // "calls into question those claims", "put to rest the notion", "contradicted what the officers said" (object in `fits`).
    id: 'denial/verb',
    stems: [
      'deny',
      'deni',
      'push',
      'dism',
      'reje',
      'refu',
      'disp',
      'rebu',
      'repu',
      'cont',
      'debu',
      'disa',
      'laug',
      'brus',
      'shru',
      'wave',
      'swat',
      'cast',
      'disc',
      'call',
      'put',
      'puts',
      'putt',
    ],
    type: 'denial',
    scope: 'verb',
    pattern:
      /\b(?:den(?:y|ies|ied|ying)|push(?:ed|es|ing)? back|dismiss(?:ed|es|ing)?|reject(?:ed|s|ing)?|refut(?:ed|es|ing|e)|disput(?:ed|es|ing|e)|rebuff(?:ed|s|ing)?|rebut(?:s|ted|ting)?|repudiat(?:ed|es|ing|e)|contradict(?:ed|s|ing)?|debunk(?:ed|s|ing)?|contest(?:ed|ing)|cast(?:s|ing)? (?:serious |new |fresh )?doubt on|(?:laugh(?:ed|s|ing)?|brush(?:ed|es|ing)?|shrugg?(?:ed|s|ing)?|wav(?:ed|es|ing)|swatt?(?:ed|s|ing)?) (?:off|aside|away)|discount(?:ed|s|ing)?|call(?:ed|s|ing)? into (?:serious |grave )?question|put(?:s|ting)? to rest|disagree(?:s|d|ing)?(?: (?:strongly|sharply|vehemently))? with)\b/i,
  },
  {
    // "false claims", "a misleading ad", "discredited theories", "a false equivalency".
    id: 'denial/false-modifier',
    stems: ['fals', 'disc', 'fabr', 'made', 'manu', 'phon', 'repu', 'misl', 'erro', 'inac', 'dist', 'over'],
    type: 'denial',
    scope: 'modifier',
    pattern: new RegExp(
      `\\b(?:false|discredited|fabricated|made-up|manufactured|phony|repudiated|misleading|erroneous|inaccurate|distorted|overblown)(?=,? (?:[\\w-]+,? (?:and )?){0,2}?(?:${CLAIM_NOUNS}|equivalenc[ey]|impressions?|scandal|controversy|outrage|crisis|quotes?|ads?|articles?|graphics?|charts?|statistics|portrayals?|depictions?|descriptions?|picture)\\b)`,
      'i',
    ),
  },
  {
    // "unfounded conspiracy theory", "the trumped-up security violation".
    id: 'denial/unfounded-modifier',
    stems: ['base', 'unfo', 'grou', 'meri', 'unsu', 'trum', 'debu', 'bogu'],
    type: 'denial',
    scope: 'modifier',
    pattern: new RegExp(`\\b(?:${FALSE_ALWAYS})\\b`, 'i'),
    nextPos: ['NOUN', 'PROPN', 'ADJ'],
  },
  {
    // "a totally made up story", "the story was made up", "she made the story up", "That's not what happened";
    // not "made up 36 percent", "made up for" or "made up by turnout".
    id: 'denial/made-up',
    stems: [
      'made',
      'fake',
      'hoax',
      'fabr',
      'true',
      'untr',
      'fals',
      'smea',
      'cons',
      'neve',
      'happ',
      'isn',
      'wasn',
      'aren',
      'were',
    ],
    type: 'denial',
    scope: 'speech',
    pattern:
      /\bmade[ -]up\b(?<=\b(?:totally|completely|entirely|just|all|is|was|are|were|be|been|being)\smade[ -]up)(?=\s*(?:[.,;:!?"”’)]|$)|\s+(?:out of thin air|from whole cloth)\b)|\bmade[ -]up(?=\s+(?:stor(?:y|ies)|claims?|allegations?|quotes?|news|nonsense|lies|things?)\b)|\b(?:fake news|hoax(?:es)?|fabricat(?:ed|ion)|not true|(?<!\bif (?:it|that|this) )(?:is|was|are|were)n['’]t true(?! (?:of|for)\b)|untrue|(?:is|was|are|were|completely|totally|patently) false|smear|conspiracy theory|never happened|did not happen|didn['’]t happen|(?:that|this|it)(?:['’]s| is| was) not what happened)\b|\bmade (?:(?:the|that|this|a|those|these) (?:whole )?(?:stor(?:y|ies)|thing|quotes?|claims?|allegations?)|(?:it|that|this|them|those) (?:all )?) ?up\b/i,
  },
  {
    // A claim called a lie: "is a lie", "called that report a 'boldfaced lie'", "lying about her support"; not lies in general.
    id: 'denial/lie',
    stems: ['lie', 'lies', 'lied', 'lyin'],
    type: 'denial',
    scope: 'speech',
    pattern:
      /\b(?:lie|lies|lied|lying)\b(?=\s+(?:to\s+\w+\s+)?about\s+(?!(?:me|him|us|them|you)\b)["“'‘\w]|\s+that\b)(?<!\b(?:get|got|gets|getting|be|been|being|is|was|are|were)\s+lied)|\blies?\b(?<=(?:\b(?:is|was|are|were)|['’]s)\s+["“]?(?:a\s+)?(?:(?:total|complete|outright|flat|big|blatant|bald-faced|boldfaced|bold-faced|flat-out)\s+)?lies?)(?<!\b(?:everything|anything|all|whatever|nothing)\b[^.!?]{0,40})|\blie\b(?<=\b(?:a|an)\s+["“]?(?:[\w-]+\s+)?lie)(?<=\bcall(?:s|ed|ing)?\s[^.;!?]{0,50})/i,
  },
  {
    // "That's ridiculous", "It's nonsense"; not "a ridiculous candidate" or "it's ridiculous that ...".
    id: 'denial/ridiculous',
    stems: [
      'ridi',
      'nons',
      'absu',
      'prep',
      'ludi',
      'balo',
      'hogw',
      'mala',
      'delu',
      'fict',
      'fant',
      'dist',
      'garb',
    ],
    type: 'denial',
    scope: 'speech',
    // Also "it's a bunch of malarkey", "This is largely a delusion", 'that is a "distortion"'.
    pattern:
      /\b(?:ridiculous|nonsense|absurd|preposterous|ludicrous|baloney|hogwash|malarkey|garbage|delusion(?:al)?|fiction|fantasy|distortion)\b(?<=\b(?:that|this|it)(?:['’]s|\s+is|\s+was)\s+(?:(?:just|simply|absolutely|utter|complete|total|totally|largely|pure|all)\s+)?(?:an?\s+(?:bunch\s+of\s+)?)?["“]?\w+)(?=\s*(?:[.,;:!?"”’)]|$)|\s+(?:of|and|because)\b)/i,
  },
  {
    // "the charges are unfounded" (not "not completely unfounded"), "100 percent wrong", "the story was manufactured", "got that wrong",
    // "shown to be false", "proved that prediction wrong", "pleaded not guilty", "may not hold water", "carry little weight",
    // "the numbers don't add up", "wildly overstated", "a common misconception", "roundly discredited".
    id: 'denial/predicate',
    stems: [
      'base',
      'unfo',
      'grou',
      'meri',
      'unsu',
      'trum',
      'debu',
      'bogu',
      'hold',
      'wron',
      'manu',
      'inve',
      'conc',
      'fabr',
      'inac',
      'inco',
      'misl',
      'accu',
      'corr',
      'case',
      'true',
      'guil',
      'mist',
      'fals',
      'over',
      'exag',
      'disi',
      'mira',
      'cana',
      'misc',
      'jibe',
      'squa',
      'add',
      'stan',
      'disc',
      'carr',
      'beli',
    ],
    type: 'denial',
    scope: 'speech',
    pattern: new RegExp(
      `\\b(?:(?:${FALSE_ALWAYS})(?<!\\bnot\\s+(?:\\w+\\s+)?\\w+)|(?:don['’]t|doesn['’]t|do not|does not|(?:may|might|will|would|did) not|(?:wo|would|did)n['’]t) hold (?:any )?(?:weight|water|up)|(?:prov(?:ed|en|es|e|ing)|shown) (?:(?:that|this|the|those|these|his|her|their|such) (?:\\w+ )?(?:${CLAIM_NOUNS}|predictions?|forecasts?)|him|her|them|it|that|this|critics|skeptics|doubters|pundits) wrong|(?:was|were|been|be|is|are) proven? wrong|(?:roundly|thoroughly|widely|long since) discredited|(?:has|have|had) been discredited|(?:has|have|had|gets?|got) (?:it|this|that|the \\w+) (?:all )?wrong|carr(?:y|ies|ied) (?:little|no) weight|as (?:false|wrong|untrue) as|I (?:just |simply )?(?:don['’]t|do not) believe (?:that|it|this|a word of it)(?=\\s*[.,;!?"”]|\\s+for a (?:second|minute|moment))|none of (?:this|that|it|these|those)\\b[^.;!?]{0,40}?\\b(?:is|was|are|were) true|plead(?:ed|s|ing)? not guilty|pled not guilty|(?:completely|totally|absolutely|simply|flat[- ]out|dead|percent|plain|just|dangerously|profoundly|fundamentally|quite|sadly|badly|gravely|seriously) (?:wrong|mistaken)|(?:shown|proven|proved) (?:to be )?(?:false|untrue|inaccurate|wrong)|(?:is|are|was|were|been|be) (?:\\w+ly )?(?:overstated|exaggerated|overblown|disingenuous|a mirage|a canard|a (?:common )?misconception)|(?:does|do|did)(?: not|n['’]t) (?:really |quite |exactly )?(?:jibe|square|add up(?! to\\b)|stand up to scrutiny)|(?:the|this|that|a|an) (?:common |popular |persistent |old )?(?:canard|misconception)|(?:he|she|they|you)['’](?:s|re) (?:just |simply |dead |all )?wrong|got (?:that|it|this|(?:the|those|these) \\w+) wrong|wrong (?:in|about) (?:their|his|her|its|the|that|this|those) (?:\\w+ )?(?:${CLAIM_NOUNS})|(?:was|were|is|are|been|totally|completely|entirely|all) (?:totally |completely )?(?:manufactured|invented|concocted|fabricated)|(?:is|are|was|were|completely|totally|wildly|grossly|deeply) (?:inaccurate|incorrect|misleading)|(?:is|are|was|were) (?:just |simply )?not (?:entirely |quite |exactly )?(?:accurate|correct)|(?:inaccurate|misleading|false|incorrect) and (?:\\w+ )?(?:misleading|inaccurate|false|incorrect|incomplete)|(?:is|was|are|were) not the case|(?:isn['’]t|wasn['’]t|aren['’]t|weren['’]t) the case)\\b`,
      'i',
    ),
  },
  {
    // The reporter correcting a claim: "the state incorrectly stated", "falsely claimed", "erred in saying".
    id: 'denial/falsely',
    stems: [
      'fals',
      'inco',
      'wron',
      'erro',
      'mist',
      'err',
      'erre',
      'errs',
      'ridi',
      'absu',
      'laug',
      'dish',
      'disi',
    ],
    type: 'denial',
    scope: 'sentence',
    pattern:
      /\b(?:falsely|incorrectly|wrongly|erroneously|mistakenly|ridiculously|absurdly|laughably|dishonestly|disingenuously) (?:claim|stat|sa(?:y|id)|assert|suggest|report|accus|alleg|impl(?:y|ie)|insist|told|tell)\w*|\berr(?:ed|s)? (?:in|by|when) (?:saying|claiming|stating|asserting|suggesting)\b/i,
  },
  {
    // "The report is wrong", "those claims are simply false": a claim called wrong.
    id: 'denial/claim-wrong',
    stems: ['wron', 'fals', 'untr', 'inac', 'inco'],
    type: 'denial',
    scope: 'speech',
    pattern: new RegExp(
      `(?<=\\b(?:${CLAIM_NOUNS}) (?:is|are|was|were) )(?:just |simply |completely |totally |dead |flat |all )?(?:wrong|false|untrue|inaccurate|incorrect)\\b`,
      'i',
    ),
  },
  {
    // A claim said to twist the facts: "misrepresenting what had occurred", "his comments were mischaracterized",
    // "misstated part of the history", "misconstrued", "a deliberate distortion"; not "distorting the global economy", "misrepresenting herself".
    id: 'denial/distort',
    stems: ['dist', 'misr', 'misc', 'miss', 'misq'],
    type: 'denial',
    scope: 'sentence',
    pattern:
      /\b(?:distort(?:ed|s|ing)?|misrepresent(?:ed|s|ing)?|mischaracteri[sz](?:ed|es|ing|e)|misstat(?:ed|es|ing|e)|misquot(?:ed|es|ing|e)|misconstru(?:ed|es|ing|e))\b(?! (?:the )?(?:(?:global|world|U\.S\.|local) )?(?:economy|markets?|prices|competition|himself|herself|themselves|itself|democracy)\b)|\b(?:a|the) (?:["“]|[\w-]+ )?distortion\b/i,
  },
  {
    // A claim called a myth or a fiction: "there's this myth out there ... that", "dispel with this fiction that", "peddling fiction".
    id: 'denial/myth',
    stems: ['myth', 'fict'],
    type: 'denial',
    scope: 'speech',
    pattern:
      /\b(?:myth|fiction)\b(?<=\b(?:this|the|a)\s+(?:myth|fiction))(?=[^.!?]{0,60}?\bthat\b)|\bpeddl(?:e|es|ed|ing) (?:\w+ )?fiction\b/i,
  },
  {
    // Someone's denials: "despite his fierce denials", "Denials of wrongdoing"; not "denial of access".
    id: 'denial/denials',
    stems: ['deni'],
    type: 'denial',
    scope: 'sentence',
    pattern:
      /\bdenials\b(?! of (?:access|service|\w+ support)\b)|\b(?:his|her|their|its|a|the) (?:flat |firm |strong |categorical |blanket |repeated |vehement |fierce )?denial\b(?= (?:of (?:any |the |wrongdoing|involvement|knowledge|responsibility)|that\b)|[,.;"”])/i,
  },
  {
    // A fact-check's rating: "rated it Mostly False", "Pants on Fire", "Four Pinocchios", ruled "false",
    // "deemed those statements false".
    id: 'denial/rating',
    stems: ['fals', 'pant', 'pino', 'untr', 'inac', 'misl'],
    type: 'denial',
    scope: 'sentence',
    pattern: new RegExp(
      `\\b(?:Mostly False|Pants on Fire|(?:one|two|three|four) Pinocchios?)\\b|\\b(?:deem|rul|rat|judg|found)(?:ed|e)? (?:(?:those|these|the|that|this|his|her|their|its) )?(?:[\\w'’-]+ )?(?:${CLAIM_NOUNS}) (?:to be |as )?(?:false|untrue|inaccurate|misleading)\\b|(?<=\\brated (?:it|this|the claim|that) )False\\b|["“]False\\b(?<=\\b(?:rated|ruled|deemed|judged|is|was)\\s+(?:it\\s+|that\\s+|the\\s+claim\\s+)?["“]False)`,
      'i',
    ),
  },
  // Corroboration.
  {
    id: 'corroboration/rating',
    stems: ['true'],
    type: 'corroboration',
    scope: 'sentence',
    pattern:
      /\bMostly True\b|(?<=\brated (?:it|this|the claim|that) )True\b|["“]True\b(?<=\b(?:rated|ruled|deemed|judged|is|was)\s+(?:it\s+|that\s+|the\s+claim\s+)?["“]True)/i,
  },
  {
    // "documents show", "the reports show", "according to court records".
    id: 'corroboration/records-show',
    stems: ['show', 'conf', 'indi', 'reve', 'acco'],
    type: 'corroboration',
    scope: 'sentence',
    pattern:
      /\b(?:documents?|records?|filings?|data|emails?|transcripts?|footage|logs?|receipts?|reports) (?:show(?:s|ed)?|confirm(?:s|ed)?|indicate[sd]?|reveal(?:s|ed)?)\b|\baccording to (?:court |public |flight |official )?(?:records|documents|filings|data|transcripts)\b/i,
  },
  {
    // A record cited as showing something: "a new poll shows", "studies have shown", "a 2014 study by ... found",
    // "the transcript of the debate ... shows", "polls that show", "video surfaced showing", "according to a Reuters survey",
    // "the study concluded", "the researchers found", "exit polls told", "based on current polling".
    id: 'corroboration/evidence-shows',
    stems: [
      'show',
      'foun',
      'find',
      'conf',
      'reve',
      'indi',
      'demo',
      'sugg',
      'acco',
      'prov',
      'put',
      'puts',
      'conc',
      'conn',
      'make',
      'sayi',
      'told',
      'unde',
      'gave',
      'give',
      'capt',
      'tell',
      'base',
    ],
    type: 'corroboration',
    scope: 'sentence',
    pattern: new RegExp(
      `\\b(?:${RECORDS})(?:,?\\s+(?:that|which)|[\\s–—-]+(?:of|from|in|by|on|for|released|published|leaked|conducted|taken|credited to|out|there|combed through by|obtained by|reviewed by|commissioned by|that appeared in|last|this|earlier)\\b(?:(?!\\b(?:and|but|or|who|which|not|did|does|do|say|says|said)\\b)[^,.;:!?()"“”]){0,50}?(?:,?\\s+(?:that|which))?)?[\\s–—-]+(?:(?:is|are|was|were) (?=\\w+ing\\b))?(?:(?:has|have|had|also|clearly|further|consistently|repeatedly|obviously|now|still|(?:continu(?:e|es|ed|ing)|seems?|seemed|appears?|appeared) to) )*(?:show(?:s|ed|ing)?|(?<=\\b(?:has|have|had) (?:\\w+ )?)shown|found|finds?|confirm(?:s|ed)?|reveal(?:s|ed|ing)?|indicat(?:es?|ed|ing)|demonstrat(?:es?|ed|ing)|suggest(?:s|ed|ing)?|prov(?:es?|ed|ing)|conclu(?:de[sd]?|ding)|connects?|makes? (?:it |that |this )?(?:plain|clear)|underscor(?:es?|ed|ing)|(?<=\\b(?:polls?|surveys?) )(?:saying|told|tells?|gave|gives?)|(?<=\\b(?:videos?|footage|recordings?|images?|photos?|cameras?) )captur(?:es?|ed)|puts?(?! (?:out|up|on|together|forward|in|down)\\b))\\b|\\b(?:videos?|footage|recordings?|tapes?|photos?|photographs?)\\s+(?:\\w+\\s+)?showing\\b|\\bbased on (?:the |a |an )?(?:[\\w'’/-]+ ){0,4}?(?:polls?|polling|surveys?|estimates?|count|tally)\\b|\\baccording to (?:the |a |an )?(?:(?!(?:who|that|which|with|of|for|familiar|close|people|person|sources?|officials?|aides?)\\b)(?:(?:[a-z]\\.){2,}|[\\w'’/-]+) ){0,6}?(?:${RECORDS}|declarations?|affidavits?|estimates?|averages?|tally|tallies|memos?|polling|calculations?|fact sheets?)\\b`,
      'i',
    ),
  },
  {
    // Polls cited by standing, without a verb: "leads in national polls", "in a Washington Post-ABC News poll",
    // "her poll numbers", "was polling No. 1"; not "polling stations" or "the polls close".
    id: 'corroboration/in-polls',
    stems: ['poll', 'surv', 'stud', 'repo', 'anal'],
    type: 'corroboration',
    scope: 'sentence',
    pattern:
      /\b(?:in|across|from|atop) (?:(?!(?:who|which|that|but|where|when|while|because|is|are|was|were|has|have|had|said|says|if|to)\b)(?:(?:[A-Z]\.){2,}|[\w'’/-]+) ){0,8}?(?:polls?|polling|surveys?)\b(?! (?:stations?|places?|locations?|sites?|booths?|workers?|tax|close[sd]?|closing|opens?|opened)\b)|\bpoll(?:s|ing)? (?:numbers|standings?|leads?|leader|deficits?|positions?|surge|averages?|figures|ratings?|gains?|slump)\b|\bpolling (?:at|No\.|first|second|third|\d)|\bin (?:a|an|the|another|one|this|that|his|her|their|its) (?:(?:recent|new|latest|separate|earlier|\d{4}) )?(?:study|report|analysis|survey)\b(?=,| (?:by|of|from|published|released|conducted|for)\b)/i,
  },
  {
    // A record cited as the place a fact is seen: "In the video, he does", "citing internal documents".
    id: 'corroboration/in-record',
    stems: ['vide', 'foot', 'reco', 'tape', 'phot', 'citi'],
    type: 'corroboration',
    scope: 'sentence',
    pattern:
      /\b(?:in|on) (?:(?:the|a|an|this|that) )?(?:[\w'’-]+ ){0,3}?(?:video|footage|recording|tape|audio|photos?|photographs?)\b(?=,| of\b| (?:he|she|they|it|the|a|an)\b)|\bciting (?:(?:internal|court|public|government|official|campaign|its own|the|a|an|new|leaked|recent) )*(?:documents|records|data|e-?mails|filings|polls?|surveys?|polling|figures|statistics)\b/i,
  },
  {
    id: 'corroboration/confirmed',
    stems: ['conf', 'veri', 'corr'],
    type: 'corroboration',
    scope: 'verb',
    // Not a confirmation hoped for or missing: "would confirm", "to verify", "not confirmed"; nor a "verified account".
    pattern:
      /(?<!\b(?:would|could|might|may|can|cannot|to|not|never|n't|be|been|yet)\s)\b(?:confirm(?:ed|s|ing)?|verified|verif(?:y|ies)|corroborat(?:ed|es|ing|e))\b(?!\s+(?:accounts?|users?|profiles?|cases?)\b)/i,
  },
  {
    id: 'corroboration/obtained',
    stems: ['obta', 'revi', 'seen'],
    type: 'corroboration',
    scope: 'sentence',
    pattern: /\b(?:obtained|reviewed|seen) by (?:the |The )?[A-Z]\w+/,
  },
];
