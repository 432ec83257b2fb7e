import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cueEntry, SPEECH_VERBS } from '../src/attribution/lexicon.js';
import { quotedAttributor } from '../src/attribution/quoted.js';
import { ruleAttributor } from '../src/attribution/rules/index.js';
import { type Attribution, analyze, type Document, type Span } from '../src/index.js';

const seed = readFileSync(new URL('../examples/seed/article.txt', import.meta.url), 'utf8');

function words(doc: Document, spans: readonly Span[]): string {
  return spans.map((s) => doc.text.slice(s.start, s.end)).join(' | ');
}

function rules(text: string): Document {
  return analyze(text, {}, { attributor: ruleAttributor });
}

/** The one attribution whose source, cue and content contain the given words. */
function find(doc: Document, source: string, cue: string, content: string): Attribution {
  const hits = doc.attributions.filter(
    (a) =>
      words(doc, a.source).includes(source) &&
      words(doc, a.cue).includes(cue) &&
      words(doc, a.content).includes(content),
  );
  const all = doc.attributions.map(
    (a) => `${words(doc, a.source)} / ${words(doc, a.cue)} / ${words(doc, a.content)}`,
  );
  expect(hits, `no ${source} / ${cue} / ${content} among:\n${all.join('\n')}`).toHaveLength(1);
  return hits[0] as Attribution;
}

describe('rule attributor on the seed article (EXPECTED.md)', () => {
  const doc = rules(seed);

  it('5-6: headline "report says" and key point "Politico reports"', () => {
    const headline = find(doc, 'report', 'says', 'Trump made a secret call to Vladimir Putin');
    expect(words(doc, headline.source)).toBe('report');
    expect(words(doc, find(doc, 'Politico', 'reports', 'mysterious call').source)).toBe('Politico');
  });

  it('7-8: filmmaker sources with said / told', () => {
    find(doc, 'A filmmaker recording Trump', 'said', 'he had an interview with Trump cancelled');
    const told = find(
      doc,
      'a British filmmaker',
      'told',
      'Former President Donald Trump made a mysterious call',
    );
    expect(words(doc, told.content).endsWith('election')).toBe(true);
  });

  it('9: the source keeps its relative clause, the content its "that"', () => {
    const a = find(doc, 'Alex Holder, who was filming', 'told', 'he had been scheduled');
    expect(words(doc, a.content)).toBe(
      'that he had been scheduled to film an interview with Trump on October 25, 2020',
    );
    expect(a.kind).toBe('indirect');
  });

  it('10, 17: Holder said, before and after the content', () => {
    expect(words(doc, find(doc, 'Holder', 'said', 'That interview was abruptly cancelled').content)).toBe(
      'That interview was abruptly cancelled on the day',
    );
    find(doc, 'Holder', 'said', 'the call to Putin was made while on a flight from New Hampshire to Maine');
  });

  it("11 (with 12-13): Holder's direct quote, continued in the next paragraph, with nested reports inside", () => {
    const quote = find(doc, 'Holder', 'told', 'My memory is that the chief of staff');
    expect(quote.kind).toBe('direct');
    expect(words(doc, quote.content)).toContain('I believe, if I remember correctly');
    const chief = find(doc, 'the chief of staff', 'said', 'the interview couldn');
    expect(chief.parent).toBe(quote.id);
  });

  it('14-16: Harrington pushes back, then speaks in direct quotes', () => {
    find(doc, "Trump's spokesperson, Liz Harrington", 'pushed back against', 'the claim');
    expect(find(doc, 'Harrington', 'said', 'totally made up story').kind).toBe('direct');
    const she = find(doc, 'she', 'said', 'Biden has given everything to Putin');
    expect(she.kind).toBe('direct');
    expect(words(doc, she.content)).not.toContain('apparently');
  });

  it('20-22: findings and conclusions', () => {
    // PolNeAR marks the relative pronoun as the source; linking it to Mueller is coreference.
    find(doc, 'who', 'found', 'evidence did not substantiate charges');
    find(doc, 'Mueller', 'did conclude', 'that Russia sought to help Trump win that election');
    find(doc, 'a US intelligence report', 'found', 'that Russia had sought to influence the election');
  });

  it('numbers attributions a1..an in cue order, each with a rule and confidence', () => {
    const starts = doc.attributions.map((a) => a.cue[0]?.start ?? -1);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    doc.attributions.forEach((a, i) => {
      expect(a.id).toBe(`a${i + 1}`);
      expect(a.why.by).toBe('rule');
      expect(a.why.confidence).toBeGreaterThan(0);
    });
  });
});

