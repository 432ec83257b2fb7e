/**
 * Word lists behind `findMentions`: news outlets, places, organisations,
 * titles, roles and document nouns. Data only; extend by adding names.
 * Multi-word names are space-separated as wink tokenizes them ("U.S." is one token).
 */

const words = (s: string): string[] =>
  s
    .split('|')
    .map((w) => w.trim())
    .filter(Boolean);

export const OUTLETS = words(`
  Politico|Business Insider|Insider|CNN|Fox News|Fox|Fox Business|NBC|NBC News|ABC|ABC News|CBS|CBS News|MSNBC|CNBC|
  NPR|PBS|Reuters|AP|Associated Press|The Associated Press|AFP|Agence France-Presse|UPI|Bloomberg|Bloomberg News|
  BBC|BBC News|Guardian|The Guardian|Axios|The Hill|Breitbart|Breitbart News|USA Today|USA TODAY|HuffPost|Huffington Post|
  The Huffington Post|New York Times|The New York Times|Washington Post|The Washington Post|Wall Street Journal|
  The Wall Street Journal|Los Angeles Times|Chicago Tribune|Boston Globe|The Boston Globe|New York Post|
  The New York Post|New York Daily News|Daily News|Financial Times|The Economist|Economist|The Atlantic|
  The New Yorker|New Yorker|Time|Time magazine|Newsweek|Vox|Vice|Vice News|BuzzFeed|BuzzFeed News|Slate|Salon|
  Mediaite|The Daily Beast|Daily Beast|The Intercept|ProPublica|The Conversation|Yahoo News|Yahoo|MSN|Newsmax|
  One America News|OAN|Daily Caller|The Daily Caller|National Review|The Federalist|Washington Examiner|
  Washington Times|The Washington Times|Western Journalism|Western Journal|Drudge Report|Infowars|Sky News|Al Jazeera|
  Russia Today|Sputnik|TASS|Interfax|Xinhua|Le Monde|Der Spiegel|Spiegel|The Times of London|Daily Mail|
  The Daily Mail|The Sun|The Telegraph|Telegraph|The Independent|Variety|Hollywood Reporter|The Hollywood Reporter|
  Rolling Stone|Mother Jones|The Nation|McClatchy|Gannett|Des Moines Register|The Des Moines Register|
  Miami Herald|Houston Chronicle|Dallas Morning News|San Francisco Chronicle|Philadelphia Inquirer|Star Tribune|
  Arizona Republic|Detroit Free Press|Tampa Bay Times|Politifact|PolitiFact|FactCheck.org|FiveThirtyEight|538|
  Real Clear Politics|RealClearPolitics|C-SPAN|Telemundo|Univision|Meet the Press|Face the Nation|Fox News Sunday|
  Morning Joe|60 Minutes|Good Morning America|Today show|Twitter|Facebook|Instagram|YouTube|TikTok
`);

/** Outlet names that are also something else when lower case or alone ("an insider", "at the time"). */
export const OUTLET_NEEDS_CAPITAL = new Set(
  words('Insider|Time|Vice|Fox|Guardian|Economist|Spiegel|Telegraph|Variety'),
);

/** Short forms used after the full name: "the Times" once "The New York Times" has been named. */
export const OUTLET_SHORT_FORMS = new Set(
  words('Times|Post|Journal|Globe|Tribune|Herald|Chronicle|Register|Examiner'),
);

