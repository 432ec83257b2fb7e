import { describe, expect, it } from 'vitest';
import { likelyOriginal, publisherKey } from './original.js';

describe('likelyOriginal', () => {
  it('names the copy the others credit, even when it was published later', () => {
    const copies = [
      { id: 1, siteName: 'Yahoo News', originalPublisher: 'Business Insider', published: '2022-06-01' },
      { id: 2, siteName: 'businessinsider.com', published: '2022-06-02' },
    ];
    expect(likelyOriginal(copies)).toBe(2);
  });

  it('prefers a copy that credits nobody, then the earliest published', () => {
    expect(
      likelyOriginal([
        { id: 1, siteName: 'A', originalPublisher: 'Reuters', published: '2020-01-01' },
        { id: 2, siteName: 'B', published: '2020-01-03' },
        { id: 3, siteName: 'C', published: '2020-01-02' },
      ]),
    ).toBe(3);
    expect(likelyOriginal([{ id: 5 }, { id: 4 }])).toBe(4);
  });

  it('compares publisher names and domains', () => {
    expect(publisherKey('https://www.BusinessInsider.com/news')).toBe(publisherKey('Business Insider'));
    expect(publisherKey('The Washington Post')).toBe('washingtonpost');
  });
});
