import { describe, expect, it } from 'vitest';
import { isAnonymousSource } from './anonymous.js';

describe('isAnonymousSource', () => {
  it('flags sources that name nobody', () => {
    for (const s of [
      'officials',
      'a source',
      'a person familiar with the matter',
      'Trump aides',
      'one West Virginia official',
    ])
      expect(isAnonymousSource(s), s).toBe(true);
  });

  it('does not flag named people, outlets or documents', () => {
    for (const s of [
      "Trump's spokesperson, Liz Harrington",
      'Mike Schmidt, an economic policy adviser at the Clinton campaign',
      "Benjamin J. Rhodes, one of the president's closest aides,",
      'Politico',
      'a US intelligence report',
      'Holder',
    ])
      expect(isAnonymousSource(s), s).toBe(false);
  });
});
