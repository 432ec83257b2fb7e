/**
 * Whether a source phrase names nobody: "officials", "a person familiar with
 * the matter", "Trump aides", "sources close to the campaign". Used when
 * provenance has not typed the source.
 */
const HEAD =
  /\b(?:sources?|officials?|aides?|people|persons?|insiders?|advisers?|advisors?|staffers?|diplomats?|someone|somebody|witnesses|employees|allies|associates|confidants?|operatives|spokes(?:man|woman|person))\b/iu;

const NAME = /\p{Lu}\p{Ll}+(?: \p{Lu}\.)? \p{Lu}\p{Ll}+/u;
const APPOSITIVE = new RegExp(`${NAME.source},`, 'u');

export function isAnonymousSource(source: string): boolean {
  const head = HEAD.exec(source);
  if (!head) return false;
  // A name beside the head noun identifies the speaker: "spokesperson, Liz Harrington",
  // "Mike Schmidt, an adviser", "Benjamin J. Rhodes, one of the president's aides".
  const before = source.slice(0, head.index);
  const after = source.slice(head.index + head[0].length);
  return !(NAME.test(after) || APPOSITIVE.test(before));
}
