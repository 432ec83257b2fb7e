import type { Span } from '../model/document.js';
import { type BratRelation, OffsetMap } from '../output/brat.js';
import type { AnnotatedArticle } from './polnear.js';
import { pyFixed, pyRound } from './round.js';
import { type CpSpan, pythonChars, tokenSet, tokens, trim } from './spans.js';

/**
 * A port of the reference scorer, /work/shared/tools/score_attributions.py:
 * same metrics, same greedy matching order, same rounding. Keys are the
 * Python's, so `--json` output compares field for field.
 */

const ROLES = ['cue', 'source', 'content'] as const;
type Role = (typeof ROLES)[number];

export interface Prf {
  p: number;
  r: number;
  f1: number;
  tp: number;
  fp: number;
  fn: number;
}

export interface Scores {
  articles: number;
  articles_without_prediction_file: number;
  span_exact: Record<Role, Prf>;
  token: Record<Role, Prf>;
  relation_overlap: Prf;
  relation_exact: Prf;
}

/** A relation as the scorer sees it: trimmed code point pieces and the token sets they cover. */
interface Scored {
  spans: Record<Role, CpSpan[]>;
  keys: Record<Role, string>;
  toks: Record<Role, Set<number>>;
}

function prf(tp: number, fp: number, fn: number): Prf {
  const p = tp + fp ? tp / (tp + fp) : 0;
  const r = tp + fn ? tp / (tp + fn) : 0;
  const f = p + r ? (2 * p * r) / (p + r) : 0;
  return { p: pyRound(p, 4), r: pyRound(r, 4), f1: pyRound(f, 4), tp, fp, fn };
}

const triple = (): Record<Role, [number, number, number]> => ({
  cue: [0, 0, 0],
  source: [0, 0, 0],
  content: [0, 0, 0],
});

function intersectionSize(a: Set<number>, b: Set<number>): number {
  let n = 0;
  for (const x of a) if (b.has(x)) n++;
  return n;
}

function union(sets: Set<number>[]): Set<number> {
  const out = new Set<number>();
  for (const s of sets) for (const x of s) out.add(x);
  return out;
}

interface TextView {
  /** Back to the code point numbers of the .ann file... */
  map: OffsetMap;
  /** ...applied to the text as Python reads it. */
  chars: string[];
  toks: CpSpan[];
}

// Training scores one article many times over (calibration): keep the last few texts' views.
const views = new Map<string, TextView>();

function textView(text: string): TextView {
  let view = views.get(text);
  if (!view) {
    const chars = pythonChars(text);
    view = { map: new OffsetMap(text), chars, toks: tokens(chars) };
    if (views.size >= 16) views.delete(views.keys().next().value as string);
    views.set(text, view);
  }
  return view;
}

/**
 * Scores predicted relations against gold, article by article. Spans are
 * UTF-16 offsets into each article's text (as `parseBrat` gives them); an
 * article missing from `pred` counts as "no prediction file".
 */