export const PLACES = words(`
  Afghanistan|Albania|Algeria|Argentina|Armenia|Australia|Austria|Azerbaijan|Bahrain|Bangladesh|Belarus|Belgium|
  Bolivia|Bosnia|Brazil|Britain|Great Britain|Bulgaria|Cambodia|Canada|Chile|China|Colombia|Congo|Costa Rica|Croatia|
  Cuba|Cyprus|Czech Republic|Denmark|Ecuador|Egypt|El Salvador|England|Estonia|Ethiopia|Finland|France|Georgia|
  Germany|Ghana|Greece|Guatemala|Haiti|Honduras|Hungary|Iceland|India|Indonesia|Iran|Iraq|Ireland|Israel|Italy|
  Jamaica|Japan|Jordan|Kazakhstan|Kenya|Kosovo|Kuwait|Latvia|Lebanon|Libya|Lithuania|Luxembourg|Malaysia|Mali|
  Mexico|Moldova|Mongolia|Morocco|Myanmar|Nepal|Netherlands|the Netherlands|New Zealand|Nicaragua|Niger|Nigeria|
  North Korea|Norway|Oman|Pakistan|Palestine|Panama|Paraguay|Peru|Philippines|Poland|Portugal|Puerto Rico|Qatar|
  Romania|Russia|Rwanda|Saudi Arabia|Scotland|Senegal|Serbia|Singapore|Slovakia|Slovenia|Somalia|South Africa|
  South Korea|Korea|South Sudan|Spain|Sri Lanka|Sudan|Sweden|Switzerland|Syria|Taiwan|Tajikistan|Tanzania|Thailand|
  Tunisia|Turkey|Turkmenistan|Uganda|Ukraine|United Arab Emirates|UAE|United Kingdom|UK|U.K.|United States|
  United States of America|US|U.S.|USA|America|Uruguay|Uzbekistan|Venezuela|Vietnam|Wales|Yemen|Zambia|Zimbabwe|
  Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Hawaii|Idaho|Illinois|Indiana|
  Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|Mississippi|Missouri|Montana|
  Nebraska|Nevada|New Hampshire|New Jersey|New Mexico|New York|New York State|North Carolina|North Dakota|Ohio|
  Oklahoma|Oregon|Pennsylvania|Rhode Island|South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|
  Washington|West Virginia|Wisconsin|Wyoming|District of Columbia|D.C.|Washington D.C.|N.Y.|N.H.|N.J.|N.C.|S.C.|
  Calif.|Fla.|Pa.|Va.|Mich.|Wis.|Ariz.|Nev.|Colo.|Ga.|Ill.|Mass.|Md.|Minn.|Mo.|Tenn.|Tex.|Conn.|Ky.|La.|Ala.|Okla.|
  New York City|Los Angeles|Chicago|Houston|Phoenix|Philadelphia|San Antonio|San Diego|Dallas|San Francisco|Austin|
  Boston|Seattle|Denver|Detroit|Atlanta|Miami|Orlando|Tampa|Cleveland|Cincinnati|Columbus|Pittsburgh|Baltimore|
  Las Vegas|Reno|Milwaukee|Minneapolis|St. Louis|Kansas City|Nashville|Charlotte|Raleigh|Richmond|New Orleans|
  Salt Lake City|Portland|Sacramento|Des Moines|Manchester|Concord|Charleston|Brooklyn|Manhattan|Queens|the Bronx|
  Flint|Ferguson|Charlottesville|Hempstead|Palm Beach|Mar-a-Lago|London|Paris|Berlin|Moscow|Beijing|Shanghai|Tokyo|
  Kyiv|Kiev|Brussels|Rome|Madrid|Lisbon|Vienna|Warsaw|Prague|Budapest|Athens|Ankara|Istanbul|Tehran|Baghdad|
  Damascus|Aleppo|Beirut|Jerusalem|Tel Aviv|Gaza|the West Bank|West Bank|Cairo|Riyadh|Dubai|Doha|Kabul|Islamabad|
  New Delhi|Delhi|Mumbai|Seoul|Pyongyang|Hong Kong|Taipei|Manila|Jakarta|Bangkok|Hanoi|Sydney|Canberra|Ottawa|
  Toronto|Montreal|Mexico City|Havana|Caracas|Bogota|Lima|Buenos Aires|Brasilia|Rio de Janeiro|Sao Paulo|Nairobi|
  Lagos|Johannesburg|Geneva|Davos|Dublin|Edinburgh|Stockholm|Oslo|Copenhagen|Helsinki|Amsterdam|The Hague|
  Crimea|Donbas|Europe|Asia|Africa|Latin America|South America|North America|Central America|Middle East|
  the Middle East|Midwest|the Midwest|New England|the South|Rust Belt|Sun Belt|Silicon Valley|Gulf Coast|Caribbean|
  Balkans|Scandinavia|Siberia|Antarctica|Arctic|Pacific|Atlantic|Persian Gulf
`);

