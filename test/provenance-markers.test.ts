import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Provenance } from '../src/model/provenance.js';
import { provenance } from '../src/provenance/index.js';
import { eachStem, stemKey } from '../src/provenance/markers.js';
import { MARKER_RULES } from '../src/provenance/markers-lexicon.js';
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
    expect(got.filter(([, type]) => type === 'corroboration')).toEqual([
      ['audit confirmed', 'corroboration'],
    ]);
  });

  it('takes a claim discounted, called into question, put to rest or contradicted by a record', () => {
    const got = markers(
      'Officials discounted the report. The data calls into serious question those claims. ' +
        'The numbers put to rest the notion that turnout fell. The footage directly contradicted what the officers said. ' +
        'She not only brushed off the findings but went on. He discounted the price. Aides swatted away the flies.',
    );
    expect(got).toEqual([
      ['discounted', 'denial'],
      ['calls into serious question', 'denial'],
      ['put to rest', 'denial'],
      ['contradicted', 'denial'],
      ['brushed off', 'denial'],
    ]);
  });

  it('takes a story said to be made up, "not what happened" and a fact-checker deeming statements false', () => {
    const got = markers(
      '"She made the story up," he said. "That\'s not what happened," the economist said. ' +
        'PolitiFact deemed those statements false. His view is dangerously wrong, she said. They made up the difference.',
    );
    expect(got).toEqual([
      ['made the story up', 'denial'],
      ["That's not what happened", 'denial'],
      ['deemed those statements false', 'denial'],
      ['dangerously wrong', 'denial'],
    ]);
  });
});

