import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { de } from '../../src/renderer/i18n/de';
import { deKiosk } from '../../src/renderer/i18n/de-kiosk';
import { deMeeting } from '../../src/renderer/i18n/de-meeting';
import { dePanes } from '../../src/renderer/i18n/de-panes';
import { en } from '../../src/renderer/i18n/en';
import { enKiosk } from '../../src/renderer/i18n/en-kiosk';
import { enMeeting } from '../../src/renderer/i18n/en-meeting';
import { enPanes } from '../../src/renderer/i18n/en-panes';
import { appSuite } from './app-suite';
import { APP_ORIGIN } from './harness';
import { bundleText, gzippedKB, loadedBundleFiles } from './start-bundle';

const suite = appSuite();

/** Every text of a dictionary, without its keys. */
function texts(dictionary: object): string[] {
  return Object.values(dictionary).flatMap((value) =>
    typeof value === 'string' ? [value] : texts(value as object),
  );
}

/**
 * The texts that only this dictionary has, long enough not to turn up in code by
 * chance, and without the characters a minifier escapes in a string literal.
 */
function ownTexts(dictionary: object, ...others: object[]): string[] {
  const elsewhere = new Set(others.flatMap(texts));
  return texts(dictionary).filter(
    (text) => text.length >= 12 && !elsewhere.has(text) && !/[`\\\n]|\$\{/.test(text),
  );
}

/** Whether the code holds the text as a string literal of its own (not inside a name). */
const holds = (code: string, text: string) =>
  ['`', '"', "'"].some((quote) => code.includes(`${quote}${text}${quote}`));

const windows = {
  de: { locale: 'de-DE', own: de, other: en },
  en: { locale: 'en-US', own: en, other: de },
} as const;
// The meeting window's and the kiosk's: other windows load them.
const otherWindowsTexts = ownTexts({ ...deMeeting, ...enMeeting, ...deKiosk, ...enKiosk }, de, en);
// The panes' (details, forms, settings, notices): they come once the list shows.
const panesTexts = ownTexts({ ...dePanes, ...enPanes }, de, en);

// Work the app puts off until the browser is idle (fetching the panes) is not
// start-up: the test stops it, as npm run bench does, to see the start alone.
const noIdleWork = `window.requestIdleCallback = () => 0; window.cancelIdleCallback = () => {};`;

describe("the main window's start bundle", () => {
  for (const [language, { locale, own, other }] of Object.entries(windows)) {
    it(`holds the ${language} texts, not the other language's, the panes' or other windows', in 100 KB`, async () => {
      // A counsellor's usual start: the server is set up, the list shows.
      await writeFile(
        join(suite.userDataDir, 'settings.json'),
        JSON.stringify({ serverUrl: 'https://meet.beratung.example' }),
      );
      const app = await suite.start({ locale });
      await app.context.addInitScript({ content: noIdleWork });
      await app.page.goto(`${APP_ORIGIN}/index.html`);
      await app.page.getByRole('button', { name: own.nav.newAppointment }).waitFor();
      await app.page.waitForLoadState('networkidle');
      const files = await loadedBundleFiles(app.page);
      const code = await bundleText(files);

      const mine = ownTexts(own, other);
      expect(mine.length).toBeGreaterThan(50);
      expect(mine.filter((text) => !holds(code, text))).toEqual([]);
      expect(ownTexts(other, own).filter((text) => holds(code, text))).toEqual([]);
      expect(otherWindowsTexts.length).toBeGreaterThan(30);
      expect(otherWindowsTexts.filter((text) => holds(code, text))).toEqual([]);
      expect(panesTexts.length).toBeGreaterThan(100);
      expect(panesTexts.filter((text) => holds(code, text))).toEqual([]);
      // Issue 18's budget, gzip -9 as npm run bench reports it.
      expect(await gzippedKB(files)).toBeLessThanOrEqual(100);
    });
  }
});
