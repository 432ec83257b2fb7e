import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from '../src/index.js';
import { type Attribution, createDocument, type Document, type Span } from '../src/model/document.js';
import { HearsayError } from '../src/model/errors.js';
import { OffsetMap, parseBrat, toBrat } from '../src/output/brat.js';
import { fromJson, renderJson, spanProblems } from '../src/output/json.js';

/** Pieces of scraped news: words, speech verbs, quotes, bullets, line breaks, widget junk, astral and broken characters. */
const fragment = fc.oneof(
  fc.constantFrom(
    'The',
    'mayor',
    'said',
    'told',
    'Politico',
    'that',
    'taxes',
    'will',
    'rise',
    'according to',
    'officials',
    ' ',
    ' ',
    ' ',
    '.',
    ',',
    '"',
    '“',
    '”',
    '‘',
    '’',
    "'",
    '«',
    '»',
    '—',
    '…',
    '\n',
    '\n\n',
    '\r\n',
    '\r',
    '\t',
    '• ',
    '  • ',
    'Oops!',
    'Something went wrong.',
    'Please try again later.',
    'Read the original article on Business Insider',
    '😀',
    '🏛️',
    '𝐀',
    'e\u0301',
    '\u00a0',
    '\u2028',
    '\ufeff',
    '\uD83D',
    '\uDE00',
    'October 25, 2020',
    '[Joe]',
    '(AP)',
  ),
  fc.string({ unit: 'binary', maxLength: 8 }),
);
/** Quoted and reported speech in a few common shapes, with arbitrary words inside. */
const speech = fc
  .tuple(
    fc.array(
      fc.oneof(fc.constantFrom('taxes', 'will', 'rise', 'soon', 'he', 'was', 'on', 'the', 'phone'), fragment),
      {
        minLength: 1,
        maxLength: 12,
      },
    ),
    fc.constantFrom('the mayor', 'Holder', 'Liz Harrington', 'she', 'officials'),
    fc.constantFrom('said', 'told Politico', 'added', 'says'),
    fc.nat({ max: 2 }),
  )
  .map(([words, who, cue, shape]) => {
    const said = words.join(' ');
    return [`"${said}," ${who} ${cue}.`, `${who} ${cue} that ${said}.`, `“${said}” ${cue} ${who}.`][
      shape
    ] as string;
  });
const newsLike = fc.array(fc.oneof(fragment, speech), { maxLength: 120 }).map((parts) => parts.join(''));
const anyText = fc.oneof(
  newsLike,
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.string({ maxLength: 300 }),
);

/** Runs the pipeline; returns the document, or undefined when it threw a HearsayError (fails on anything else). */
function tryAnalyze(text: string): Document | undefined {
  try {
    return analyze(text);
  } catch (e) {
    expect(e).toBeInstanceOf(HearsayError);
    return undefined;
  }
}

function expectInside(text: string, spans: readonly Span[], what: string): void {
  for (const s of spans) {
    expect(Number.isInteger(s.start) && Number.isInteger(s.end), what).toBe(true);
    expect(0 <= s.start && s.start <= s.end && s.end <= text.length, `${what} ${s.start}-${s.end}`).toBe(
      true,
    );
  }
}

const relations = (attributions: readonly Attribution[]) =>
  attributions
    .map((a) => ({
      source: a.source.filter((s) => s.end > s.start),
      cue: a.cue.filter((s) => s.end > s.start),
      content: a.content.filter((s) => s.end > s.start),
    }))
    .filter((r) => r.cue.length > 0 || r.content.length > 0);

describe('analyze on any input', () => {
  it('returns a document whose layers lie inside the text, or throws a HearsayError', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const doc = tryAnalyze(text);
        if (!doc) return;
        expect(doc.text).toBe(text);
        expectInside(text, doc.blocks, 'block');
        expectInside(text, doc.sentences, 'sentence');
        expectInside(text, doc.tokens, 'token');
        expectInside(text, doc.mentions, 'mention');
        expectInside(text, doc.dates, 'date');
        for (const a of doc.attributions) expectInside(text, [...a.source, ...a.cue, ...a.content], a.id);
        expectInside(
          text,
          doc.diagnostics.flatMap((d) => (d.span ? [d.span] : [])),
          'diagnostic',
        );
        // Later layers (provenance) too: every object with offsets.
        expect(spanProblems(doc)).toEqual([]);
        for (const t of doc.tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
        for (const s of doc.sentences) {
          expect(0 <= s.tokenStart && s.tokenStart <= s.tokenEnd && s.tokenEnd <= doc.tokens.length).toBe(
            true,
          );
          expect(doc.blocks[s.block]).toBeDefined();
        }
      }),
      { numRuns: 200 },
    );
  });

  it('handles long inputs the same way', () => {
    fc.assert(
      fc.property(fc.array(fragment, { minLength: 500, maxLength: 1500 }), (parts) => {
        const doc = tryAnalyze(parts.join(''));
        if (doc) expect(spanProblems(doc)).toEqual([]);
      }),
      { numRuns: 10 },
    );
  });

  it('round-trips through JSON and brat', () => {
    let analysed = 0;
    let attributed = 0;
    fc.assert(
      fc.property(anyText, (text) => {
        const doc = tryAnalyze(text);
        if (!doc) return;
        analysed++;
        if (doc.attributions.length > 0) attributed++;
        expect(fromJson(JSON.parse(renderJson(doc)))).toEqual(doc);
        expect(parseBrat(toBrat(doc), text)).toEqual(relations(doc.attributions));
      }),
      { numRuns: 200 },
    );
    // The property must have had documents, some with attributions, to check.
    expect(analysed).toBeGreaterThan(150);
    expect(attributed).toBeGreaterThan(10);
  });
});

/** Attributions with arbitrary spans at code point boundaries (brat cannot address half a surrogate pair). */
const withAttributions = fc.string({ unit: 'binary', minLength: 1, maxLength: 200 }).chain((text) => {
  const map = new OffsetMap(text);
  const points = Array.from(text).length;
  const span = fc
    .tuple(fc.nat({ max: points }), fc.nat({ max: points }))
    .map(([a, b]) => ({ start: map.toUtf16(Math.min(a, b)), end: map.toUtf16(Math.max(a, b)) }));
  const spans = fc.array(span, { maxLength: 3 });
  const attribution = fc.record({ source: spans, cue: spans, content: spans });
  return fc.tuple(fc.constant(text), fc.array(attribution, { maxLength: 6 }));
});

describe('brat writer', () => {
  it('round-trips any attribution spans, astral characters included', () => {
    fc.assert(
      fc.property(withAttributions, ([text, rels]) => {
        const doc = createDocument(text);
        doc.attributions = rels.map((r, i) => ({
          id: `a${i + 1}`,
          ...r,
          kind: 'indirect',
          why: { by: 'rule', rule: 'test/generated', confidence: 1 },
        }));
        expect(parseBrat(toBrat(doc), text)).toEqual(relations(doc.attributions));
      }),
      { numRuns: 200 },
    );
  });
});
