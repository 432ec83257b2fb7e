/**
 * The reference scorer's view of spans (score_attributions.py): code point
 * offsets, edge trimming and its `\w+|[^\w\s]` tokens, with Python's `re`
 * meaning of `\w` and `\s` for str patterns.
 */

/** [start, end) in code points. */
export type CpSpan = readonly [number, number];

const EDGE = new Set(' \t\r\n"\'“”‘’«»,.;:!?()[]—–-…');
// Python's \w is str.isalnum() or "_": letters and numbers, but not marks or
// other connector punctuation.
const WORD = /^[\p{L}\p{N}_]$/u;
// Python's \s is str.isspace(): includes \x1c-\x1f and \x85, not U+FEFF.
const SPACE = new Set(
  [
    0x9, 0xa, 0xb, 0xc, 0xd, 0x1c, 0x1d, 0x1e, 0x1f, 0x20, 0x85, 0xa0, 0x1680, 0x2028, 0x2029, 0x202f, 0x205f,
    0x3000,
  ]
    .concat(Array.from({ length: 11 }, (_, i) => 0x2000 + i))
    .map((c) => String.fromCodePoint(c)),
);

/** The text as Python's `open()` reads it: universal newlines, indexed by code point. */
export function pythonChars(text: string): string[] {
  return Array.from(text.replace(/\r\n?/g, '\n'));
}

/** Strips edge white space, punctuation and quotes from each piece; drops empty pieces; sorts. */
export function trim(chars: readonly string[], pieces: readonly CpSpan[]): CpSpan[] {
  // Python indexes from the end for negative offsets.
  const at = (i: number) => chars[i < 0 ? i + chars.length : i] ?? '';
  const out: CpSpan[] = [];
  for (let [a, b] of pieces) {
    while (a < b && EDGE.has(at(a))) a++;
    while (b > a && EDGE.has(at(b - 1))) b--;
    if (b > a) out.push([a, b]);
  }
  return out.sort((x, y) => x[0] - y[0] || x[1] - y[1]);
}

const isWord = (c: string): boolean => {
  const code = c.charCodeAt(0);
  // ASCII first: most of the text, and a regex test per character is slow.
  if (code < 128)
    return (
      (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95
    );
  return WORD.test(c);
};

/** Tokens as `re.finditer(r"\w+|[^\w\s]", text)` finds them. */
export function tokens(chars: readonly string[]): CpSpan[] {
  const out: CpSpan[] = [];
  for (let i = 0; i < chars.length; ) {
    const c = chars[i] as string;
    if (isWord(c)) {
      const start = i;
      while (i < chars.length && isWord(chars[i] as string)) i++;
      out.push([start, i]);
    } else {
      if (!SPACE.has(c)) out.push([i, i + 1]);
      i++;
    }
  }
  return out;
}

/** Indices of the tokens that overlap any piece. */
export function tokenSet(toks: readonly CpSpan[], pieces: readonly CpSpan[]): Set<number> {
  const s = new Set<number>();
  for (const [x, y] of pieces) {
    // Tokens are sorted and disjoint: binary search the first ending after x.
    let lo = 0;
    let hi = toks.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((toks[mid] as CpSpan)[1] > x) hi = mid;
      else lo = mid + 1;
    }
    for (let i = lo; i < toks.length && (toks[i] as CpSpan)[0] < y; i++) s.add(i);
  }
  return s;
}
