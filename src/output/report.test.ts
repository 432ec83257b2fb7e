import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type Attribution, createDocument, type Document, type Span } from '../model/document.js';
import { analyze } from '../pipeline.js';
import { abbreviate, normaliseSource, renderReport, wrap } from './report.js';

const seed = readFileSync(new URL('../../examples/seed/article.txt', import.meta.url), 'utf8');
const JUNK = /^(?:• )?(?:Oops!|Something went wrong\.|Please try again later\.)$/;

/** The seed with its structure and a few of its attributions (EXPECTED.md) set by hand. */
function seedDocument(): Document {
  const doc = analyze(seed);
  doc.meta.originalPublisher = 'Business Insider';
  doc.blocks.forEach((b, i) => {
    const text = seed.slice(b.start, b.end);
    const line = seed.slice(seed.lastIndexOf('\n', b.start) + 1, b.end).trim();
    const set = (kind: Document['blocks'][number]['kind'], excluded: boolean) => {
      b.kind = kind;
      b.excluded = excluded;
    };
    if (i === 0) set('headline', false);
    else if (line.split('\n').every((l) => JUNK.test(l.trim()))) set('junk', true);
    else if (line.startsWith('•')) set('keypoint', false);
    else if (text.startsWith('Read the original article')) set('footer', true);
    else set('paragraph', false);
  });
  /** The first occurrence of `phrase` in the text, or within `within` (a span). */
  const at = (phrase: string, within: Span = { start: 0, end: seed.length }): Span => {
    const start = seed.slice(within.start, within.end).indexOf(phrase);
    if (start < 0) throw new Error(`phrase not in seed: ${phrase}`);
    return { start: within.start + start, end: within.start + start + phrase.length };
  };
  const rows: [string, string, string, Attribution['kind'], string?][] = [
    [
      'Politico',
      'reports',
      'Donald Trump made a mysterious call to Vladimir Putin just before the 2020 election',
      'indirect',
    ],
    ['Holder', 'said', 'That interview was abruptly cancelled on the day', 'indirect'],
    [
      'Holder',
      'told Politico',
      '"My memory is that the chief of staff sort of came over and said that the interview couldn\'t happen today because the president was on the phone,"',
      'direct',
    ],
    [
      'the chief of staff',
      'said',
      "that the interview couldn't happen today because the president was on the phone",
      'indirect',
      'a3',
    ],
    ['Harrington', 'said', '"This is a totally made up story', 'direct'],
    [
      'Holder',
      'said',
      'the call to Putin was made while on a flight from New Hampshire to Maine',
      'indirect',
    ],
    ['Politico', 'noted', 'that at the time Trump was pushing baseless claims', 'indirect'],
  ];
  // Hand-built attributions: the analysed provenance layer would describe other ones.
  delete doc.provenance;
  doc.attributions = rows.map(([source, cue, content, kind, parent], i) => {
    const c = at(content);
    // Source and cue are in the same line (block) as the content.
    const block = { start: seed.lastIndexOf('\n', c.start) + 1, end: seed.indexOf('\n', c.end) };
    const a: Attribution = {
      id: `a${i + 1}`,
      source: [at(source, block)],
      cue: [at(cue, block)],
      content: [c],
      kind,
      why: { by: 'rule', rule: 'test/hand-built', confidence: 0.8 },
    };
    if (parent) a.parent = parent;
    return a;
  });
  return doc;
}

