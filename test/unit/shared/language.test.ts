import { describe, expect, it } from 'vitest';
import { dateLocale, languageNames, languages } from '../../../src/shared/language';

describe('the app languages', () => {
  it('writes English dates the British way, as used in Germany', () => {
    expect(dateLocale('de')).toBe('de-DE');
    expect(dateLocale('en')).toBe('en-GB');
  });

  it('uses any other language tag as it is, even one named like an object property', () => {
    expect(dateLocale('fr-CH')).toBe('fr-CH');
    expect(dateLocale('toString')).toBe('toString');
  });

  it('names every language in itself', () => {
    expect(languages.map((language) => languageNames[language])).toEqual(['Deutsch', 'English']);
  });
});
