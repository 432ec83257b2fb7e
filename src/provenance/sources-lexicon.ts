/** Words that tell what kind of source a phrase names. Data only; `resolve-sources.ts` applies it. */

const words = (s: string): Set<string> => new Set(s.split(/\s+/).filter(Boolean));

export const PRONOUNS = {
  first: words('i me my mine we us our ours'),
  male: words('he him his himself'),
  female: words('she her hers herself'),
  plural: words('they them their theirs themselves'),
  neuter: words('it its itself'),
  relative: words('who whom whose which that'),
  /** Indefinite pronouns used as sources: a group nobody names. */
  group: words(
    'some many others other another one both those these several most few all everyone someone anyone',
  ),
};

/** Anaphors for the most recent outlet. */
export const OUTLET_ANAPHORS = words(
  'outlet paper newspaper network magazine site website publication broadcaster station channel agency wire tabloid daily',
);

/** Head nouns of document sources. */
export const DOCUMENT_NOUNS = words(
  'report reports article articles story stories column editorial op-ed research excerpt excerpts speech remarks study studies survey surveys poll polls memo memos filing filings document documents record records letter letters email emails e-mail statement statements analysis data transcript transcripts indictment complaint lawsuit ruling decision book tweet tweets post posts ad ads video footage assessment review audit investigation inquiry findings testimony cable cables dossier order brief affidavit release estimate estimates projection projections forecast census',
);

/** Words that make a phrase an outlet. */
export const OUTLET_WORDS = words(
  'media press news newspaper newspapers times post journal tribune herald gazette chronicle observer guardian telegraph insider politico reuters bloomberg axios cnn msnbc nbc abc cbs fox bbc npr pbs ap afp breitbart huffpost buzzfeed vox slate salon atlantic newsweek tmz yahoo globe sun star mirror express daily monitor dispatch inquirer courier bulletin',
);

/** Multi-word outlet names the words above miss. */
export const OUTLET_NAMES = [
  'Associated Press',
  'Business Insider',
  'Wall Street Journal',
  'Daily Beast',
  'The Hill',
  'Western Journalism',
  'Daily Caller',
  'Daily Mail',
  'Drudge Report',
  'Washington Examiner',
  'National Review',
  'Fox News',
  'USA Today',
  'Rolling Stone',
  'The Intercept',
  'ProPublica',
  'Mother Jones',
  'Real Clear Politics',
  'RealClearPolitics',
  'Face the Nation',
  'Meet the Press',
  'Good Morning America',
  'Morning Joe',
  'Zero Hedge',
  'PolitiFact',
  'FactCheck.org',
  'Snopes',
  'Fact Checker',
  'Media Matters',
  'Talking Points Memo',
  'Free Beacon',
  'InfoWars',
  'Mediaite',
  'Raw Story',
  'The Blaze',
  'Daily Kos',
];

/** Words that make a phrase an organization or government body. */
export const ORGANIZATION_WORDS = words(
  'campaign campaigns committee department ministry agency administration government party court council commission bureau office company corporation firm congress senate house kremlin pentagon fbi cia nsa doj dhs gop rnc dnc university institute foundation group union association coalition center centre board police army military navy embassy state legislature parliament cabinet team staff organization organisation chamber bank fund pac super-pac network league caucus alliance city country nation county town authority authorities agencies twitter facebook google youtube apple amazon microsoft',
);

/** Nouns naming people by role or description (the head of a role phrase). */
export const PERSON_NOUNS = words(
  'president vice-president chief staff spokesperson spokesman spokeswoman aide aides adviser advisers advisor advisors official officials lawyer lawyers attorney attorneys filmmaker director manager chairman chairwoman chair candidate nominee senator governor secretary reporter reporters journalist journalists author analyst analysts expert experts strategist strategists pollster pollsters source sources witness witnesses friend friends person people man woman men women member members leader leaders lawmaker lawmakers legislator legislators representative congressman congresswoman mayor judge justice prosecutor prosecutors investigator investigators agent agents officer officers employee employees staffer staffers worker workers voter voters supporter supporters critic critics opponent opponents ally allies insider insiders operative operatives consultant consultants donor donors activist activists executive executives founder ceo economist economists scientist scientists professor researcher researchers historian commentator host anchor writer editor producer diplomat diplomats ambassador minister ministers general generals soldier veteran veterans resident residents observer observers delegate delegates surrogate surrogates organizer organizers volunteer volunteers doctor physician nurse father mother son daughter wife husband brother sister relative relatives neighbor neighbors student students teacher teachers protester protesters organiser speaker whistleblower associate associates colleague colleagues partner partners counsel boss head crowd audience public fans republicans democrats conservatives liberals progressives evangelicals americans independents coach captain player players owner owners chef pilot driver farmer landlord tenant customer customers client clients patient patients victim victims suspect defendant plaintiff survivor survivors parent parents child children girl boy citizen citizens immigrant immigrants refugee refugees',
);

