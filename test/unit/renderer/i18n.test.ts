import { describe, expect, it } from 'vitest';
import { de as deStart } from '../../../src/renderer/i18n/de';
import { deCalendarImport } from '../../../src/renderer/i18n/de-calendar-import';
import { deKiosk } from '../../../src/renderer/i18n/de-kiosk';
import { deMeeting } from '../../../src/renderer/i18n/de-meeting';
import { dePanes } from '../../../src/renderer/i18n/de-panes';
import { deScreens } from '../../../src/renderer/i18n/de-screens';
import { enScreens } from '../../../src/renderer/i18n/en-screens';
import { allTexts } from '../../fixtures/i18n';

// Every window's texts, with the screen-sharing pages' (they use no i18next).
const de = { ...allTexts.de, ...deScreens };
const en = { ...allTexts.en, ...enScreens };

/** Every key path with its text, e.g. `deviceCheck.camera.heading`. */
function entries(texts: object, prefix = ''): [string, string][] {
  return Object.entries(texts).flatMap(([key, value]): [string, string][] =>
    typeof value === 'string'
      ? [[`${prefix}${key}`, value]]
      : entries(value as object, `${prefix}${key}.`),
  );
}
const placeholders = (text: string) =>
  [...text.matchAll(/{{\s*(\w+)\s*}}/g)].map((m) => m[1]).sort();

describe('the translations', () => {
  it('have the same keys in German and English', () => {
    expect(entries(en).map(([key]) => key)).toEqual(entries(de).map(([key]) => key));
  });

  it('fill in the same placeholders in both languages', () => {
    const english = new Map(entries(en));
    for (const [key, text] of entries(de)) {
      expect(placeholders(english.get(key)!), key).toEqual(placeholders(text));
    }
  });

  it('keep each section in one part: a window that loads several merges them whole', () => {
    const parts = { deStart, dePanes, deMeeting, deKiosk, deCalendarImport, deScreens };
    const owners = new Map<string, string[]>();
    for (const [part, texts] of Object.entries(parts)) {
      for (const section of Object.keys(texts)) {
        owners.set(section, [...(owners.get(section) ?? []), part]);
      }
    }
    expect([...owners].filter(([, inParts]) => inParts.length > 1)).toEqual([]);
  });

  it('leave no text empty', () => {
    for (const [key, text] of [...entries(de), ...entries(en)]) {
      expect(text.trim(), key).not.toBe('');
    }
  });
});
