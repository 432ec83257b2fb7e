import { readdirSync, readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { createDocument, type Document } from '../model/document.js';
import { HearsayError } from '../model/errors.js';
import { analyze } from '../pipeline.js';
import { fromJson, renderJson, SCHEMA_ID, spanProblems, toJson } from './json.js';

const schema = JSON.parse(readFileSync(new URL('../../schema/hearsay.schema.json', import.meta.url), 'utf8'));
const validate = new Ajv2020({ allErrors: true }).compile(schema);
const output = (doc: Document): unknown => JSON.parse(renderJson(doc));
const errors = () => (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);

const seed = readFileSync(new URL('../../examples/seed/article.txt', import.meta.url), 'utf8');
const DEV = new URL('../../../shared/data/polnear/dev/text/', import.meta.url);

/** A document with every layer and every optional field filled. */
function fullDocument(): Document {
  const text = 'Officials said on March 3 that "taxes will rise". 😀 Oops!';
  const doc = createDocument(text, {
    source: 'test.txt',
    format: 'text',
    title: 'Taxes',
    byline: 'A. Writer',
    published: '2020-03-04',
    siteName: 'Example News',
    url: 'https://example.com/taxes',
    originalPublisher: 'Wire',
  });
  const why = { by: 'rule' as const, rule: 'test/hand-built', confidence: 0.9 };
  doc.blocks = [
    { start: 0, end: 52, kind: 'paragraph', excluded: false, why },
    { start: 53, end: 58, kind: 'junk', excluded: true, why },
  ];
  doc.sentences = [{ start: 0, end: 49, block: 0, tokenStart: 0, tokenEnd: 2 }];
  doc.tokens = [
    { start: 0, end: 9, text: 'Officials', pos: 'NOUN', lemma: 'official', sentence: 0 },
    { start: 10, end: 14, text: 'said', pos: 'VERB', lemma: 'say', sentence: 0 },
  ];
  doc.mentions = [{ start: 0, end: 9, type: 'person', text: 'Officials', why }];
  doc.dates = [{ start: 18, end: 25, text: 'March 3', date: '2020-03-03', why: { ...why, by: 'model' } }];
  doc.attributions = [
    {
      id: 'a1',
      source: [{ start: 0, end: 9 }],
      cue: [{ start: 10, end: 14 }],
      content: [{ start: 26, end: 48 }],
      kind: 'mixed',
      why,
    },
    {
      id: 'a2',
      source: [],
      cue: [{ start: 10, end: 14 }],
      content: [{ start: 31, end: 48 }],
      kind: 'direct',
      parent: 'a1',
      why,
    },
  ];
  doc.diagnostics = [
    {
      severity: 'info',
      code: 'clean/junk-excluded',
      message: 'junk',
      file: 'test.txt',
      span: { start: 53, end: 58 },
    },
  ];
  return doc;
}

describe('JSON output', () => {
  it('wraps the document in a versioned envelope', () => {
    const json = toJson(createDocument('x'));
    expect(json.schema).toBe(SCHEMA_ID);
    expect(json.version).toBe(1);
    expect(json.generator.name).toBe('hearsay');
    expect(schema.$id).toBe(SCHEMA_ID);
  });

  it('validates for the seed and PolNeAR dev articles', () => {
    const files = readdirSync(DEV)
      .filter((f) => f.endsWith('.txt'))
      .sort()
      .slice(0, 4);
    expect(files).toHaveLength(4);
    for (const text of [seed, ...files.map((f) => readFileSync(new URL(f, DEV), 'utf8'))]) {
      const doc = analyze(text);
      expect(doc.tokens.length).toBeGreaterThan(100);
      expect(validate(output(doc)), errors().join('\n')).toBe(true);
    }
  });

  it('validates a document with every field, and round-trips it', () => {
    const doc = fullDocument();
    expect(spanProblems(doc)).toEqual([]);
    expect(validate(output(doc)), errors().join('\n')).toBe(true);
    expect(fromJson(renderJson(doc))).toEqual(doc);
  });

  it('describes the provenance layer: the seed validates, a wrong marker type does not', () => {
    const json = output(analyze(seed)) as {
      provenance: { markers: { type: string }[]; timeline: unknown[] };
    };
    expect(json.provenance.markers.length).toBeGreaterThan(3);
    expect(json.provenance.timeline.length).toBeGreaterThan(0);
    expect(validate(json), errors().join('\n')).toBe(true);
    (json.provenance.markers[0] as { type: string }).type = 'rumour';
    expect(validate(json)).toBe(false);
    expect(errors()).toContain('/provenance/markers/0/type must be equal to one of the allowed values');
  });

  it('the schema requires every layer of the model', () => {
    expect(schema.required).toEqual(expect.arrayContaining(Object.keys(createDocument(''))));
  });

  it('rejects malformed spans and fields it does not know', () => {
    const negative = output(fullDocument()) as { tokens: { start: number }[] };
    (negative.tokens[0] as { start: number }).start = -1;
    expect(validate(negative)).toBe(false);
    expect(errors()).toContain('/tokens/0/start must be >= 0');

    const stringy = output(fullDocument()) as { attributions: { cue: unknown[] }[] };
    (stringy.attributions[0] as { cue: unknown[] }).cue[0] = { start: '10', end: 14 };
    expect(validate(stringy)).toBe(false);

    const unknown = output(fullDocument()) as { attributions: Record<string, unknown>[] };
    (unknown.attributions[0] as Record<string, unknown>).score = 1;
    expect(validate(unknown)).toBe(false);
    expect(errors().join()).toContain('must NOT have additional properties');
  });

  it('fromJson names spans outside the text or reversed', () => {
    const outside = fullDocument();
    (outside.attributions[1] as Document['attributions'][number]).content = [{ start: 40, end: 99 }];
    expect(() => fromJson(renderJson(outside), 'doc.json')).toThrow(
      /attributions\[1\]\.content\[0\]: span 40-99 is not inside the text \(length 58\)/,
    );
    const reversed = fullDocument();
    reversed.diagnostics[0] = {
      ...(reversed.diagnostics[0] as Document['diagnostics'][number]),
      span: { start: 9, end: 3 },
    };
    expect(spanProblems(reversed)).toEqual([
      'diagnostics[0].span: span 9-3 is not inside the text (length 58)',
    ]);
  });

  it('fromJson rejects other JSON with a clear error', () => {
    const attempt = (v: unknown) => {
      try {
        fromJson(v, 'x.json');
      } catch (e) {
        return e instanceof HearsayError ? `${e.code} ${e.file}` : 'other error';
      }
      return 'accepted';
    };
    expect(attempt('{ nope')).toBe('json/unparsable x.json');
    expect(attempt([])).toBe('json/not-document x.json');
    expect(attempt({ ...toJson(createDocument('')), version: 2 })).toBe('json/unknown-schema x.json');
    expect(attempt(createDocument(''))).toBe('json/unknown-schema x.json');
    const { tokens: _tokens, ...noTokens } = toJson(createDocument(''));
    expect(attempt(noTokens)).toBe('json/not-document x.json');
    expect(() => fromJson(noTokens)).toThrow('not a hearsay document: no tokens list');
  });
});
