import { execFileSync, spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { pythonChars, tokens, trim } from './spans.js';

// Combining marks, connector punctuation, Python-only white space (\x1c, \x85), BOM, astral letters and digits.
const NASTY = 'Cafe\u0301 a\u203fb x_y 42\u0662 \x1cA\x85B\ufeffC 𝐀𝐁 😀! «“Quoted,”» —\r\nend\u00a0…';

describe('reference scorer tokens', () => {
  it.skipIf(spawnSync('python3', ['--version']).status !== 0)(
    'equal re.finditer(r"\\w+|[^\\w\\s]") in Python',
    () => {
      const py = execFileSync(
        'python3',
        [
          '-c',
          'import io,re,sys,json\nt=io.TextIOWrapper(sys.stdin.buffer,encoding="utf-8",newline=None).read()\nprint(json.dumps([[m.start(),m.end()] for m in re.finditer(r"\\w+|[^\\w\\s]", t)]))',
        ],
        // Read as the scorer's open() reads: universal newlines.
        { input: NASTY, encoding: 'utf8' },
      );
      expect(tokens(pythonChars(NASTY))).toEqual(JSON.parse(py));
    },
  );

  it("split words at combining marks, as Python's \\w does", () => {
    const chars = pythonChars('Cafe\u0301s');
    expect(tokens(chars)).toEqual([
      [0, 4],
      [4, 5],
      [5, 6],
    ]);
  });
});

describe('trim', () => {
  it('strips edge quotes and punctuation, drops empty pieces and sorts', () => {
    const chars = pythonChars('“He left,” she said. ...');
    expect(
      trim(chars, [
        [11, 19],
        [0, 11],
        [20, 24],
      ]),
    ).toEqual([
      [1, 8],
      [11, 19],
    ]);
  });
});
