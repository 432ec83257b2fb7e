import { describe, expect, it } from 'vitest';
import type { DocumentMeta } from '../src/model/document.js';
import type { Entity, Provenance } from '../src/model/provenance.js';
import { findMarkers, provenance, resolveSources } from '../src/provenance/index.js';
import { type AttrSpec, docWith } from './provenance-fixtures.js';

// General patterns, each on made-up sentences unlike the seed's.
function run(text: string, specs: AttrSpec[], meta: DocumentMeta = {}) {
  const doc = docWith(text, specs, meta);
  provenance(doc);
  const p = doc.provenance as Provenance;
  const source = (i: number): Entity => p.entities.find((e) => e.id === p.sourceOf[`a${i}`]) as Entity;
  const names = (ids: string[]) => ids.map((id) => p.entities.find((e) => e.id === id)?.name);
  const claim = (id: string) => p.claims.find((c) => c.id === id);
  const marker = (text: string) => p.markers.find((m) => m.text === text);
  return { doc, p, source, names, claim, marker };
}

describe('sources as entities', () => {
  it('resolves he and she by gender, and a surname to the full name', () => {
    const text =
      'Gov. Maria Lopez met Senator Tom Beck on Monday.\n\nLopez said the meeting went well. Beck said it was short.\n\nShe said a deal was close. He said there was no deal.';
    const { source } = run(text, [
      { source: 'Lopez', cue: 'said', content: 'the meeting went well', after: 'Lopez said' },
      { source: 'Beck', cue: 'said', content: 'it was short', after: 'Beck said' },
      { source: 'She', cue: 'said', content: 'a deal was close', after: 'She said' },
      { source: 'He', cue: 'said', content: 'there was no deal', after: 'He said' },
    ]);
    expect(source(1)).toMatchObject({ name: 'Maria Lopez', type: 'named-person' });
    expect(source(1).roles).toContain('Gov.');
    expect(source(2).name).toBe('Tom Beck');
    expect(source(3)).toBe(source(1));
    expect(source(4)).toBe(source(2));
  });

  it('reads an appositive role and a title, and "the spokesman" later as the same person', () => {
    const text =
      "City budget balanced, mayor's office says\n\nThe mayor's spokesman, Dan Ortiz, said the budget was balanced.\n\nThe spokesman added that taxes would not rise.\n\nFormer Treasury Secretary Ann Wu said the plan would fail.";
    const { source } = run(text, [
      {
        source: "The mayor's spokesman, Dan Ortiz",
        cue: 'said',
        content: 'the budget was balanced',
        after: 'The mayor',
      },
      {
        source: 'The spokesman',
        cue: 'added',
        content: 'that taxes would not rise',
        after: 'The spokesman added',
      },
      {
        source: 'Former Treasury Secretary Ann Wu',
        cue: 'said',
        content: 'the plan would fail',
        after: 'Former Treasury',
      },
    ]);
    expect(source(1)).toMatchObject({ name: 'Dan Ortiz', roles: ["mayor's spokesman"] });
    expect(source(2)).toBe(source(1));
    expect(source(3).name).toBe('Ann Wu');
    expect(source(3).roles).toContain('Former Treasury Secretary');
  });

  it('types anonymous sources, documents, organizations and role-only people', () => {
    const text =
      'A person familiar with the matter said talks had stalled. Officials said nothing.\n\nCourt filings show the firm owed money. The State Department said it was reviewing the case. The deputy chief of staff said he had not been told.';
    const { source } = run(text, [
      {
        source: 'A person familiar with the matter',
        cue: 'said',
        content: 'talks had stalled',
        after: 'A person',
      },
      { source: 'Officials', cue: 'said', content: 'nothing', after: 'Officials' },
      { source: 'Court filings', cue: 'show', content: 'the firm owed money', after: 'Court filings' },
      {
        source: 'The State Department',
        cue: 'said',
        content: 'it was reviewing the case',
        after: 'The State',
      },
      {
        source: 'The deputy chief of staff',
        cue: 'said',
        content: 'he had not been told',
        after: 'The deputy',
      },
    ]);
    expect(source(1).type).toBe('anonymous');
    expect(source(2).type).toBe('anonymous');
    expect(source(3).type).toBe('document');
    expect(source(4).type).toBe('organization');
    expect(source(5)).toMatchObject({ type: 'role-person', name: 'the deputy chief of staff' });
  });

  it('resolves "the newspaper" to the last outlet, "who" to its antecedent, and "I" in a quote to its speaker', () => {
    const text =
      'Union leader Rosa Park told The Boston Globe that a strike was likely.\n\nPark, who spoke to the newspaper by phone, said: "I expect a long fight."';
    const { p, source, doc } = run(text, [
      {
        source: 'Union leader Rosa Park',
        cue: 'told The Boston Globe',
        content: 'that a strike was likely',
        after: 'Union',
      },
      { source: 'who', cue: 'spoke to', content: 'the newspaper', after: 'Park, who' },
      { source: 'Park', cue: 'said', content: '"I expect a long fight."', after: 'Park, who' },
    ]);
    expect(source(2)).toBe(source(1));
    expect(source(3)).toBe(source(1));
    const globe = p.entities.find((e) => e.name === 'The Boston Globe');
    expect(globe?.type).toBe('outlet');
    expect(globe?.mentions.map((m) => doc.text.slice(m.start, m.end))).toContain('the newspaper');
    expect(source(1).mentions.map((m) => doc.text.slice(m.start, m.end))).toContain('I');
  });

  it('joins a lede description to the person named next, and types the publishers', () => {
    const text =
      'Storm hit the port, official says\n\nThe storm closed the port for a week, a senior harbor official told Reuters.\n\nKaren Bloom, who runs the harbor authority, told the agency that repairs would take months.';
    const { p, source, names } = run(
      text,
      [
        {
          source: 'a senior harbor official',
          cue: 'told Reuters',
          content: 'The storm closed the port for a week',
          after: 'The storm closed',
        },
        {
          source: 'Karen Bloom, who runs the harbor authority',
          cue: 'told the agency',
          content: 'that repairs would take months',
          after: 'Karen',
        },
      ],
      { siteName: 'Daily Portal', originalPublisher: 'Reuters' },
    );
    expect(source(1)).toBe(source(2));
    expect(source(1).roles).toContain('senior harbor official');
    expect(p.entities.find((e) => e.name === 'Reuters')?.type).toBe('publisher');
    const chain = p.chains.find((c) => c.attribution === 'a2');
    expect(names(chain?.entities ?? [])).toEqual(['Daily Portal', 'Reuters', 'Karen Bloom']);
  });

  it('drops time words and adverbs an attributor leaves on a source span', () => {
    const text =
      'Governor Ann Lee met the press.\n\nLee that day had dismissed the report. Lee also said taxes would fall.';
    const { source } = run(text, [
      { source: 'Lee that day', cue: 'had dismissed', content: 'the report', after: 'Lee that day' },
      { source: 'Lee also', cue: 'said', content: 'taxes would fall', after: 'Lee also' },
    ]);
    expect(source(1)).toMatchObject({ name: 'Ann Lee', type: 'named-person' });
    expect(source(2)).toBe(source(1));
  });

  it('names people joined by "and", and reads title-case common nouns as descriptions', () => {
    const text = 'New Polls Show Tight Race\n\nCruz and Rubio said the race was tight.';
    const { source } = run(text, [
      { source: 'New Polls', cue: 'Show', content: 'Tight Race', after: 'New Polls' },
      { source: 'Cruz and Rubio', cue: 'said', content: 'the race was tight', after: 'Cruz and' },
    ]);
    expect(source(1)).toMatchObject({ type: 'document', name: 'New Polls' });
    expect(source(2)).toMatchObject({ type: 'named-person', name: 'Cruz and Rubio' });
  });

  it('applies the lede rule only to a description introduced with "a"/"an"', () => {
    const text =
      'Deal reached, aides say\n\nNo official confirmed the deal on Monday.\n\nJane Doe, a spokeswoman, told reporters that talks went on.';
    const { source } = run(text, [
      { source: 'No official', cue: 'confirmed', content: 'the deal', after: 'No official' },
      {
        source: 'Jane Doe, a spokeswoman',
        cue: 'told reporters',
        content: 'that talks went on',
        after: 'Jane Doe',
      },
    ]);
    expect(source(1)).not.toBe(source(2));
    expect(source(1).type).toBe('anonymous');
  });

  it('is pure and callable on gold attributions', () => {
    const doc = docWith('Rep. Al Green said the vote was delayed.', [
      { source: 'Rep. Al Green', cue: 'said', content: 'the vote was delayed', after: 'Rep.' },
    ]);
    const before = JSON.stringify(doc);
    const r = resolveSources(doc);
    expect(r.entities[0]?.name).toBe('Al Green');
    expect(r.sourceOf.a1).toBe(r.entities[0]?.id);
    findMarkers(doc, r);
    expect(JSON.stringify(doc)).toBe(before);
  });
});