export function score(gold: readonly AnnotatedArticle[], pred: ReadonlyMap<string, BratRelation[]>): Scores {
  const exact = triple();
  const tok = triple();
  const rel: [number, number, number] = [0, 0, 0];
  const relExact: [number, number, number] = [0, 0, 0];
  let missing = 0;
  for (const article of gold) {
    const { map, chars, toks } = textView(article.text);
    const prepare = (r: BratRelation): Scored => {
      const out = { spans: {}, keys: {}, toks: {} } as Scored;
      for (const role of ROLES) {
        const pieces = trim(
          chars,
          r[role].map((s: Span): CpSpan => [map.toCodePoint(s.start), map.toCodePoint(s.end)]),
        );
        out.spans[role] = pieces;
        out.keys[role] = pieces.join(';');
        out.toks[role] = tokenSet(toks, pieces);
      }
      return out;
    };
    const predicted = pred.get(article.name);
    if (predicted === undefined) missing++;
    const g = article.relations.map(prepare);
    const p = (predicted ?? []).map(prepare);

    for (const role of ROLES) {
      const count = (rels: Scored[]) => {
        const m = new Map<string, number>();
        for (const r of rels)
          if (r.spans[role].length > 0) m.set(r.keys[role], (m.get(r.keys[role]) ?? 0) + 1);
        return m;
      };
      const gc = count(g);
      const pc = count(p);
      let tp = 0;
      for (const [k, c] of gc) tp += Math.min(c, pc.get(k) ?? 0);
      const total = (m: Map<string, number>) => [...m.values()].reduce((x, y) => x + y, 0);
      exact[role][0] += tp;
      exact[role][1] += total(pc) - tp;
      exact[role][2] += total(gc) - tp;
      const gt = union(g.map((r) => r.toks[role]));
      const pt = union(p.map((r) => r.toks[role]));
      const both = intersectionSize(gt, pt);
      tok[role][0] += both;
      tok[role][1] += pt.size - both;
      tok[role][2] += gt.size - both;
    }

    const used = new Set<number>();
    const usedExact = new Set<number>();
    for (const pr of p) {
      let best: number | undefined;
      let bestScore = -1;
      g.forEach((gr, i) => {
        if (used.has(i)) return;
        const cue = intersectionSize(pr.toks.cue, gr.toks.cue);
        if ((pr.toks.cue.size > 0 || gr.toks.cue.size > 0) && cue === 0) return;
        const pcs = pr.toks.content;
        const gcs = gr.toks.content;
        const content = intersectionSize(pcs, gcs);
        if (pcs.size > 0 !== gcs.size > 0) return;
        if (pcs.size > 0 && content < 0.5 * Math.min(pcs.size, gcs.size)) return;
        const source = intersectionSize(pr.toks.source, gr.toks.source);
        if (pr.toks.source.size > 0 !== gr.toks.source.size > 0) return;
        if (pr.toks.source.size > 0 && source === 0) return;
        const s = content + cue + source;
        if (s > bestScore) {
          best = i;
          bestScore = s;
        }
      });
      if (best === undefined) rel[1]++;
      else {
        used.add(best);
        rel[0]++;
      }
      const match = g.findIndex(
        (gr, i) => !usedExact.has(i) && ROLES.every((r) => pr.keys[r] === gr.keys[r]),
      );
      if (match < 0) relExact[1]++;
      else {
        usedExact.add(match);
        relExact[0]++;
      }
    }
    rel[2] += g.length - used.size;
    relExact[2] += g.length - usedExact.size;
  }
  const perRole = (t: Record<Role, [number, number, number]>) =>
    ({ cue: prf(...t.cue), source: prf(...t.source), content: prf(...t.content) }) as Record<Role, Prf>;
  return {
    articles: gold.length,
    articles_without_prediction_file: missing,
    span_exact: perRole(exact),
    token: perRole(tok),
    relation_overlap: prf(...rel),
    relation_exact: prf(...relExact),
  };
}

/** The reference scorer's table. */
export function formatScores(s: Scores): string {
  const row = (label: string, m: Prf) =>
    `${label.padEnd(28)} ${pyFixed(m.p, 3).padStart(6)} ${pyFixed(m.r, 3).padStart(6)} ${pyFixed(m.f1, 3).padStart(6)}`;
  const lines = [
    `articles ${s.articles}  (no prediction file: ${s.articles_without_prediction_file})`,
    `${'metric'.padEnd(28)} ${'P'.padStart(6)} ${'R'.padStart(6)} ${'F1'.padStart(6)}`,
  ];
  for (const kind of ['span_exact', 'token'] as const)
    for (const role of ROLES) lines.push(row(`${kind} ${role}`, s[kind][role]));
  for (const kind of ['relation_overlap', 'relation_exact'] as const) lines.push(row(kind, s[kind]));
  return `${lines.join('\n')}\n`;
}

/** JSON as the reference scorer prints it (`json.dumps(indent=1)`, floats with a decimal point). */
export function scoresJson(s: Scores): string {
  return `${JSON.stringify(s, null, 1).replace(/("(?:p|r|f1)": -?\d+)(,?)$/gm, '$1.0$2')}\n`;
}
