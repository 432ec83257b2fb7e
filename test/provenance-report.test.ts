import { describe, expect, it } from 'vitest';
import { renderReport, reportStyle } from '../src/output/report.js';
import { entityGroup, renderProvenance } from '../src/output/report-provenance.js';
import { provenance } from '../src/provenance/index.js';
import { seedDoc } from './provenance-fixtures.js';

describe('provenance in the terminal report', () => {
  const doc = seedDoc();
  provenance(doc);
  const report = renderReport(doc, { width: 100 });
  const lines = report.split('\n');

  it('leads with the headline claim, its chain and sourcing summary, before the attributions', () => {
    const claim = lines.findIndex((l) => l.startsWith('Headline claim: Trump made a secret call'));
    expect(claim).toBeGreaterThan(0);
    expect(`${lines[claim + 1]} ${lines[claim + 2]?.trim()}`).toContain(
      'Second-hand: Business Insider → Politico → Alex Holder → the chief of staff (unnamed); hedged 7 times; denied by Liz Harrington; no record made public.',
    );
    expect(claim).toBeLessThan(lines.findIndex((l) => l.startsWith('Attributions (')));
    expect(report).toContain('No record: No official read out of such a call was ever made public.');
    expect(report).toMatch(/"I\s+believe" \(Alex Holder\)/);
    const section = lines.slice(
      claim,
      lines.findIndex((l) => l.startsWith('Attributions (')),
    );
    for (const l of section) expect(l.length).toBeLessThanOrEqual(100);
  });

  it('lists who the sources are, the profile and the dated timeline', () => {
    expect(report).toContain("Liz Harrington (named person, Trump's spokesperson) — 3 attributions");
    expect(report).toMatch(/Sourcing profile: 18 attributions/);
    expect(report).toMatch(/2020-10-25 {2}"that day" \(from context\)/);
  });

  it('groups attributions by resolved source when asked', () => {
    const grouped = renderReport(doc, { groupKey: entityGroup, width: 100 });
    expect(grouped).toContain('Alex Holder, named person (6)');
    expect(
      renderProvenance({ ...doc, provenance: undefined }, { style: reportStyle(false), width: 80 }),
    ).toEqual([]);
  });
});