describe('chains', () => {
  it('nests a report of what someone else said, and calls it second-hand', () => {
    const text =
      'The coach said the captain told him that the team would strike.\n\nThe coach said he had cancelled practice.';
    const { p, names } = run(text, [
      {
        source: 'The coach',
        cue: 'said',
        content: 'the captain told him that the team would strike',
        after: 'The coach said the',
      },
      { source: 'the captain', cue: 'told him', content: 'that the team would strike', after: 'the captain' },
      { source: 'The coach', cue: 'said', content: 'he had cancelled practice', after: 'The coach said he' },
    ]);
    const chain = (id: string) => p.chains.find((c) => c.attribution === id);
    expect(names(chain('a2')?.entities ?? [])).toEqual(['the coach', 'the captain']);
    expect(chain('a1')?.firstHand).toBe(false);
    expect(chain('a2')?.firstHand).toBe(false);
    expect(chain('a3')?.firstHand).toBe(true);
  });

  it('calls a source second-hand when they relay what they were told, first-hand about their own acts', () => {
    const text = 'Ana Ruiz said she was told the plant would close. Ruiz said she resigned on Friday.';
    const { p } = run(text, [
      { source: 'Ana Ruiz', cue: 'said', content: 'she was told the plant would close', after: 'Ana Ruiz' },
      { source: 'Ruiz', cue: 'said', content: 'she resigned on Friday', after: 'Ruiz said she resigned' },
    ]);
    expect(p.chains.map((c) => c.firstHand)).toEqual([false, true]);
  });

  it("calls a claim second-hand when its source elsewhere relays someone else's words about it", () => {
    const text =
      '"The mayor has quit," Tom Ray told the Herald.\n\n"His driver said the mayor quit on Sunday."\n\nRay said he had met the mayor once.';
    const { p, claim } = run(text, [
      { source: 'Tom Ray', cue: 'told the Herald', content: '"The mayor has quit,"', after: '"The mayor' },
      { source: 'Ray', cue: 'said', content: 'he had met the mayor once', after: 'Ray said' },
    ]);
    expect(p.chains.find((c) => c.attribution === 'a1')?.firstHand).toBe(true);
    expect(claim('a1')?.assessment.firstHand).toBe(false);
    // The relayed speaker joins the chain even though no attribution was found for their words.
    const last = p.entities.find((e) => e.id === claim('a1')?.assessment.chain.at(-1));
    expect(last?.type).toBe('role-person');
    expect(p.relays.find((r) => r.attribution === 'a1')?.speaker).toBe(last?.id);
    expect(claim('a2')?.assessment.firstHand).toBe(true);
  });

  it('continues a quote into the next paragraph when it has no speech verb of its own', () => {
    const text =
      '"We were told to leave by noon," Jan Novak told the BBC.\n\n"I think the manager said that the building was unsafe."';
    const { p, source, names, marker } = run(text, [
      {
        source: 'Jan Novak',
        cue: 'told the BBC',
        content: '"We were told to leave by noon,"',
        after: '"We were',
      },
      { source: 'the manager', cue: 'said', content: 'that the building was unsafe', after: '"I think' },
    ]);
    expect(names(p.chains.find((c) => c.attribution === 'a2')?.entities ?? [])).toEqual([
      'BBC',
      'Jan Novak',
      'the manager',
    ]);
    expect(source(1).mentions.length).toBeGreaterThanOrEqual(2);
    expect(marker('I think')?.target.claim).toBe('a1');
  });
});

