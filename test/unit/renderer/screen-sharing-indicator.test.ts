import { describe, expect, it } from 'vitest';
import {
  indicatorLanguage,
  indicatorTexts,
} from '../../../src/renderer/screen-sharing-indicator/texts';

describe('the screen-sharing indicator page', () => {
  it('speaks the language main puts in its query, German otherwise', () => {
    expect(indicatorLanguage('?lang=en')).toBe('en');
    expect(indicatorLanguage('?lang=de')).toBe('de');
    expect(indicatorLanguage('?lang=fr')).toBe('de');
    expect(indicatorLanguage('')).toBe('de');
  });

  it('says who shares the screen and offers to stop or hide', () => {
    expect(indicatorTexts('de')).toEqual({
      sharing: 'Sprechstunde teilt Ihren Bildschirm',
      stop: 'Freigabe beenden',
      hide: 'Ausblenden',
    });
    expect(indicatorTexts('en')).toEqual({
      sharing: 'Sprechstunde is sharing your screen',
      stop: 'Stop sharing',
      hide: 'Hide',
    });
  });
});
