import { describe, expect, it } from 'vitest';
import type { Entity, Provenance } from '../src/model/provenance.js';
import { provenance } from '../src/provenance/index.js';
import { type AttrSpec, docWith } from './provenance-fixtures.js';

// Made-up sentences for how sources are typed, beyond the seed's kinds.
function sources(text: string, specs: AttrSpec[]): Entity[] {
  const doc = docWith(text, specs);
  provenance(doc);
  const p = doc.provenance as Provenance;
  return specs.map((_, i) => p.entities.find((e) => e.id === p.sourceOf[`a${i + 1}`]) as Entity);
}

const said = (source: string, content: string): AttrSpec => ({
  source,
  cue: 'said',
  content,
  after: source,
});

describe('source typing', () => {
  it('types a person with a body title or an outlet possessive as a named person', () => {
    const text =
      'Senate Majority Leader Ann Holt said the bill would pass. ' +
      "NBC's Dana Reyes said the vote was delayed. The State Department said talks would resume.";
    const got = sources(text, [
      said('Senate Majority Leader Ann Holt', 'the bill would pass'),
      said("NBC's Dana Reyes", 'the vote was delayed'),
      said('The State Department', 'talks would resume'),
    ]);
    expect(got.map((e) => [e.name, e.type])).toEqual([
      ['Ann Holt', 'named-person'],
      ['Dana Reyes', 'named-person'],
      ['The State Department', 'organization'],
    ]);
  });

  it("types a poll, an article or a report by an outlet as a document, and the outlet's own words as an outlet", () => {
    const text =
      'The Gallup/CNN poll found support falling. A Herald article said the mayor resigned. ' +
      'A new report by the Tribune said costs doubled. The Tribune said it stood by the story.';
    const got = sources(text, [
      { source: 'The Gallup/CNN poll', cue: 'found', content: 'support falling', after: 'The Gallup' },
      said('A Herald article', 'the mayor resigned'),
      said('A new report by the Tribune', 'costs doubled'),
      said('The Tribune', 'it stood by the story'),
    ]);
    expect(got.map((e) => e.type)).toEqual(['document', 'document', 'document', 'outlet']);
  });

  it('types unnamed groups of people and of bodies as anonymous', () => {
    const text =
      'Demonstrators said the police moved in. Fellow Republicans said the plan was dead. ' +
      "Millennials said rents were too high. Victims' groups said the law fell short.";
    const got = sources(text, [
      said('Demonstrators', 'the police moved in'),
      said('Fellow Republicans', 'the plan was dead'),
      said('Millennials', 'rents were too high'),
      said("Victims' groups", 'the law fell short'),
    ]);
    expect(got.map((e) => e.type)).toEqual(['anonymous', 'anonymous', 'anonymous', 'anonymous']);
  });

  it('links "the governor" to the person named with "Gov." and reads a title-case role as a role', () => {
    const text =
      'Gov. Tim Walsh signed the budget on Friday. The governor said taxes would not rise.\n\n' +
      'Retired General said the base would close, a local paper reported.';
    const got = sources(text, [
      said('The governor', 'taxes would not rise'),
      said('Retired General', 'the base would close'),
    ]);
    expect(got[0]).toMatchObject({ name: 'Tim Walsh', type: 'named-person' });
    expect(got[1]?.type).toBe('role-person');
  });

  it('types "the media" as an unnamed collective, a news website as an outlet and a platform as a company', () => {
    const text =
      'The mainstream media said the race was over. Breitbart.com said the race was close. ' +
      'Twitter said the account broke its rules. Russian state media said the talks failed.';
    const got = sources(text, [
      said('The mainstream media', 'the race was over'),
      said('Breitbart.com', 'the race was close'),
      said('Twitter', 'the account broke its rules'),
      said('Russian state media', 'the talks failed'),
    ]);
    expect(got.map((e) => e.type)).toEqual(['anonymous', 'outlet', 'organization', 'outlet']);
  });

  it('types an acronym as a body, not a person', () => {
    const text = 'The IMF said growth would slow. NATO said the drills were routine.';
    const got = sources(text, [
      said('The IMF', 'growth would slow'),
      said('NATO', 'the drills were routine'),
    ]);
    expect(got.map((e) => e.type)).toEqual(['organization', 'organization']);
  });
});
