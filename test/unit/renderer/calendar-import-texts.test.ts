import { describe, expect, it } from 'vitest';
import { deCalendarImport } from '../../../src/renderer/i18n/de-calendar-import';
import { enCalendarImport } from '../../../src/renderer/i18n/en-calendar-import';
import { icsErrorCodes, skipReasons } from '../../../src/shared/calendar-import';

// Read as plain records: the test must see a missing text, not the compiler.
const languages = { de: deCalendarImport, en: enCalendarImport } as Record<
  string,
  { calendarImport: Record<string, unknown> }
>;

function textsOf(language: string, group: 'errors' | 'skipReasons'): Record<string, unknown> {
  return (languages[language]!.calendarImport[group] ?? {}) as Record<string, unknown>;
}

describe('the calendar import texts', () => {
  for (const language of Object.keys(languages)) {
    it(`explain every refused file in ${language}`, () => {
      const texts = textsOf(language, 'errors');
      const missing = icsErrorCodes.filter(
        (code) => typeof texts[code] !== 'string' || texts[code].trim() === '',
      );
      expect(missing).toEqual([]);
      // And no text for a code that no longer exists.
      expect(Object.keys(texts).sort()).toEqual([...icsErrorCodes].sort());
    });

    it(`explain every skipped event in ${language}`, () => {
      const texts = textsOf(language, 'skipReasons');
      const missing = skipReasons.filter(
        (reason) => typeof texts[reason] !== 'string' || texts[reason].trim() === '',
      );
      expect(missing).toEqual([]);
      expect(Object.keys(texts).sort()).toEqual([...skipReasons].sort());
    });
  }
});