describe('markers', () => {
  const text =
    'Mayor Bill Ames denied the report. The contract was reportedly signed in May.\n\n' +
    'Records show the payment was made. The company did not respond to a request for comment.\n\n' +
    'It is unclear who approved it. The alleged payment came before the vote. Ames called the story "a hoax."';
  const specs: AttrSpec[] = [{ source: 'Ames', cue: 'called', content: '"a hoax."', after: 'Ames called' }];

  it('finds each kind with its rule id', () => {
    const { p } = run(text, specs);
    const got = p.markers.map((m) => [m.text, m.type, m.rule]);
    expect(got).toEqual(
      expect.arrayContaining([
        ['denied', 'denial', 'denial/verb'],
        ['reportedly', 'hedge', 'hedge/reportedly'],
        ['Records show', 'corroboration', 'corroboration/records-show'],
        ['did not respond to a request for comment', 'missing-record', 'missing/no-response'],
        ['It is unclear', 'hedge', 'hedge/unclear'],
        ['alleged', 'hedge', 'hedge/apparent'],
        ['hoax', 'denial', 'denial/made-up'],
      ]),
    );
  });

  it('targets a sentence hedge at its own unsourced claim, and a verb denial at its subject', () => {
    const { p, marker, claim } = run(text, specs);
    expect(claim(marker('reportedly')?.target.claim ?? '')?.kind).toBe('unsourced');
    const holder = marker('denied')?.holder;
    expect(holder && text.slice(holder.start, holder.end)).toBe('Mayor Bill Ames');
    expect(p.entities.find((e) => e.name === 'Bill Ames')?.mentions.length).toBeGreaterThan(1);
    expect(
      marker('alleged')?.target.span &&
        text.slice(marker('alleged')?.target.span?.start, marker('alleged')?.target.span?.end),
    ).toBe('alleged payment');
  });

  it('puts "did not respond" on the story, and "no evidence" on what it is about or its own sentence', () => {
    const text =
      'Council to sell the old library, mayor says\n\nThe mayor said the council would sell the old library.\n\n' +
      'The council did not respond to a request for comment. Critics found no evidence of a buyer for the library.';
    const { marker, claim } = run(text, [
      { source: 'mayor', cue: 'says', content: 'Council to sell the old library', after: 'Council to sell' },
      {
        source: 'The mayor',
        cue: 'said',
        content: 'the council would sell the old library',
        after: 'The mayor said',
      },
    ]);
    expect(marker('did not respond to a request for comment')?.target.claim).toBe('headline');
    expect(marker('no evidence')?.target.claim).toBe('headline');
    expect(claim('headline')?.assessment.summary).toMatch(
      /no response to a request for comment; no evidence\.$/,
    );
  });

  it('takes a denial verb outside a cue only when its object is a claim', () => {
    const { p } = run(
      'Voters rejected the senator. The senator rejected the allegation. The bill was rejected by the House.',
      [],
    );
    expect(p.markers.filter((m) => m.type === 'denial').map((m) => m.text)).toEqual(['rejected']);
    expect(p.markers[0]?.start).toBe('Voters rejected the senator. The senator '.length);
  });

  it('does not take "a sort of" or "this kind of" for a hedge, but takes "kind of" before a verb', () => {
    const { p } = run('It was a sort of victory. This kind of vote is rare. He kind of agreed.', []);
    expect(p.markers.map((m) => m.text)).toEqual(['kind of']);
  });

  it('takes "made up" for a denial only when it means invented', () => {
    const { p } = run(
      'Whites made up 36 percent of voters. The gap was made up by turnout. "It is a made-up story," he said.',
      [],
    );
    expect(p.markers.map((m) => [m.text, m.type])).toEqual([['made-up', 'denial']]);
  });

  it('leaves "could not possibly" and plain "could be" alone', () => {
    const { p } = run('It could not possibly have been worse. It could be a record year.', []);
    expect(p.markers).toEqual([]);
  });
});

