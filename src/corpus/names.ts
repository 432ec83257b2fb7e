/**
 * Speaker names merged across articles: "Former President Donald J. Trump",
 * "Donald Trump" and "Mr. Trump's" should meet under one key.
 */

/** Titles, roles and honorifics that precede a name without being part of it. */
const PREFIXES = new Set(
  (
    'the mr mrs ms miss mx dr prof professor sir dame lord lady rev reverend fr father ' +
    'president vice former acting interim then ex late deputy assistant chief senior ' +
    'sen senator rep representative congressman congresswoman gov governor lt gen general col colonel ' +
    'maj major capt captain sgt adm admiral secretary minister prime premier chancellor ambassador ' +
    'judge justice attorney mayor speaker leader chairman chairwoman chair ceo founder ' +
    'candidate nominee press spokesman spokeswoman spokesperson aide adviser advisor director ' +
    'commissioner officer agent detective sheriff pope king queen prince princess sheikh rabbi imam ' +
    'us american russian british chinese french german israeli ukrainian iranian mexican canadian indian japanese'
  ).split(' '),
);
const SUFFIXES = new Set('jr sr ii iii iv esq phd md'.split(' '));
/** Party labels before a name ("Democrat Hillary Clinton"), kept when they begin a body's name ("Democratic National Committee"). */
const PARTIES = new Set('democrat democratic republican gop'.split(' '));
const BODIES = new Set(
  'national party committee convention caucus leadership governors senate house'.split(' '),
);

function isPrefix(word: string, next: string | undefined): boolean {
  const w = fold(word);
  return PREFIXES.has(w) || (PARTIES.has(w) && next !== undefined && !BODIES.has(fold(next)));
}

/** Words of the name as written, without punctuation at their edges or a possessive 's. */
function words(name: string): string[] {
  return name
    .replace(/['’]s\b/gu, '')
    .split(/[^\p{L}\p{M}\p{N}.'’-]+/u)
    .map((w) => w.replace(/^[.'’-]+|[,'’-]+$/gu, ''))
    .filter((w) => w.length > 0);
}

function fold(word: string): string {
  return word.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/\.$/u, '');
}

/** The name without leading titles, trailing suffixes and middle initials, in its own casing: "Donald Trump". */
export function cleanName(name: string): string {
  const all = words(name);
  let start = 0;
  let end = all.length;
  while (start < end - 1 && isPrefix(all[start] as string, all[start + 1])) start++;
  while (end > start + 1 && SUFFIXES.has(fold(all[end - 1] as string))) end--;
  const kept = all.slice(start, end);
  const core = kept.filter((w, i) => i === 0 || i === kept.length - 1 || !/^\p{L}\.?$/u.test(w));
  return core.join(' ');
}

/** The merge key of a name: its clean form lowercased, without accents or dots. Empty when nothing is left. */
export function speakerKey(name: string): string {
  return cleanName(name)
    .split(' ')
    .map((w) => fold(w).replace(/\./gu, ''))
    .filter((w) => w.length > 0)
    .join(' ');
}

/**
 * Resolves surname-only keys within one article: "trump" becomes "donald trump"
 * when exactly one longer key in the same article ends with that surname.
 * Returns a map from each given key to its resolved key.
 */
export function resolveSurnames(keys: Iterable<string>): Map<string, string> {
  const all = [...new Set(keys)];
  const full = all.filter((k) => k.includes(' '));
  const out = new Map<string, string>();
  for (const key of all) {
    const matches = key.includes(' ') ? [] : full.filter((f) => f.endsWith(` ${key}`));
    out.set(key, matches.length === 1 ? (matches[0] as string) : key);
  }
  return out;
}