/** Well-known organisations with no cue word in their name. */
export const ORGANIZATIONS = words(`
  White House|Pentagon|Kremlin|Congress|Senate|House|Capitol Hill|Supreme Court|State Department|Justice Department|
  Treasury|Treasury Department|Defense Department|Homeland Security|Federal Reserve|Fed|Secret Service|Census Bureau|
  United Nations|European Union|World Bank|Interpol|Hamas|Hezbollah|Taliban|Islamic State|al-Qaeda|al Qaeda|
  Democrats|Republicans|Democratic Party|Republican Party|Google|Apple|Amazon|Microsoft|Meta|Goldman Sachs|
  Planned Parenthood|Black Lives Matter|Trump Organization|Clinton Foundation|WikiLeaks|Wikileaks|Gallup|Pew|
  Quinnipiac|Ipsos|YouGov|SurveyMonkey|Monmouth|Marist|Rasmussen|Morning Consult|Moody's|Standard & Poor's|
  Harvard|Yale|Stanford|Princeton|Columbia|Georgetown|Brookings|Heritage Foundation
`);

/** Acronyms of organisations: FBI, NATO, GOP ... */
export const ORG_ACRONYMS = new Set(
  words(`
  FBI|CIA|NSA|DOJ|DHS|DOD|EPA|IRS|FEC|SEC|FCC|FDA|CDC|NIH|FEMA|ATF|DEA|ICE|TSA|NASA|NATO|UN|U.N.|EU|E.U.|WHO|IMF|WTO|
  OPEC|GOP|DNC|RNC|DCCC|NRSC|NRA|ACLU|NAACP|SEIU|AFL-CIO|UAW|NYPD|LAPD|FSB|GRU|KGB|MI6|ISIS|ISIL|OSCE|NAFTA|
  AARP|PAC|KKK
`),
);

/** Last words of organisation names: "Clinton Foundation", "Commission on Presidential Debates". */
export const ORG_CUES = new Set(
  words(`
  Inc|Inc.|Corp|Corp.|Co.|LLC|Ltd|Ltd.|Group|Party|Committee|Department|Ministry|Agency|Campaign|University|College|
  School|Commission|Council|Court|Senate|Congress|Administration|Foundation|Institute|Center|Centre|Association|
  Bureau|Service|Services|Office|Police|Army|Navy|Force|Forces|Guard|Bank|Fund|Union|Network|Company|Board|Authority|
  Church|Club|Caucus|Coalition|Alliance|Organization|Organisation|Society|Federation|League|Project|Trust|Times|
  Post|Journal|Tribune|Herald|Chronicle|Magazine|Press|Review|Media|Industries|Holdings|Partners|Capital|Airlines|
  Motors|Systems|Technologies|Labs|Studios|Pictures|Records|Team|Cabinet|Parliament|Assembly|Legislature|Democrats|
  Republicans|Conference|Secretariat|Directorate|Commission|Corporation|Institution|Academy|Hospital|Clinic|Exchange|
  Reserve|Guard|Patrol|PAC|Action
`),
);

/** Lower-case heads that make an organisation of a name before them: "the House committee", "the Trump campaign". */
export const ORG_NOUNS = new Set(
  words(
    'committee|campaign|administration|government|department|agency|ministry|party|foundation|team|organization|panel',
  ),
);

/** Connectors allowed inside an organisation name after a cue word: "Department of Justice". */
export const NAME_CONNECTORS = new Set(words('of|on|for|and|&'));

/** Titles before a person's name; the name, not the title, is the mention. */
export const TITLES = new Set(
  words(`
  Mr.|Mrs.|Ms.|Miss|Mx.|Dr.|Prof.|Rev.|Sen.|Sens.|Rep.|Reps.|Gov.|Lt.|Gen.|Col.|Maj.|Capt.|Sgt.|Adm.|Cmdr.|Hon.|Atty.|
  Sir|Dame|Lord|Lady|President|Vice|Senator|Governor|Representative|Congressman|Congresswoman|Mayor|Secretary|
  Speaker|Chairman|Chairwoman|Chair|Minister|Premier|Chancellor|Ambassador|Attorney|General|Counsel|Special|Director|
  Chief|Commissioner|Sheriff|Judge|Justice|Pope|King|Queen|Prince|Princess|Emperor|Leader|Former|former|Deputy|
  Acting|Lieutenant|Sergeant|Captain|Colonel|Major|Admiral|Officer|Detective|Agent|Pastor|Bishop|Rabbi|Imam|
  Father|Sister|Brother|Dean|Professor|Coach|Candidate|Nominee|First|Lady|Prime|Foreign|Defense|State|Press
`),
);

