import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { PassThrough } from 'node:stream';
import { beforeAll, describe, expect, it } from 'vitest';
import type { AnnotatedArticle } from '../src/eval/polnear.js';
import { createDocument, type Span } from '../src/model/document.js';
import { evalCommand } from '../src/node/cli/eval.js';
import { readPolnear } from '../src/node/polnear.js';
import { type BratRelation, toBrat } from '../src/output/brat.js';

const DEV = new URL('../../shared/data/polnear/dev/', import.meta.url).pathname;
const SCORER = new URL('../../shared/tools/score_attributions.py', import.meta.url).pathname;
const ARTICLES = [
  'breitbart_2016-09-12_stealth-over-health-hillary-clin',
  'breitbart_2016-09-15_pat-caddell-democrat-voters-worr',
  'politico_2016-09-08_flynn-says-trump-absolutely-righ',
  'wash-post_2016-09-26_charlotte-struggles-to-return-to',
];
const hasPython = spawnSync('python3', ['--version']).status === 0;

/** A small deterministic PRNG, so perturbations are the same on every run. */
function random(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s / 2147483648;
  };
}

function writeAnn(path: string, text: string, relations: BratRelation[]): void {
  const doc = createDocument(text);
  doc.attributions = relations.map((r, i) => ({
    id: `a${i + 1}`,
    ...r,
    kind: 'indirect',
    why: { by: 'rule', rule: 'test/perturbed', confidence: 1 },
  }));
  writeFileSync(path, toBrat(doc));
}

/** Gold with errors a model makes: dropped and duplicated relations, shifted spans, lost sources, swapped contents. */
function perturb(article: AnnotatedArticle, rand: () => number): BratRelation[] {
  const n = article.text.length;
  const shift = (spans: Span[]) =>
    spans.map((s) => {
      const start = Math.min(n, Math.max(0, s.start + Math.floor(rand() * 7) - 3));
      return { start, end: Math.min(n, Math.max(start, s.end + Math.floor(rand() * 7) - 3)) };
    });
  const out: BratRelation[] = [];
  article.relations.forEach((r, i) => {
    const x = rand();
    if (x < 0.15) return;
    const next = article.relations[i + 1];
    if (x < 0.3) out.push({ ...r, cue: shift(r.cue), content: shift(r.content) });
    else if (x < 0.4) out.push({ ...r, source: [] });
    else if (x < 0.5 && next) out.push({ ...r, content: next.content });
    else if (x < 0.55) out.push(r, { ...r, source: shift(r.source) });
    else out.push(r);
  });
  return out;
}

/** Runs `hearsay eval` in-process and returns its stdout. */
async function runEval(args: string[]): Promise<string> {
  const stdout = new PassThrough();
  const chunks: Buffer[] = [];
  stdout.on('data', (c: Buffer) => chunks.push(c));
  const code = await evalCommand.run(args, { stdout, stderr: new PassThrough(), stdin: new PassThrough() });
  expect(code).toBe(0);
  return Buffer.concat(chunks).toString('utf8');
}

/** The reference scorer's output (table and --json) for each prediction folder, from one Python process. */
function python(gold: string, preds: string[]): Map<string, { table: string; json: string }> {
  const script = `
import contextlib, io, sys
sys.path.insert(0, ${JSON.stringify(dirname(SCORER))})
import score_attributions
gold, preds = sys.argv[1], sys.argv[2:]
for pred in preds:
    for flags in ([], ["--json"]):
        sys.argv = ["score_attributions.py", gold, pred] + flags
        out = io.StringIO()
        with contextlib.redirect_stdout(out):
            score_attributions.main()
        print(out.getvalue(), end="\\0")
`;
  const out = execFileSync('python3', ['-c', script, gold, ...preds], { encoding: 'utf8' }).split('\0');
  return new Map(preds.map((p, i) => [p, { table: out[2 * i] as string, json: out[2 * i + 1] as string }]));
}

