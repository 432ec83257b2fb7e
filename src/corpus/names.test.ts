import { describe, expect, it } from 'vitest';
import { cleanName, resolveSurnames, speakerKey } from './names.js';

describe('speakerKey', () => {
  it('merges titled, initialled and possessive forms of one name', () => {
    const forms = [
      'Donald J. Trump',
      'Donald Trump',
      'Former President Donald Trump',
      "President Donald Trump's",
    ];
    expect(new Set(forms.map(speakerKey))).toEqual(new Set(['donald trump']));
    expect(speakerKey('Russian President Vladimir Putin')).toBe('vladimir putin');
    expect(speakerKey('Mr. Obama')).toBe('obama');
    expect(speakerKey('Sen. Lindsey Graham')).toBe('lindsey graham');
    expect(speakerKey('Democrat Hillary Clinton')).toBe('hillary clinton');
    expect(speakerKey('Republican nominee Donald Trump')).toBe('donald trump');
  });

  it('keeps organisations and outlets whole', () => {
    expect(speakerKey('the Democratic National Committee')).toBe('democratic national committee');
    expect(speakerKey('Republican Party')).toBe('republican party');
    expect(speakerKey('The New York Times')).toBe('new york times');
    expect(speakerKey('José Martínez Jr.')).toBe('jose martinez');
  });

  it('shows the name without titles in its own casing', () => {
    expect(cleanName('Former President Donald J. Trump')).toBe('Donald Trump');
  });
});

describe('resolveSurnames', () => {
  it('resolves a surname to the one full name in the article that ends with it', () => {
    const map = resolveSurnames(['alex holder', 'holder', 'donald trump', 'trump', 'biden']);
    expect(map.get('holder')).toBe('alex holder');
    expect(map.get('trump')).toBe('donald trump');
    expect(map.get('biden')).toBe('biden');
  });

  it('leaves an ambiguous surname alone', () => {
    expect(resolveSurnames(['bill clinton', 'hillary clinton', 'clinton']).get('clinton')).toBe('clinton');
  });
});
