import { execFileSync, spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { pyFixed, pyRound } from './round.js';

describe('pyFixed', () => {
  it('rounds exact binary ties to even, as Python does', () => {
    expect(pyFixed(0.03125, 4)).toBe('0.0312');
    expect(pyFixed(0.0625, 3)).toBe('0.062');
    expect(pyFixed(0.5625, 3)).toBe('0.562');
    expect(pyFixed(0.1875, 3)).toBe('0.188');
    expect(pyRound(2.5, 0)).toBe(2);
  });

  it('rounds non-ties to the nearest, from the exact binary value', () => {
    expect(pyFixed(1 / 3, 4)).toBe('0.3333');
    expect(pyFixed(2 / 3, 3)).toBe('0.667');
    // 0.0135 is stored just below 0.0135.
    expect(pyFixed(0.0135, 3)).toBe('0.013');
    expect(pyFixed(1, 3)).toBe('1.000');
  });

  it.skipIf(spawnSync('python3', ['--version']).status !== 0)(
    'agrees with Python on every k/n, n <= 64',
    () => {
      const xs: number[] = [];
      for (let n = 1; n <= 64; n++) for (let k = 0; k <= n; k++) xs.push(k / n);
      const py = execFileSync(
        'python3',
        ['-c', 'import sys\nfor x in sys.stdin.read().split(): x=float(x); print(round(x, 4), f"{x:.3f}")'],
        {
          input: xs.map((x) => x.toString()).join('\n'),
          encoding: 'utf8',
        },
      )
        .trim()
        .split('\n');
      expect(
        xs.map((x) => `${pyRound(x, 4).toFixed(4).replace(/0+$/, '').replace(/\.$/, '.0')} ${pyFixed(x, 3)}`),
      ).toEqual(py);
    },
  );
});
