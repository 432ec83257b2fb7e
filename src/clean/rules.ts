/**
 * What page furniture looks like, as data. Each rule is tested against one
 * trimmed line (bullet marker removed); most are anchored to the whole line so
 * a body sentence that merely mentions "subscribe" or "cookies" is left alone.
 * Add a rule by adding an entry; its id becomes `why.rule` of the blocks it marks.
 */

export type RuleKind = 'junk' | 'footer' | 'byline';

export interface LineRule {
  id: string;
  pattern: RegExp;
  kind: RuleKind;
  /** Longest line the rule applies to; default `MAX_FURNITURE_LENGTH`. */
  maxLength?: number;
}

/** Lines longer than this are prose, never furniture (unless a rule sets its own `maxLength`). */
export const MAX_FURNITURE_LENGTH = 200;

/** Who took a picture: "Getty Images", "Scott Olson via Getty Images", "AP Photo/Evan Vucci", "Reuters/Jim Bourg". */
const CREDIT = [
  "[\\w .'’-]{0,40}(?:/| via )getty(?: images)?(?: for [\\w .'’-]+)?",
  "getty images(?: for [\\w .'’-]+)?",
  "getty/[\\w .'’-]+",
  'ap photo(?:/[^)]{0,60})?',
  '(?:reuters|afp|epa|ap|upi|bloomberg)/[^)]{1,60}',
  'shutterstock',
  'istock(?:photo)?',
  'associated press',
].join('|');

