import { describe, expect, it } from 'vitest';
import type { Provenance } from '../src/model/provenance.js';
import { provenance } from '../src/provenance/index.js';
import { docWith } from './provenance-fixtures.js';

// Made-up sentences for the marker patterns beyond the seed's words.
function markers(text: string): [string, string][] {
  const doc = docWith(text, []);
  provenance(doc);
  return (doc.provenance as Provenance).markers.map((m) => [m.text, m.type]);
}

describe('hedges', () => {
  it('takes seem/appear forms, maybe, "not likely" and "could have" about a fact', () => {
    const got = markers(
      'The plan seems to be working. It appears the vote was close. Maybe the count was wrong. ' +
        'A deal is not likely this year. The mayor could have known about it.',
    );
    expect(got).toEqual([
      ['seems to', 'hedge'],
      ['It appears', 'hedge'],
      ['Maybe', 'hedge'],
      ['not likely', 'hedge'],
      ['could have', 'hedge'],
    ]);
  });

  it('takes first-person belief and unclear/uncertain predicates, not questions or "appeared to reporters"', () => {
    const got = markers(
      '"I thought the deal was done," she said. Whether he will run is unclear. ' +
        '"Do I think he lied?" he asked. The senator appeared to reporters at noon.',
    );
    expect(got).toEqual([
      ['I thought', 'hedge'],
      ['unclear', 'hedge'],
    ]);
  });
});

describe('denials', () => {
  it('takes "unfounded", "wrong", "manufactured" and a fact-check rating, not lies in general', () => {
    const got = markers(
      'The charges are unfounded, his lawyer said. "That is 100 percent wrong," she said. The count was wrong. ' +
        'The scandal was totally manufactured. PolitiFact rated the claim Mostly False. ' +
        'He has told so many lies. The factory manufactured cars.',
    );
    expect(got).toEqual([
      ['unfounded', 'denial'],
      ['percent wrong', 'denial'],
      ['was totally manufactured', 'denial'],
      ['Mostly False', 'denial'],
    ]);
  });
});

describe('denial and confirmation verbs', () => {
  it('takes a claim called wrong or misleading, a manufactured scandal and "denied she had"', () => {
    const got = markers(
      'The report is simply wrong. The ad was wildly misleading. They called it a manufactured scandal. ' +
        'The aide denied she had seen the memo. The test was wrong about the dates.',
    );
    expect(got).toEqual([
      ['simply wrong', 'denial'],
      ['wildly misleading', 'denial'],
      ['manufactured', 'denial'],
      ['denied', 'denial'],
    ]);
  });

  it('takes "denied having" and "denied any wrongdoing", not "denied them permits"', () => {
    const got = markers(
      'The mayor denied having met the donor. The firm denied any wrongdoing. The city could deny them permits.',
    );
    expect(got).toEqual([
      ['denied', 'denial'],
      ['denied', 'denial'],
    ]);
  });

  it('leaves a confirmation hoped for or missing, and a verified account, alone', () => {
    const got = markers(
      'No test would confirm the claim. The claim has not been confirmed yet, officials said. ' +
        'Her verified account posted it. The audit confirmed the claim.',
    );
    expect(got.filter(([, type]) => type === 'corroboration')).toEqual([['confirmed', 'corroboration']]);
  });
});

describe('corroborations and missing records', () => {
  it('takes a poll, study or video cited as showing something, and "according to the data"', () => {
    const got = markers(
      'A new poll shows the race is tied. Studies have shown the drug works. ' +
        'According to the data, crime fell. The video showed the officer. The outlet found nothing.',
    );
    expect(got.map(([, type]) => type)).toEqual([
      'corroboration',
      'corroboration',
      'corroboration',
      'corroboration',
    ]);
    expect(got.map(([text]) => text)).toContain('According to the data');
  });

  it('takes a record withheld or released in part, not a plain release', () => {
    const got = markers(
      'He refused to pledge to release his tax returns. The city released only some of the footage. ' +
        'The facts are still being gathered. The band released a new album.',
    );
    expect(got).toEqual([
      ['refused to pledge to release', 'missing-record'],
      ['released only some', 'missing-record'],
      ['are still being gathered', 'missing-record'],
    ]);
  });
});