describe('rule attributor layouts (sentences from other news)', () => {
  it('postposed and inverted sources', () => {
    const doc = rules(
      'The campaign will not release the tapes, a spokesman said.\n\n"We have nothing to hide," said Jim Hodges, a Clinton backer.',
    );
    expect(words(doc, find(doc, 'a spokesman', 'said', 'campaign').content)).toBe(
      'The campaign will not release the tapes',
    );
    const inverted = find(doc, 'Jim Hodges, a Clinton backer', 'said', 'nothing to hide');
    expect(inverted.kind).toBe('direct');
  });

  it('told with a hearer and a time adjunct: content starts at "that"', () => {
    const doc = rules(
      'Sanders told reporters on Monday that he would stay in the race until the convention.',
    );
    const a = find(doc, 'Sanders', 'told', 'he would stay');
    expect(words(doc, a.content)).toBe('that he would stay in the race until the convention');
  });

  it('a quote with an adjunct after the cue, continued after the cue', () => {
    const doc = rules(
      '"I just heard the news," Trump said during an interview on Fox News. "They are moving it to Mexico."',
    );
    const a = find(doc, 'Trump', 'said', 'I just heard the news');
    expect(a.content).toHaveLength(2);
    expect(words(doc, a.content)).toContain('moving it to Mexico');
  });

  it('content stops before a clause PolNeAR leaves out', () => {
    const doc = rules(
      'Both sides have acknowledged that fixing the tax code will take time, which will become harder.',
    );
    expect(words(doc, find(doc, 'Both sides', 'have acknowledged', 'tax code').content)).toBe(
      'that fixing the tax code will take time',
    );
  });

  it('according to X, at the start and at the end', () => {
    const doc = rules(
      'According to the Census Bureau, the median income rose last year.\n\nTurnout fell sharply, according to exit polls.',
    );
    expect(words(doc, find(doc, 'the Census Bureau', 'According to', 'median income').content)).toBe(
      'the median income rose last year',
    );
    expect(words(doc, find(doc, 'exit polls', 'according to', 'Turnout').content)).toBe(
      'Turnout fell sharply',
    );
  });

  it('a noun cue with a possessor: "X\'s claim that"', () => {
    const doc = rules("Democrats rejected Trump's claim that the election was rigged.");
    find(doc, 'Trump', 'claim', 'that the election was rigged');
  });

  it('a paragraph that is all quotation continues the previous speaker', () => {
    const doc = rules(
      '"We will win this state," Clinton told supporters in Ohio.\n\n"And then we will win the White House."\n\nThe crowd cheered.',
    );
    const a = find(doc, 'Clinton', 'told', 'We will win this state');
    expect(words(doc, a.content)).toContain('win the White House');
    expect(doc.attributions).toHaveLength(1);
  });

  it('report verbs need a finding: "showed up" is no attribution, "a poll found" is', () => {
    expect(rules('Military officers showed up at her door.').attributions).toHaveLength(0);
    const doc = rules('A Quinnipiac poll found that 39 percent of voters blame the media.');
    find(doc, 'A Quinnipiac poll', 'found', 'that 39 percent');
  });

  it('two-apostrophe quotation marks, as in the New York Times archive', () => {
    const doc = rules(
      "''We have come close to maxing out the system,'' said Peter Orszag, a former budget director.",
    );
    const a = find(doc, 'Peter Orszag, a former budget director', 'said', 'maxing out');
    expect(a.kind).toBe('direct');
    expect(words(doc, a.content)).toBe("''We have come close to maxing out the system,''");
  });

  it('a participle takes the subject of its clause', () => {
    const doc = rules('Putin dismissed the allegation on Friday, saying he saw no evidence of wrongdoing.');
    find(doc, 'Putin', 'saying', 'he saw no evidence of wrongdoing');
  });

  it('reported beliefs and stances outside quotes', () => {
    const doc = rules(
      'Some Democrats now worry that turnout will fall.\n\nPaul Ryan endorsed Trump on Thursday.\n\nThe mayor declined to comment.',
    );
    find(doc, 'Some Democrats', 'worry', 'that turnout will fall');
    find(doc, 'Paul Ryan', 'endorsed', 'Trump');
    find(doc, 'The mayor', 'declined', 'to comment');
    expect(rules('Clinton would support the bill.').attributions).toHaveLength(0);
  });

  it('"continued" needs a quotation', () => {
    expect(rules('The senator continued his tour of the state.').attributions).toHaveLength(0);
    find(
      rules('The senator continued: "We will not give up."'),
      'The senator',
      'continued',
      'We will not give up',
    );
  });

  it('a speaker\'s own "I think" inside a quote is part of the quote', () => {
    const doc = rules('"I think that speaks volumes," she said.');
    expect(doc.attributions).toHaveLength(1);
    expect(find(doc, 'she', 'said', 'I think').kind).toBe('direct');
  });
});

describe('quoted-passage baseline', () => {
  it('takes each quotation with the nearest speech verb and the subject beside it', () => {
    const doc = analyze(
      '"This is a made up story," said Harrington. The vote is on Tuesday.',
      {},
      {
        attributor: quotedAttributor,
      },
    );
    expect(doc.attributions).toHaveLength(1);
    const a = doc.attributions[0] as Attribution;
    expect(words(doc, a.cue)).toBe('said');
    expect(words(doc, a.source)).toBe('Harrington');
    expect(words(doc, a.content)).toBe('"This is a made up story,"');
  });
});

describe('cue lexicon', () => {
  it('knows speech verbs and multi-word cues', () => {
    expect(SPEECH_VERBS.has('say')).toBe(true);
    expect(cueEntry('push back')?.class).toBe('speech');
    expect(cueEntry('believe')?.class).toBe('cognition');
    expect(cueEntry('table')).toBeUndefined();
  });
});