export const LINE_RULES: readonly LineRule[] = [
  // Syndication footers: the named group `publisher` becomes `meta.originalPublisher`.
  {
    id: 'footer/read-original',
    kind: 'footer',
    pattern:
      /^read the (?:original article|rest of the (?:story|article)|full (?:story|article)) (?:on|at|in) (?!here\b)(?<publisher>.+)$/i,
  },
  {
    id: 'footer/originally-appeared',
    kind: 'footer',
    pattern:
      /^(?:this|the) (?:article|story|piece|post|column) (?:was )?(?:originally|first) (?:appeared|ran|published|posted) (?:in|on|at|by) (?<publisher>[^\d\s,][^,]{0,60}?)(?:,? (?:on|in) \w+\.? \d{1,2}, \d{4})?[.!]?$/i,
  },
  {
    id: 'footer/republished',
    kind: 'footer',
    pattern:
      /^this (?:article|story) (?:is|was|has been) republished from (?<publisher>.+?)(?: under a creative commons license.*)?$/i,
  },
  {
    id: 'footer/copyright',
    kind: 'footer',
    pattern: /^(?:©|\(c\)|copyright\b).{0,100}(?:all rights reserved|\d{4}).{0,60}$/i,
  },
  // Broken or loading widgets.
  {
    id: 'junk/widget-error',
    kind: 'junk',
    pattern:
      /^(?:oops!*|something went wrong[.!]*|please try again(?: later)?[.!]*|try again[.!]*|loading\s*(?:\.{0,3}|…)|an error (?:has )?occurred.*|error loading .*|(?:please )?refresh the page.*|(?:this )?(?:video|content|embed) (?:is )?(?:not available|unavailable|failed to load).*)$/i,
  },
  // Share, social and follow prompts.
  {
    id: 'junk/share',
    kind: 'junk',
    pattern:
      /^(?:share(?: this)?(?: (?:article|story|post|page))?(?: (?:on|via) \w+)?|share|tweet|email|e-mail|print|copy link|link copied|facebook|twitter|linkedin|whatsapp|reddit|pinterest|flipboard|comments?|\d+ comments?|view comments|show comments|(?:add|leave) a comment)[:.!]?$/i,
  },
  {
    id: 'junk/follow',
    kind: 'junk',
    pattern:
      /^(?:follow (?:us|me|@\w+|[\w .'’-]{1,40}) on (?:twitter|x|facebook|instagram|linkedin|tiktok|youtube|threads|bluesky|google news|flipboard)\b.*|follow @\w+.*|like us on facebook.*)$/i,
  },
  // Subscription, newsletter and paywall prompts.
  {
    id: 'junk/subscribe',
    kind: 'junk',
    pattern:
      /^(?:subscribe(?: now| today| here)?[.!]?|subscribe (?:to|for) .*|already (?:a subscriber|have an account)\??.*|(?:log|sign) ?in(?: to .*)?|create (?:a )?(?:free )?account.*|you have \d+ free articles? .*|this (?:article|content|story) is (?:for|available to|reserved for) (?:subscribers|members).*|become a (?:member|subscriber).*|support (?:our|independent) journalism.*)$/i,
  },
  {
    id: 'junk/newsletter',
    kind: 'junk',
    pattern:
      /^(?:[^.?!]{0,60}\? )?(?:(?:for more|to get [^,]{0,40}), )?(?:(?:sign up|subscribe|get|receive|join)\b.{0,100}\bnewsletters?\b.{0,80}|sign up(?: (?:for|to) .{0,150})?[.!]?)$|^(?:our|the) [\w '’-]{0,40}newsletters?[:.]?$/i,
  },
  // Advertising and "continues below" markers.
  {
    id: 'junk/advertisement',
    kind: 'junk',
    pattern:
      /^(?:advertisement|advertising|ad|sponsored(?: content| links?)?|paid (?:content|post)|(?:story|article) continues(?: (?:below|after (?:the )?(?:ad|advertisement)).*)?|scroll (?:down )?to continue.*|skip (?:ad|advertisement))[:.]?$/i,
  },
  // Links to other pages.
  {
    id: 'junk/read-more',
    kind: 'junk',
    pattern:
      /^(?:click here\b.*|continue reading\b.*|read (?:more|next|also|the rest(?: of the (?:story|article))?|the full (?:story|article)|full (?:story|article))(?:(?: (?:here|stories|coverage|from|at|on)\b.{0,150})?[.!»›]?|\s*[:|»›>-].{0,150})|see (?:more|also)(?:[.!]?|\s*[:|»›>].{0,150})|more:.{0,150}|more from .{1,60}|more for you|related(?: (?:stories|articles|coverage|content|links|video|reading|news))?(?::.{0,150})?|recommended(?: (?:for you|stories|reading|videos?))?(?::.{0,150})?|watch:.{0,150}|listen(?: to (?:this|the) (?:article|story))?[:.]?|\d+ min(?:ute)?s? read|(?:most )?(?:popular|trending|read)(?: now| stories)?[:.]?)$/i,
  },
  // Cookie and consent banners, which can run to several sentences.
  {
    id: 'junk/cookie-notice',
    kind: 'junk',
    maxLength: 800,
    pattern:
      /(?:\b(?:we|this (?:web)?site|our (?:site|partners)) uses? cookies\b|\bby (?:continuing|using|clicking).{0,80}\b(?:cookies|privacy policy)\b|\bcookie (?:policy|settings|preferences|consent)\b|^(?:accept|reject|allow)(?: all)?(?: cookies)?$|^manage (?:cookies|preferences|consent|settings)$)/i,
  },
  // Photo and chart credits: a credit alone on its line, or in parentheses ending a caption.
  {
    id: 'junk/credit',
    kind: 'junk',
    pattern: new RegExp(
      `^(?:(?:photo|image|picture|photograph|video|credit|source)s?(?: credit)?(?: by)?:\\s.{1,120}|(?:${CREDIT})\\.?)$|\\((?:(?:photo|image|credit): )?(?:${CREDIT})\\)[.\\s]*$`,
      'i',
    ),
  },
  // Page chrome: navigation, section labels, timestamps.
  {
    id: 'junk/navigation',
    kind: 'junk',
    pattern:
      /^(?:skip to (?:main )?content|back to top|menu|home|search|close|next|previous|next article|previous article|top stories)$/i,
  },
  {
    id: 'junk/label',
    kind: 'junk',
    pattern:
      /^(?:key points|highlights|in brief|at a glance|what you need to know|summary list placement)[:.]?$/i,
  },
  {
    id: 'junk/timestamp',
    kind: 'junk',
    pattern: /^(?:published|updated|posted|last updated|first published)(?: on| at)?:?\s.{0,60}\d.{0,40}$/i,
  },
  {
    id: 'junk/separator',
    kind: 'junk',
    pattern: /^[\s\p{P}\p{S}]+$/u,
  },
  // Bylines are kept (they name the author) but are not body paragraphs.
  {
    id: 'byline/by',
    kind: 'byline',
    pattern:
      /^(?:by|By|BY)\s+(?:[A-Z][\w.'’-]*\s*){1,4}(?:(?:,|and|&)\s*(?:[A-Z][\w.'’-]*\s*){1,4}){0,3}(?:[,|—–-].{0,60})?$/u,
  },
  {
    id: 'byline/agency',
    kind: 'byline',
    pattern: /^(?:reuters|the associated press|ap|afp|agence france-presse|bloomberg(?: news)?|upi)\.?$/i,
  },
];