/** Role nouns: "spokeswoman Melezia Figueroa" names a person; "a British filmmaker" is one. */
export const ROLE_NOUNS = new Set(
  words(`
  spokesperson|spokesman|spokeswoman|spokespeople|aide|aides|adviser|advisers|advisor|advisors|lawyer|lawyers|
  attorney|attorneys|official|officials|filmmaker|journalist|reporter|reporters|correspondent|editor|columnist|host|
  anchor|analyst|analysts|expert|experts|economist|economists|strategist|strategists|pollster|pollsters|consultant|
  operative|staffer|staffers|source|sources|witness|witnesses|investigator|investigators|prosecutor|prosecutors|
  diplomat|diplomats|lawmaker|lawmakers|senator|senators|congressman|congresswoman|governor|mayor|president|
  candidate|candidates|nominee|nominees|chairman|chairwoman|secretary|minister|ambassador|director|executive|
  executives|ceo|founder|professor|researcher|researchers|scientist|scientists|historian|historians|activist|
  activists|supporter|supporters|critic|critics|donor|donors|voter|voters|resident|residents|friend|neighbor|
  employee|employees|manager|chief of staff|press secretary|campaign manager|speechwriter|insider|insiders|
  whistleblower|biographer|author|organizer|organizers|delegate|delegates|surrogate|surrogates|ally|allies|
  businessman|businesswoman|billionaire|veteran|veterans|officer|officers|agent|agents|judge|sheriff|
  pastor|physician|doctor|doctors|spokesmen|spokeswomen|representative|representatives
`),
);

/** Lower-case heads that describe an outlet ("the outlet", "the newspaper"). */
export const OUTLET_NOUNS = new Set(
  words(
    'outlet|outlets|newspaper|newspapers|paper|network|networks|broadcaster|magazine|website|tabloid|wire service',
  ),
);

/** Nouns for documents and written or recorded sources. */
export const DOCUMENT_NOUNS = new Set(
  words(`
  report|reports|document|documents|records|statement|statements|filing|filings|court filings|memo|memos|memorandum|
  letter|letters|email|emails|e-mail|e-mails|transcript|transcripts|tape|tapes|recording|recordings|study|studies|
  survey|surveys|poll|polls|analysis|assessment|assessments|audit|affidavit|indictment|complaint|lawsuit|ruling|
  dossier|briefing|cable|cables|testimony|press release|tweet|tweets|book|video|videos|footage|documentary|
  data|findings|notes|receipts|tax returns
`),
);

/** Modifiers that make a "report" an outlet's: "Russian state media reports". */
export const MEDIA_MODIFIERS = new Set(words('media|news|press|newspaper|television|TV|tabloid'));

/** Capitalised words that are never names on their own. */
export const NOT_NAMES = new Set(
  words(`
  January|February|March|April|May|June|July|August|September|October|November|December|Jan.|Feb.|Mar.|Apr.|Jun.|
  Jul.|Aug.|Sep.|Sept.|Oct.|Nov.|Dec.|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Day|Election|
  Christmas|Easter|Thanksgiving|Halloween|Ramadan|God|Internet|Web|Fake|News|According|Meanwhile|However|Still|
  Yet|Also|But|And|Or|So|Then|Now|Here|There|This|That|These|Those|It|He|She|They|We|You|I|In|On|At|By|For|
  With|From|As|After|Before|If|When|While|Although|Because|Since|Until|The|A|An|No|Yes|OK|Mr|Mrs|Ms|Dr|
  Democrat|Democratic|Republican|Conservative|Liberal|Progressive|Independent|Russian|American|British|Chinese|
  Ukrainian|Iranian|Israeli|Mexican|Canadian|German|French|European|Muslim|Muslims|Christian|Christians|Jewish|
  Hispanic|Hispanics|Latino|Latinos|Black|White|African|Asian|Twitter|Facebook|Instagram|YouTube|Tweet|
  Forum|Summit|Convention|Debate|Debates|Act|Amendment|Treaty|Award|Awards|Prize|Week|Games|Olympics|Cup|Series|
  Show|Tour|Rally|Doctrine|Universe|Plan|Program|Initiative|Street|Avenue|Road|Square|Park|Tower|Building|Hall|Bridge
`),
);

