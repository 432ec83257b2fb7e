import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { fromJson, renderJson, spanProblems } from '../src/output/json.js';
import { provenance } from '../src/provenance/index.js';
import { seedDoc } from './provenance-fixtures.js';

const schema = JSON.parse(readFileSync(new URL('../schema/hearsay.schema.json', import.meta.url), 'utf8'));
const validate = new Ajv2020({ allErrors: true }).compile(schema);

describe('provenance in the JSON output', () => {
  it('validates against the schema, keeps its spans in the text and round-trips', () => {
    const doc = seedDoc();
    doc.meta.published = '2022-06-24';
    provenance(doc);
    const json = JSON.parse(renderJson(doc));
    const ok = validate(json);
    expect((validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`)).toEqual([]);
    expect(ok).toBe(true);
    expect(json.provenance.claims[0].assessment.summary).toMatch(/^Second-hand/);
    expect(spanProblems(doc)).toEqual([]);
    expect(fromJson(json).provenance).toEqual(doc.provenance);
  });

  it('rejects a provenance layer with an unknown entity type', () => {
    const doc = seedDoc();
    provenance(doc);
    const json = JSON.parse(renderJson(doc));
    json.provenance.entities[0].type = 'celebrity';
    expect(validate(json)).toBe(false);
  });
});
