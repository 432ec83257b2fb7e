import { describe, expect, it } from 'vitest';
import { parseBrat, toBrat, writeAttributions } from '../src/output/brat.js';
import { provenance } from '../src/provenance/index.js';
import { seedDoc } from './provenance-fixtures.js';

describe('provenance in brat standoff', () => {
  const doc = seedDoc();
  provenance(doc);
  const ann = toBrat(doc);

  it('writes entity mentions and markers as T lines with notes naming the resolved source', () => {
    const holder = ann.split('\n').find((l) => /^T\d+\tEntity-named-person \d+ \d+\tI$/.test(l));
    expect(holder).toBeDefined();
    const id = holder?.split('\t')[0];
    expect(ann).toMatch(
      new RegExp(`^#\\d+\\tAnnotatorNotes ${id}\\te\\d+ Alex Holder; British filmmaker`, 'm'),
    );
    expect(ann).toMatch(/^T\d+\tMarker-hedge \d+ \d+\tif I remember correctly$/m);
    expect(ann).toMatch(/^T\d+\tMarker-missing-record \d+ \d+\tNo official read out/m);
    expect(ann).toMatch(/^T\d+\tEntity-role-person \d+ \d+\tthe chief of staff$/m);
  });

  it('leaves the attribution relations exactly as the attribution layer alone writes them', () => {
    expect(parseBrat(ann, doc.text)).toEqual(parseBrat(toBrat(doc, [writeAttributions]), doc.text));
  });
});