/** Common first names: a two-word capitalised name starting with one is a person. */
export const FIRST_NAMES = new Set(
  words(`
  Aaron|Adam|Adrian|Al|Alan|Albert|Alex|Alexander|Alexandria|Alice|Alicia|Allen|Amanda|Amy|Ana|Andrea|Andrew|Andy|
  Angela|Ann|Anna|Anne|Anthony|Antonio|Ari|Arthur|Ashley|Barack|Barbara|Barbra|Ben|Benjamin|Bernie|Beto|Betsy|Bill|
  Billy|Bob|Bobby|Boris|Brad|Bradley|Brandon|Brett|Brian|Bruce|Bryan|Carl|Carla|Carly|Carol|Caroline|Catherine|
  Chad|Charles|Charlie|Chelsea|Cheryl|Chris|Christian|Christina|Christine|Christopher|Chuck|Cindy|Claire|Cory|Craig|
  Dan|Daniel|Danny|Darrell|Dave|David|Dean|Debbie|Deborah|Dennis|Diana|Diane|Dick|Don|Donald|Donna|Doug|Douglas|
  Ed|Eddie|Edward|Elizabeth|Ellen|Emily|Emma|Emmanuel|Eric|Erik|Evan|Frank|Fred|Gary|George|Gerald|Gina|Glenn|
  Greg|Gregory|Hank|Harold|Harry|Heather|Helen|Henry|Hillary|Howard|Hunter|Ian|Ivanka|Jack|Jacob|James|Jamie|Jane|
  Janet|Jared|Jason|Jay|Jeb|Jeff|Jeffrey|Jen|Jennifer|Jeremy|Jerry|Jesse|Jessica|Jill|Jim|Jimmy|Joan|Joe|Joel|John|
  Johnny|Jon|Jonathan|Jorge|Jose|Joseph|Josh|Joshua|Juan|Judy|Julia|Julian|Julie|Justin|Karen|Kate|Katherine|
  Kathleen|Kathy|Keith|Kellyanne|Ken|Kenneth|Kevin|Kim|Kimberly|Kirsten|Kris|Kurt|Kyle|Lance|Larry|Laura|Lauren|
  Lee|Leon|Linda|Lindsey|Lisa|Liz|Loretta|Louis|Luis|Lynn|Marco|Marcus|Margaret|Maria|Marie|Mark|Martha|Martin|
  Mary|Matt|Matthew|Maxine|Megyn|Melania|Melissa|Michael|Michele|Michelle|Mike|Mitch|Mitt|Molly|Nancy|Nate|Nathan|
  Neil|Newt|Nick|Nicholas|Nicole|Nikki|Noah|Norah|Oliver|Olivia|Pam|Pamela|Pat|Patricia|Patrick|Paul|Peter|Phil|
  Philip|Rachel|Rafael|Rand|Randy|Ray|Rebecca|Reince|Richard|Rick|Rob|Robert|Robin|Roger|Ron|Ronald|Ronna|Rudy|
  Rush|Russell|Ruth|Ryan|Sally|Sam|Samuel|Sandra|Sara|Sarah|Scott|Sean|Sergei|Sergey|Sharon|Sheldon|Sherrod|
  Stephanie|Stephen|Steve|Steven|Stuart|Susan|Susie|Tammy|Ted|Terry|Theresa|Thomas|Tim|Timothy|Todd|Tom|Tommy|
  Tony|Tracy|Tulsi|Valerie|Victor|Victoria|Vince|Vincent|Vladimir|Walter|Wayne|William|Xi|Yvonne|Zach|Zachary
`),
);

/** Verbs of saying: a capitalised name right before one is a person when nothing else says otherwise. */
export const SPEECH_VERBS = new Set(
  words(
    'said|says|told|tells|added|wrote|writes|tweeted|argued|asked|explained|noted|recalled|insisted|claimed|stated',
  ),
);