describe.skipIf(!hasPython)('hearsay eval equals the reference scorer', () => {
  const root = mkdtempSync(join(tmpdir(), 'hearsay-eval-'));
  const gold = join(root, 'gold');
  let reference = new Map<string, { table: string; json: string }>();
  beforeAll(() => {
    mkdirSync(join(gold, 'text'), { recursive: true });
    mkdirSync(join(gold, 'attributions'), { recursive: true });
    const annFiles = readdirSync(join(DEV, 'attributions'));
    for (const name of ARTICLES) {
      copyFileSync(join(DEV, 'text', `${name}.txt`), join(gold, 'text', `${name}.txt`));
      for (const f of annFiles.filter((f) => f.startsWith(`${name}_`)))
        copyFileSync(join(DEV, 'attributions', f), join(gold, 'attributions', f));
    }
    // Astral characters and CRLF: code point offsets and Python's universal newlines.
    const text =
      'Staff left early, he added. Emoji 😀 here.\r\nThe mayor 🏛 said that "taxes will rise".\r\nAides said so, she added.\r\n';
    const at = (s: string, from = 0) => ({
      start: text.indexOf(s, from),
      end: text.indexOf(s, from) + s.length,
    });
    writeFileSync(join(gold, 'text', 'synthetic.txt'), text);
    writeAnn(join(gold, 'attributions', 'synthetic_abcd.ann'), text, [
      { source: [at('The mayor 🏛')], cue: [at('said that')], content: [at('"taxes will rise"')] },
      { source: [at('she')], cue: [at('added', text.indexOf('she'))], content: [at('Aides said so')] },
      { source: [at('Aides')], cue: [at('said so')], content: [at('so')] },
      { source: [at('he')], cue: [at('added')], content: [at('Staff left')] },
      { source: [at('he')], cue: [at('added')], content: [at('left early')] },
    ]);
    // A prediction matching both of the last two equally well: the first wins, so the second prediction goes unmatched.
    mkdirSync(join(root, 'ties'));
    writeAnn(join(root, 'ties', 'synthetic.ann'), text, [
      { source: [at('he')], cue: [at('added')], content: [at('left')] },
      { source: [at('he')], cue: [at('added')], content: [at('Staff')] },
    ]);

    const articles = readPolnear(gold);
    mkdirSync(join(root, 'same'));
    for (const a of articles) writeAnn(join(root, 'same', `${a.name}.ann`), a.text, a.relations);
    for (const seed of [1, 2]) {
      const pred = join(root, `perturbed-${seed}`);
      mkdirSync(pred);
      const rand = random(seed);
      // One run leaves an article without a prediction file.
      for (const a of articles.slice(seed % 2))
        writeAnn(join(pred, `${a.name}.ann`), a.text, perturb(a, rand));
    }
    mkdirSync(join(root, 'messy'));
    writeFileSync(
      join(root, 'messy', `${ARTICLES[0]}.ann`),
      [
        'T1\tSource 89 106\tThe New York Post',
        'T2\tCue 107 114\treports',
        'T3\tContent 115 1e2\tbad offset',
        'T4\tContent 115 290;292 300\tok',
        'T5\tCue 0x10 20\thex',
        '#1\tAnnotatorNotes T1\tnote',
        'E1\tAttribution:T2 Content2:T4 Cue:T2 Source:T1 Bogus:T1',
        'E2\tAttribution:T5 Cue:T5 Content:T3',
        'T6\tCue 554 565\thas learned\r\nE3\tAttribution:T6 Cue:T6',
      ].join('\n'),
    );
    reference = python(
      gold,
      ['same', 'perturbed-1', 'perturbed-2', 'messy', 'ties'].map((d) => join(root, d)),
    );
  });

  it('scores gold against itself as the Python does', async () => {
    const ours = await runEval(['--gold', gold, '--pred', join(root, 'same'), '--json']);
    expect(JSON.parse(ours).relation_overlap.f1).toBe(1);
    expect(ours).toBe(reference.get(join(root, 'same'))?.json);
  });

  it('scores perturbed predictions as the Python does, to the byte', async () => {
    for (const seed of [1, 2]) {
      const pred = join(root, `perturbed-${seed}`);
      const json = await runEval(['--gold', gold, '--pred', pred, '--json']);
      expect(JSON.parse(json).relation_overlap.f1).toBeLessThan(1);
      expect(JSON.parse(json).relation_overlap.f1).toBeGreaterThan(0.3);
      expect(json).toBe(reference.get(pred)?.json);
      expect(await runEval(['--gold', gold, '--pred', pred])).toBe(reference.get(pred)?.table);
    }
  });

  it('breaks ties in relation matching as the Python does', async () => {
    const pred = join(root, 'ties');
    const json = await runEval(['--gold', gold, '--pred', pred, '--json']);
    expect(JSON.parse(json).relation_overlap).toMatchObject({ tp: 1, fp: 1 });
    expect(json).toBe(reference.get(pred)?.json);
  });

  it("reads brat files with the reference parser's tolerance", async () => {
    const pred = join(root, 'messy');
    expect(await runEval(['--gold', gold, '--pred', pred, '--json'])).toBe(reference.get(pred)?.json);
  });
});

describe('hearsay eval usage', () => {
  it('names a missing --gold and a missing corpus', async () => {
    await expect(runEval([])).rejects.toThrow(/--gold DIR is required/);
    await expect(runEval(['--gold', '/nonexistent'])).rejects.toThrow(/no text\/ folder/);
  });
});