describe('assessment and profile', () => {
  it('links a headline to the body attribution that says the same and summarises it', () => {
    const text =
      'Factory to close next year, workers say\n\n' +
      'The Dayton factory will close next year, two workers told the Dayton Daily News.\n\n' +
      'Plant manager Joe Hart denied that, and said the factory was hiring.';
    const { claim, p } = run(text, [
      { source: 'workers', cue: 'say', content: 'Factory to close next year', after: 'Factory to close' },
      {
        source: 'two workers',
        cue: 'told the Dayton Daily News',
        content: 'The Dayton factory will close next year',
        after: 'The Dayton',
      },
      { source: 'Plant manager Joe Hart', cue: 'denied', content: 'that', after: 'Plant manager' },
      {
        source: 'Plant manager Joe Hart',
        cue: 'said',
        content: 'the factory was hiring',
        after: 'Plant manager',
      },
    ]);
    const h = claim('headline');
    expect(h?.linked).toContain('a2');
    expect(h?.assessment.sourceTypes.anonymous).toBe(1);
    expect(h?.assessment.summary).toBe(
      'First-hand: Dayton Daily News → two workers (anonymous); denied by Joe Hart.',
    );
    expect(p.profile.sourceTypes.anonymous).toBe(2);
    expect(p.profile.outlets.length).toBe(1);
  });
});