describe('renderReport on the seed', () => {
  const doc = seedDocument();
  const report = renderReport(doc);
  const lines = report.split('\n');

  it('opens with the structure: headline, publisher, key points, counts', () => {
    expect(lines[0]).toBe(
      'Trump made a secret call to Vladimir Putin just before the 2020 election, report says',
    );
    expect(report).toContain('Originally published by Business Insider');
    const k = lines.indexOf('Key points:');
    expect(lines[k + 1]).toMatch(/^ {2}• Donald Trump made a mysterious call/);
    expect(lines.slice(k + 1).find((l) => l.includes('• A filmmaker'))).toBeDefined();
    expect(lines.slice(k + 1).find((l) => l.includes('• At the time, Putin'))).toBeDefined();
    const count = (kind: string) => doc.blocks.filter((b) => b.kind === kind).length;
    expect(count('paragraph')).toBeGreaterThanOrEqual(15);
    expect(report).toContain(`\n${count('paragraph')} paragraphs\n`);
    expect(count('junk')).toBeGreaterThanOrEqual(3);
    expect(report).toContain(`Excluded ${count('junk')} junk blocks: "`);
    expect(report).toMatch(/junk blocks: "(?:• )?Oops![^"]*" ×3/);
    expect(report).toContain('Excluded 1 footer block: "Read the original article on Business …"');
  });

  it('shows junk only in the excluded-blocks summary', () => {
    const rest = lines.filter((l) => !l.startsWith('Excluded') && !l.startsWith('  "')).join('\n');
    expect(rest).not.toMatch(/Oops|Something went wrong|try again later|Read the original/);
  });

  it('groups attributions by source, in order of first appearance', () => {
    const headings = lines.filter((l) => /^\S.* \(\d+\)$/.test(l));
    expect(headings).toEqual(['Politico (2)', 'Holder (3)', 'the chief of staff (1)', 'Harrington (1)']);
    const holder = lines.indexOf('Holder (3)');
    const group = lines.slice(holder + 1, lines.indexOf('', holder + 1)).filter((l) => /^ {2}a\d/.test(l));
    expect(group.map((l) => l.trim().split(' ')[0])).toEqual(['a2', 'a3', 'a6']);
  });

  it('prints source -> cue -> content with kind, confidence and nesting, wrapped at 100 columns', () => {
    expect(report).toMatch(
      /a2 {2}Holder -> said -> That interview was abruptly cancelled on the day {2}\[indirect, 0\.80\]/,
    );
    expect(report).toContain('[indirect, 0.80, inside a3]');
    // The long direct quote is abbreviated but keeps its opening and end.
    const quote = lines.findIndex((l) => l.includes('a3  Holder -> told Politico'));
    const entry = `${lines[quote]} ${lines[quote + 1]?.trim()}`;
    expect(entry).toContain('"My memory is that the chief of staff');
    expect(entry).toContain(' … ');
    expect(entry).toContain('[direct, 0.80]');
    for (const l of lines) expect(l.length).toBeLessThanOrEqual(100);
  });

  it('colours only when asked, and colour changes nothing else', () => {
    expect(report).not.toContain('\x1b[');
    const coloured = renderReport(doc, { color: true });
    expect(coloured).toContain('\x1b[36mHolder');
    // biome-ignore lint/suspicious/noControlCharactersInRegex: stripping ANSI
    expect(coloured.replace(/\x1b\[[0-9;]*m/g, '')).toBe(report);
  });

  it('explains, when asked, which rule or model found each attribution', () => {
    const explained = renderReport(doc, { explain: true });
    const holder = doc.attributions.find((a) => doc.text.slice(a.cue[0]?.start, a.cue[0]?.end) === 'said');
    expect(holder).toBeDefined();
    const why = `, by ${holder?.why.by} ${holder?.why.rule}]`;
    expect(report).not.toContain(why);
    expect(explained).toContain(why);
  });

  it('puts a provenance section between the structure and the attributions, and groups by a given key', () => {
    const withChain = renderReport(doc, {
      provenance: () => ['Headline claim chain: Business Insider -> Politico -> Alex Holder'],
      groupKey: (_doc, a) => ({ key: a.kind, label: `${a.kind} speech` }),
    });
    const chain = withChain.indexOf('Headline claim chain');
    expect(chain).toBeGreaterThan(withChain.indexOf('paragraphs'));
    expect(chain).toBeLessThan(withChain.indexOf('Attributions (7)'));
    expect(withChain).toContain('\nindirect speech (5)\n');
    expect(withChain).toContain('\ndirect speech (2)\n');
  });
});

describe('report helpers', () => {
  it('normalise sources so surface variants group together', () => {
    expect(normaliseSource('The Post,')).toBe(normaliseSource('the  post'));
    expect(normaliseSource('“Holder”')).toBe('holder');
  });

  it('abbreviate long text at word boundaries and keep short text whole', () => {
    const long = 'word '.repeat(60).trim();
    const short = abbreviate(long, 60);
    expect(short.length).toBeLessThanOrEqual(60);
    expect(short).toMatch(/^word( word)* … word( word)*$/);
    expect(abbreviate('short enough')).toBe('short enough');
  });

  it('wrap keeps indentation and never splits a word', () => {
    const out = wrap(`  ${'alpha beta gamma '.repeat(10).trim()}`, 30, '    ');
    expect(out[0]?.startsWith('  alpha')).toBe(true);
    for (const l of out.slice(1)) expect(l.startsWith('    ')).toBe(true);
    for (const l of out) expect(l.length).toBeLessThanOrEqual(30);
    expect(out.join(' ').split(/\s+/).filter(Boolean)).toHaveLength(30);
  });

  it('report a document with no blocks or attributions without failing', () => {
    expect(renderReport(createDocument(''))).toBe('0 paragraphs\n\nNo attributions found.\n');
  });
});
