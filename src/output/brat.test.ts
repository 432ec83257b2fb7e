import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { goldFileName } from '../eval/polnear.js';
import { type Attribution, createDocument, type Span } from '../model/document.js';
import { BratWriter, OffsetMap, parseBrat, toBrat } from './brat.js';

const DEV = new URL('../../../shared/data/polnear/dev/', import.meta.url);
const why = { by: 'rule' as const, rule: 'test/hand-built', confidence: 1 };

function attribution(id: string, source: Span[], cue: Span[], content: Span[]): Attribution {
  return { id, source, cue, content, kind: 'indirect', why };
}

describe('toBrat', () => {
  // Two astral characters before the spans: code points lag UTF-16 indices by 2.
  const text = '😀 🏛 Ms. Lee said\r\nthat taxes\nwill rise, she added, "soon".';
  const at = (s: string): Span => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length });
  const doc = createDocument(text);
  doc.attributions = [
    attribution('a1', [at('Ms. Lee')], [at('said')], [at('that taxes\nwill rise'), at('"soon"')]),
    attribution('a2', [], [at('added')], [at('"soon"')]),
  ];
  const ann = toBrat(doc);

  it('writes PolNeAR lines: Source, Cue, Content, trigger on the cue, E line', () => {
    // Code point offsets of a phrase: its UTF-16 offsets less the two astral characters' extra units.
    const cp = (s: string) => `${at(s).start - 2} ${at(s).end - 2}`;
    expect(ann.split('\n')).toEqual([
      `T1\tSource ${cp('Ms. Lee')}\tMs. Lee`,
      `T2\tCue ${cp('said')}\tsaid`,
      `T3\tContent ${cp('that taxes\nwill rise')};${cp('"soon"')}\tthat taxes will rise "soon"`,
      `T4\tAttribution ${cp('said')}\tsaid`,
      'E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1',
      `T5\tCue ${cp('added')}\tadded`,
      `T6\tContent ${cp('"soon"')}\t"soon"`,
      `T7\tAttribution-no-source ${cp('added')}\tadded`,
      'E2\tAttribution-no-source:T7 Content:T6 Cue:T5',
      '',
    ]);
  });

  it('round-trips through parseBrat to the same spans', () => {
    expect(parseBrat(ann, text)).toEqual(
      doc.attributions.map(({ source, cue, content }) => ({ source, cue, content })),
    );
  });

  it('writes nothing for a relation with neither cue nor content, and skips empty pieces', () => {
    const empty = createDocument(text);
    empty.attributions = [
      attribution('a1', [at('Ms. Lee')], [], []),
      attribution('a2', [{ start: 3, end: 3 }], [at('said')], []),
    ];
    expect(toBrat(empty)).toBe(
      `T1\tCue ${at('said').start - 2} ${at('said').end - 2}\tsaid\nT2\tAttribution-no-source ${at('said').start - 2} ${at('said').end - 2}\tsaid\nE1\tAttribution-no-source:T2 Cue:T1\n`,
    );
  });

  it('lets other layers add lines through the writer', () => {
    const withEntities = toBrat(doc, [
      (w) => {
        w.span('Entity', [at('Ms. Lee')]);
      },
    ]);
    expect(withEntities).toBe(`T1\tEntity ${at('Ms. Lee').start - 2} ${at('Ms. Lee').end - 2}\tMs. Lee\n`);
  });
});

describe('OffsetMap', () => {
  it('counts a lone surrogate as one code point, as a pair only when paired', () => {
    const text = 'a\uD83Dz😀b';
    const map = new OffsetMap(text);
    expect([0, 1, 2, 3, 5].map((i) => map.toCodePoint(i))).toEqual([0, 1, 2, 3, 4]);
    expect([0, 1, 2, 3, 4].map((c) => map.toUtf16(c))).toEqual([0, 1, 2, 3, 5]);
  });
});

describe('brat on PolNeAR dev', () => {
  const names = readdirSync(new URL('text/', DEV))
    .filter((f) => f.endsWith('.txt'))
    .map((f) => f.slice(0, -4));
  const annFiles = readdirSync(new URL('attributions/', DEV));

  it('writes every T line of the gold files exactly as PolNeAR has it', () => {
    let checked = 0;
    for (const file of annFiles.filter((f) => f.endsWith('.ann'))) {
      const name = names.find((n) => file.startsWith(`${n}_`)) as string;
      const text = readFileSync(new URL(`text/${name}.txt`, DEV), 'utf8');
      for (const line of readFileSync(new URL(`attributions/${file}`, DEV), 'utf8').split('\n')) {
        const m = /^T\d+\t(\S+) ([\d ;]+)\t/.exec(line);
        if (!m) continue;
        const spans = (m[2] as string).split(';').map((p) => {
          const [start, end] = p.split(' ').map(Number);
          return { start: start as number, end: end as number };
        });
        const w = new BratWriter(createDocument(text));
        w.span(m[1] as string, spans);
        expect(w.lines[0]?.split('\t').slice(1)).toEqual(line.split('\t').slice(1));
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(9000);
  });

  it('round-trips gold relations through toBrat and parseBrat', () => {
    for (const name of names.slice(0, 20)) {
      const text = readFileSync(new URL(`text/${name}.txt`, DEV), 'utf8');
      const gold = goldFileName(name, annFiles) as string;
      const relations = parseBrat(readFileSync(new URL(`attributions/${gold}`, DEV), 'utf8'), text);
      const doc = createDocument(text);
      doc.attributions = relations.map((r, i) => attribution(`a${i + 1}`, r.source, r.cue, r.content));
      expect(parseBrat(toBrat(doc), text)).toEqual(relations);
    }
  });
});