describe('timeline', () => {
  it('resolves "the next day" against the last explicit date and "yesterday" against publication', () => {
    const text =
      'The council met on March 3, 2021. The next day, the mayor resigned.\n\nYesterday the council named a new mayor.';
    const { p } = run(text, [], { published: '2021-04-10' });
    const at = (t: string) => p.timeline.find((e) => e.text === t);
    expect(at('March 3, 2021')?.date).toBe('2021-03-03');
    expect(at('The next day')).toMatchObject({ date: '2021-03-04', anchor: 'context' });
    expect(at('Yesterday')).toMatchObject({ date: '2021-04-09', anchor: 'publication' });
  });

  it('puts "this week" in the publication week, and "today" in reported speech on the day told about', () => {
    const text =
      'Ed Cole said he met the mayor on May 4, 2021. "Her aide said the vote could not happen today," Cole said.\n\nThe council met this week.';
    const { p } = run(
      text,
      [
        { source: 'Her aide', cue: 'said', content: 'the vote could not happen today', after: '"Her aide' },
        {
          source: 'Cole',
          cue: 'said',
          content: '"Her aide said the vote could not happen today,"',
          after: '"Her aide',
        },
      ],
      { published: '2021-06-10' },
    );
    const at = (t: string) => p.timeline.find((e) => e.text === t);
    expect(at('this week')).toMatchObject({ date: '2021-06-07', precision: 'week', anchor: 'publication' });
    expect(at('today')).toMatchObject({ date: '2021-05-04', anchor: 'context' });
  });
});