/** Words that make an unnamed source anonymous rather than identified by role. */
export const ANONYMOUS_CUES = [
  'familiar with',
  'anonymity',
  'not authorized',
  'not authorised',
  'briefed on',
  'close to',
  'knowledge of',
  'who asked not to be',
  'who declined to be',
  'speaking on background',
];

/** Nouns that, bare or indefinite, name people nobody identifies. */
export const ANONYMOUS_NOUNS = words(
  'source sources official officials person people demonstrators protesters millennials victims families aide aides adviser advisers advisor advisors insider insiders staffer staffers critic critics observer observers expert experts analyst analysts voter voters supporter supporters ally allies operative operatives member members employee employees worker workers resident residents crowd audience public fans republicans democrats conservatives liberals progressives evangelicals americans independents',
);

/** Collective nouns: a group, never one identifiable person. */
export const GROUP_NOUNS = words(
  'crowd audience public electorate base percent majority minority plurality half third quarter dozens hundreds thousands millions',
);

/** Titles stripped from the front of a name and kept as roles. */
export const TITLES = words(
  'former president vice sen. senator rep. representative gov. governor mayor secretary attorney general special counsel judge justice chief dr. mr. mrs. ms. miss prof. professor gen. lt. col. sgt. adm. speaker leader minister prime chairman chairwoman chair director ambassador candidate nominee sheriff deputy acting first lady king queen prince pope rev. reverend state house senate majority minority whip commissioner superintendent coach',
);

/** Abbreviated titles and the role noun they stand for: "Gov." is "the governor". */
export const TITLE_ABBREVIATIONS: Record<string, string> = {
  'gov.': 'governor',
  'sen.': 'senator',
  'rep.': 'representative',
  'gen.': 'general',
  'dr.': 'doctor',
  'prof.': 'professor',
  'rev.': 'reverend',
  'adm.': 'admiral',
  'col.': 'colonel',
  'lt.': 'lieutenant',
  'sgt.': 'sergeant',
};

/** Title words that name a body, not a person: "House" in "House Speaker" qualifies the title after it. */
export const BODY_TITLES = words(
  'state house senate majority minority first acting deputy former vice special',
);

/** Courtesy titles that fix gender. */
export const GENDERED_TITLES = {
  male: words('mr. mr sir king prince father congressman spokesman chairman'),
  female: words('mrs. mrs ms. ms miss madam queen princess congresswoman spokeswoman chairwoman lady'),
};

/** Common first names with a usual gender: a weak signal, used only when nothing better is known. */
export const FIRST_NAMES = {
  male: words(
    'donald barack joe joseph bernie ted marco jeb john mike michael chris christopher ben paul mitch rand bill william george robert bob james jim david steve stephen mark tom thomas richard rick dick kevin tim timothy scott jeff jeffrey jason brian eric alex alexander peter andrew anthony vladimir xi kim harry ronald gary jack newt rudy rudolph corey reince sean steven jared lindsey chuck charles jerry martin lincoln dan daniel matt matthew adam roger roy frank ed edward larry lou ryan ron jon jonathan sam samuel henry jesse carl franklin luis carlos jorge juan jose tony nick nicholas greg gregory doug douglas mick patrick pat dennis walter',
  ),
  female: words(
    'hillary liz elizabeth kellyanne nancy sarah sara elizabeth michelle melania ivanka chelsea huma jill hope kate katie katherine kathleen karen susan sue mary maria anne ann anna hannah jennifer jessica amy laura linda barbara carly nikki debbie deborah donna diane dianne heidi kelly kelli megyn rachel nicole lisa julie julia emily emma olivia sophia patricia marsha margaret meg lauren ashley amanda stephanie rebecca christine catherine claire cathy janet joni jeanne gina tulsi kamala ilhan alexandria sheryl samantha valerie condoleezza madeleine loretta sally',
  ),
};

/** Words before the outlet a source spoke to or was quoted in: "told Politico", "in a statement to Insider". */
const VIA_WORDS =
  'told|tells|telling|tell|said to|says to|spoke to|speaking to|spoke with|speaking with|in (?:a|an) (?:statement|interview|email|e-mail|comments?|remarks?|phone call|message) (?:to|with)|in (?:comments|remarks) to|quoted (?:in|by)|according to|cited by|reported by';

/** Each place such words are followed by the outlet. */
export const VIA_PATTERN = new RegExp(`\\b(?:${VIA_WORDS})\\s+`, 'gi');

/** Text that ends with such words (or a bare "to"): the outlet comes next. */
export const RECIPIENT_PATTERN = new RegExp(`\\b(?:${VIA_WORDS}|to)\\s*$`, 'i');

/** Speech in a content that no nested attribution covers, or a source recalling what they were told. */
export const RELAYED =
  /\b(?:said|says|told|tells|telling|heard|was told|were told|according to|reported(?:ly)?|informed|briefed|learned from)\b/i;