describe('records cited and kept back', () => {
  it('takes a charge pleaded against, a prediction proved wrong, "none of this is true" and a claim that may not hold water', () => {
    const got = markers(
      'He pleaded not guilty to the charges. The result proved that prediction wrong. None of this, of course, is true. ' +
        'The argument may not hold water, experts said. The team proved its worth. Some of this is true.',
    );
    expect(got).toEqual([
      ['pleaded not guilty', 'denial'],
      ['proved that prediction wrong', 'denial'],
      ['None of this, of course, is true', 'denial'],
      ['may not hold water', 'denial'],
    ]);
  });

  it('takes questions skirted or refused, records deleted or stonewalled, and a record that does not exist', () => {
    const got = markers(
      'She skirted the opening question. "I\'m not going to answer that," he said. She hasn\'t made herself available to reporters. ' +
        'The emails that were deleted are gone. The agency stonewalled records requests. He took undisclosed loans. ' +
        'There was no photograph of the meeting. He made the claim without evidence. They toured the Stonewall Inn. ' +
        'He deleted the post. Investigators seized her files.',
    );
    expect(got.map(([, type]) => type)).toEqual(Array(8).fill('missing-record'));
    expect(got.map(([text]) => text)).toEqual([
      'skirted the opening question',
      'not going to answer',
      "hasn't made herself available",
      'emails that were deleted',
      'stonewalled',
      'undisclosed',
      'There was no photograph',
      'without evidence',
    ]);
  });

  it('takes claims shown false, overstated or a canard, numbers that do not add up and doubt cast on a claim', () => {
    const got = markers(
      'The claim was shown to be false. The gains were wildly overstated. He called it a common misconception. ' +
        '"The numbers don\'t add up," she said. The audit cast doubt on the report. She is sadly mistaken. The sums add up. The votes did not add up to 270.',
    );
    expect(got.map(([, type]) => type)).toEqual(Array(6).fill('denial'));
    expect(got.map(([text]) => text)).toEqual([
      'shown to be false',
      'were wildly overstated',
      'a common misconception',
      "don't add up",
      'cast doubt on',
      'sadly mistaken',
    ]);
  });

  it('takes questions referred elsewhere, a party keeping mum, a search that found nothing and no source cited', () => {
    const got = markers(
      'Aides referred questions to the campaign. The White House kept mum about the timing. ' +
        'The inquiry found virtually nothing. He did not cite a source for the claim. The agency has been unresponsive. ' +
        'She found a new job.',
    );
    expect(got.map(([, type]) => type)).toEqual(Array(5).fill('missing-record'));
  });

  it('takes a party not saying whether, not discussing, giving a non-answer, and records redacted or lacking', () => {
    const got = markers(
      "He is not saying whether he would support it. She wouldn't discuss the case. It was a non-answer. " +
        'Parts of the emails were redacted. There is a lack of a paper trail. Neither company would comment on the reports. ' +
        'She discussed the case at length.',
    );
    expect(got.map(([, type]) => type)).toEqual(Array(6).fill('missing-record'));
  });

  it('takes a claim misconstrued, roundly discredited or carrying little weight, and reports that show', () => {
    const got = markers(
      'Trump said his words were misconstrued. The theory has been roundly discredited. ' +
        'The objections carry little weight, the judge said. The reports show a rise in giving. ' +
        'The forecast, based on current polling, favors her. The heavy box carried little.',
    );
    expect(got).toEqual([
      ['misconstrued', 'denial'],
      ['roundly discredited', 'denial'],
      ['carry little weight', 'denial'],
      ['reports show', 'corroboration'],
      ['based on current polling', 'corroboration'],
    ]);
  });

  it('reads a no-break space as a space', () => {
    expect(markers('She leads, according to a\u00a0poll of 400 voters.')).toEqual([
      ['according to a\u00a0poll', 'corroboration'],
    ]);
  });

  it('takes a study cited by where a finding is, "in a recent study,", and a poll that gave a lead', () => {
    const got = markers(
      'In a recent study, economists tracked wages. The NBC poll gave Trump a lead. He read the report in the study room.',
    );
    expect(got).toEqual([
      ['In a recent study', 'corroboration'],
      ['poll gave', 'corroboration'],
    ]);
  });

  it('takes polls cited by standing, not voters heading to the polls or polling places', () => {
    const got = markers(
      'She leads in national polls. In a Washington Post-ABC News poll, 40 percent agreed. His poll numbers fell. ' +
        'Ben was polling No. 1 in October. Voters head to the polls on Tuesday. They met in front of a polling place.',
    );
    expect(got).toEqual([
      ['in national polls', 'corroboration'],
      ['In a Washington Post-ABC News poll', 'corroboration'],
      ['poll numbers', 'corroboration'],
      ['polling No.', 'corroboration'],
    ]);
  });

  it('takes findings of a study, report or researchers and a record cited as where a fact is seen', () => {
    const got = markers(
      'The study concluded that wages fell. The researchers found that jobs moved. ' +
        'In the video, he grabs her arm. The paper, citing internal documents, reported the loss. She appeared in the video.',
    );
    expect(got).toEqual([
      ['study concluded', 'corroboration'],
      ['researchers found', 'corroboration'],
      ['In the video', 'corroboration'],
      ['citing internal documents', 'corroboration'],
    ]);
  });

  it('takes a question not answered, records destroyed or their release fought, and a record that cannot tell', () => {
    const got = markers(
      'Asked whether he would vote for her, Johnson demurred. He avoided a direct answer. She declined to weigh in. ' +
        'The campaign has not commented. She deleted 30,000 emails. The mayor resisted release of the video. ' +
        'How many worked there cannot be determined from the FEC filings. The affidavit does not indicate whether he was interviewed. ' +
        'He answered every question. The city released the video.',
    );
    expect(got.map(([, type]) => type)).toEqual(Array(8).fill('missing-record'));
    expect(got.map(([text]) => text)).toEqual([
      'demurred',
      'avoided a direct answer',
      'declined to weigh in',
      'has not commented',
      'deleted 30,000 emails',
      'resisted release',
      'cannot be determined from',
      'does not indicate',
    ]);
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

describe('denial verbs need a claim as their object', () => {
  it('takes a claim denied, disputed or dismissed, not a denial negated, a thing refused or a dispute', () => {
    const got = markers(
      'The woman disputes the idea that she was ill. Israel disputes this. He dismissed the reports as lies. ' +
        'She did not deny that she met him. The city denied them access. The dispute centers on the rolls. ' +
        'The disputed waters are vast. The request was denied. Voters could dismiss these actions as theatre.',
    );
    expect(got.filter(([, type]) => type === 'denial')).toEqual([
      ['disputes', 'denial'],
      ['disputes', 'denial'],
      ['dismissed', 'denial'],
    ]);
  });

  it('takes a claim pushed back against or disagreed with, and one denied before its verb', () => {
    const got = markers(
      'The campaign pushed back against Mr. Sanders\'s attack on her record. "We disagree strongly with those claims," he said. ' +
        'He says he was fired for his service, a claim that the office strongly disputes.',
    );
    expect(got.filter(([, type]) => type === 'denial').map(([text]) => text)).toEqual([
      'pushed back',
      'disagree strongly with',
      'disputes',
    ]);
  });
});

describe('claims called lies, false or mistaken', () => {
  it('takes a claim called a lie or lied about, not lies in general', () => {
    const got = markers(
      'That comment is a lie. Carson called that report a "boldfaced lie." He is lying about her support for the deal. ' +
        'Everything he says is a lie. Stop lying. I will not be lied about. Trouble lies ahead.',
    );
    expect(got).toEqual([
      ['lie', 'denial'],
      ['lie', 'denial'],
      ['lying', 'denial'],
    ]);
  });

  it('takes the reporter correcting a claim and a claim that was "not the case"', () => {
    const got = markers(
      'The state incorrectly stated that 12,000 voters were felons. He implied he had applied, but that was not the case. ' +
        'So Clinton got that wrong. The suit is meritless. It was a trumped-up violation. When he is wrong, it costs him.',
    );
    expect(got).toEqual([
      ['incorrectly stated', 'denial'],
      ['was not the case', 'denial'],
      ['got that wrong', 'denial'],
      ['meritless', 'denial'],
      ['trumped-up', 'denial'],
    ]);
  });

  it('takes "That\'s ridiculous", not a ridiculous candidate or "not a ridiculous idea"', () => {
    const got = markers(
      '"That\'s ridiculous," he said. She is the most ridiculous candidate. "I don\'t think this is a ridiculous idea," he said.',
    );
    expect(got.filter(([, type]) => type === 'denial')).toEqual([['ridiculous', 'denial']]);
  });
});

describe('records cited as showing something', () => {
  it('does not read "according to" across a sentence, nor "not unfounded" as a denial', () => {
    const got = markers(
      'The emails were sent by Clinton, according to a State Department spokesman. The emails will not be released. ' +
        'Campus skepticism was not completely unfounded.',
    );
    expect(got.filter(([, type]) => type === 'corroboration' || type === 'denial')).toEqual([]);
  });

  it('takes a record with a phrase between it and its verb, "polls that show" and "according to" a named poll', () => {
    const got = markers(
      'A 2014 study by a law professor found 31 cases. The transcript of the debate – published by the Post – shows the exchange. ' +
        'He cited polls that show him ahead. A video surfaced showing her stumble. ' +
        'Clinton leads, according to a recent Reuters/Ipsos poll. The footage released by the family did not show a gun.',
    );
    expect(got.filter(([, type]) => type === 'corroboration').map(([text]) => text)).toEqual([
      'study by a law professor found',
      'transcript of the debate – published by the Post – shows',
      'polls that show',
      'video surfaced showing',
      'according to a recent Reuters/Ipsos poll',
    ]);
  });

  it('takes a fact-check ruling a statement "true" and a fact confirmed, not a nominee confirmed by the Senate', () => {
    const got = markers(
      'PolitiFact ruled that the statement is "true." It was a calculation by the campaign, a fact later confirmed by the department. ' +
        'He was confirmed by the Senate in 2012.',
    );
    expect(got.filter(([, type]) => type === 'corroboration').map(([text]) => text)).toEqual([
      '"true',
      'confirmed',
    ]);
  });
});

describe('parties that do not answer and records kept back', () => {
  it('takes declining to say, not returning calls, being unreachable and "no comment", curly or straight', () => {
    const got = markers(
      'The aide declined to say whether he was paid. The campaign did not return a phone message. ' +
        'Ms. Ortiz could not be reached for comment. Mr. Lee wouldn’t say how much it cost. ' +
        'The group said it had no comment. "No comment," he said.',
    );
    expect(got).toEqual([
      ['declined to say', 'missing-record'],
      ['did not return a phone message', 'missing-record'],
      ['could not be reached', 'missing-record'],
      ['wouldn’t say', 'missing-record'],
      ['had no comment', 'missing-record'],
      ['"No comment', 'missing-record'],
    ]);
  });

  it('takes a figure not disclosed, details withheld and no data, not words refused or a reply in kind', () => {
    const got = markers(
      'The price was not disclosed. She has not provided details about the plan. The order gave no reasons. ' +
        'There is no data to suggest that. The board kept the list secret. ' +
        'He refused to say the words on stage. I did not say what they claim. He did not respond in kind.',
    );
    expect(got).toEqual([
      ['was not disclosed', 'missing-record'],
      ['has not provided', 'missing-record'],
      ['gave no reasons', 'missing-record'],
      ['no data to suggest', 'missing-record'],
      ['kept the list secret', 'missing-record'],
    ]);
  });
});

describe('more ways of rejecting a claim', () => {
  it('takes claims distorted, misstated or called a myth, malarkey or untrue, not a distorted market', () => {
    const got = markers(
      'The aide said his comments were mischaracterized. An earlier article misstated the date. ' +
        '"There\'s a myth out there that he will win," she said. "It\'s a bunch of malarkey," he said. ' +
        'The claim isn’t true. Subsidies are distorting the global economy. If it wasn’t true, why say it?',
    );
    expect(got).toEqual([
      ['mischaracterized', 'denial'],
      ['misstated', 'denial'],
      ['myth', 'denial'],
      ['malarkey', 'denial'],
      ['isn’t true', 'denial'],
    ]);
  });

  it('takes denials made and a claim laughed off, not a denial of access', () => {
    const got = markers(
      'He repeated his denials. She laughed off the allegations. The court upheld the denial of access.',
    );
    expect(got).toEqual([
      ['denials', 'denial'],
      ['laughed off', 'denial'],
    ]);
  });
});

describe('more records cited as showing something', () => {
  it('takes polls showing, photos showed, estimates put and a count cited, not a video put out', () => {
    const got = markers(
      'Polls showing her ahead worried him. Photos showed the crowd. Estimates put the cost at $5 million. ' +
        'She leads by 40 delegates, according to a count by the AP. A video put out by the campaign mocked him.',
    );
    expect(got).toEqual([
      ['Polls showing', 'corroboration'],
      ['Photos showed', 'corroboration'],
      ['Estimates put', 'corroboration'],
      ['according to a count', 'corroboration'],
    ]);
  });
});

describe('rule stems', () => {
  // findMarkers scans a block with a rule only when the block holds one of the rule's stems, so
  // every match of every rule must hold one; checked on real articles (first 69 dev, every 4th train).
  const root = fileURLToPath(new URL('../../shared/data/polnear/', import.meta.url));
  const texts = [
    ...readdirSync(`${root}/dev/text`)
      .sort()
      .slice(0, 69)
      .map((f) => `${root}/dev/text/${f}`),
    ...readdirSync(`${root}/train/text`)
      .sort()
      .filter((_, i) => i % 4 === 0)
      .map((f) => `${root}/train/text/${f}`),
  ].map((f) => readFileSync(f, 'utf8'));

  it('are held by every match of every rule', () => {
    let matches = 0;
    for (const rule of MARKER_RULES) {
      const keys = new Set(rule.stems.map(stemKey));
      const re = new RegExp(rule.pattern.source, `${rule.pattern.flags.replace('g', '')}g`);
      for (const text of texts)
        for (const m of text.matchAll(re)) {
          const held: number[] = [];
          eachStem(m[0], (k) => held.push(k));
          expect(
            held.some((k) => keys.has(k)),
            `${rule.id}: "${m[0]}"`,
          ).toBe(true);
          matches++;
        }
    }
    expect(matches).toBeGreaterThan(900);
  });

  it('are lower-case letters, four at most', () => {
    for (const rule of MARKER_RULES) {
      expect(rule.stems.length, rule.id).toBeGreaterThan(0);
      for (const s of rule.stems) expect(s, rule.id).toMatch(/^[a-z]{1,4}$/);
    }
  });
});
