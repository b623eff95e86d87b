import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { de } from '../../src/renderer/i18n/de';
import { deCalendarImport } from '../../src/renderer/i18n/de-calendar-import';
import { en } from '../../src/renderer/i18n/en';
import { enCalendarImport } from '../../src/renderer/i18n/en-calendar-import';
import { appSuite } from './app-suite';
import { describeViolations, runAxe } from './axe';

const suite = appSuite();
const fixtures = join(import.meta.dirname, '../fixtures/calendar');
// The Outlook fixture's appointments are in January to April 2027: main's day is
// the Monday before the first, so the default 8 weeks take six and leave April's.
const monday = () => new Date('2027-01-11T06:00:00Z');
const start = (locale = 'en-US') => suite.start({ locale, now: monday });

/** A server set up, so the detail pane is the empty list's, not the first-start prompt. */
async function withServer(page: Page) {
  const set = await page.evaluate(() =>
    window.sprechstunde.settings.update({ serverUrl: 'https://meet.beratung.example' }),
  );
  if (!set.ok) throw new Error(`set-up failed: ${JSON.stringify(set)}`);
  await page.reload();
  // Rendered, and with it the window's drop handling.
  await page.getByRole('navigation', { name: /Appointments|Termine/ }).waitFor();
}

/** Every appointment in the store, by title, through the app's own API. */
async function storedTitles(page: Page): Promise<string[]> {
  const titles = await page.evaluate(async () => {
    const api = window.sprechstunde;
    // Any day will do: today, upcoming and past together are every appointment.
    const day = { start: 0, end: 86_400_000 };
    const titles: string[] = [];
    for (const view of ['today', 'upcoming', 'past'] as const) {
      const page = await api.appointments.query({ view, filter: '', day, offset: 0, limit: 200 });
      if (!page.ok) throw new Error(page.error.code);
      titles.push(...page.value.rows.map((row) => row.title));
    }
    return titles;
  });
  return titles.sort();
}

/** Chooses a file in "Import from calendar file…" as the system's picker would. */
async function chooseFile(page: Page, path: string, label = 'Import from calendar file…') {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: label, exact: true }).click();
  await (await chooser).setFiles(path);
}

const dialog = (page: Page) => page.getByRole('dialog');
const rowsOf = (page: Page, kind: string) =>
  dialog(page)
    .getByRole('table')
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: kind, exact: true }) });

describe('calendar import end to end', () => {
  it('imports an Outlook export after its preview, and again as updates without duplicates', async () => {
    const { page } = await start();
    await withServer(page);
    const outlook = join(fixtures, 'outlook-windows-zones.ics');

    await chooseFile(page, outlook);
    // The options first: 8 weeks and no description unless asked for.
    await expect.poll(() => dialog(page).getByLabel('Period').inputValue()).toBe('8');
    expect(
      await dialog(page).getByLabel('Copy the description into the private notes').isChecked(),
    ).toBe(false);
    await dialog(page).getByRole('button', { name: 'Show preview' }).click();

    const table = dialog(page).getByRole('table', { name: 'Preview: what the import will change' });
    await table.waitFor();
    expect(await dialog(page).textContent()).toContain('New: 6 · Updated: 0 · Skipped: 1');
    expect(await rowsOf(page, 'New').count()).toBe(6);
    // The moved occurrence carries its own title and time (14:00 Berlin, 13:00 UTC).
    expect(await rowsOf(page, 'New').allTextContents()).toContainEqual(
      expect.stringContaining('Schuldnerberatung Folgegespräch (verschoben)'),
    );
    const skipped = await rowsOf(page, 'Skipped').allTextContents();
    expect(skipped).toEqual([
      expect.stringMatching(
        /Erstgespräch Erziehungsberatung.*Already over, or after the chosen period/,
      ),
    ]);
    // Nothing is written before the counsellor confirms.
    expect(await storedTitles(page)).toEqual([]);

    await dialog(page).getByRole('button', { name: 'Import 6 appointments' }).click();
    await dialog(page).waitFor({ state: 'detached' });
    const notice = page.getByRole('status').filter({ hasText: 'Calendar file imported' });
    expect(await notice.textContent()).toContain('6 new appointments, 0 updated');
    // The focus is on what the import did, not lost with the dialog.
    expect(await notice.locator('p').evaluate((p) => p === document.activeElement)).toBe(true);
    const list = page.getByRole('listbox', { name: 'Appointments' });
    await expect
      .poll(() => list.getByRole('option').allTextContents())
      .toContainEqual(expect.stringContaining('Schuldnerberatung Folgegespräch'));
    const afterFirst = await storedTitles(page);
    expect(afterFirst).toHaveLength(6);

    // The same file again: nothing new, nothing to change, nothing to confirm.
    await chooseFile(page, outlook);
    await dialog(page).getByRole('button', { name: 'Show preview' }).click();
    await table.waitFor();
    expect(await dialog(page).textContent()).toContain('New: 0 · Updated: 0 · Skipped: 7');
    expect(await rowsOf(page, 'Skipped').allTextContents()).toContainEqual(
      expect.stringContaining('Already imported and unchanged since'),
    );
    expect(
      await dialog(page)
        .getByRole('button', { name: /^Import/ })
        .count(),
    ).toBe(0);
    await dialog(page).getByRole('button', { name: 'Cancel' }).click();
    await dialog(page).waitFor({ state: 'detached' });

    // Outlook moved the moved occurrence once more, to 15:00: an update, not an addition.
    const moved = join(suite.userDataDir, 'outlook-moved.ics');
    await writeFile(
      moved,
      (await readFile(outlook, 'utf8'))
        .replace(
          'DTSTART;TZID="W. Europe Standard Time":20270126T140000',
          'DTSTART;TZID="W. Europe Standard Time":20270126T150000',
        )
        .replace(
          'DTEND;TZID="W. Europe Standard Time":20270126T145000',
          'DTEND;TZID="W. Europe Standard Time":20270126T155000',
        ),
    );
    await chooseFile(page, moved);
    await dialog(page).getByRole('button', { name: 'Show preview' }).click();
    await table.waitFor();
    expect(await dialog(page).textContent()).toContain('New: 0 · Updated: 1 · Skipped: 6');
    const [update] = await rowsOf(page, 'Updated').allTextContents();
    // Old and new time, in the counsellor's zone (the browser's).
    const at = (iso: string) =>
      page.evaluate(
        (iso) => new Date(iso).toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit' }),
        iso,
      );
    expect(update).toContain(
      `before: Tue 26 Jan 2027, ${await at('2027-01-26T13:00:00Z')}–${await at('2027-01-26T13:50:00Z')}`,
    );
    expect(update).toContain(
      `now: Tue 26 Jan 2027, ${await at('2027-01-26T14:00:00Z')}–${await at('2027-01-26T14:50:00Z')}`,
    );
    await dialog(page).getByRole('button', { name: 'Import 1 appointment' }).click();
    await dialog(page).waitFor({ state: 'detached' });
    await expect.poll(() => notice.textContent()).toContain('0 new appointments, 1 updated');
    expect(await storedTitles(page)).toEqual(afterFirst);
  });

  it('refuses a broken file with a clear message and changes nothing', async () => {
    const { page } = await start();
    await withServer(page);
    await chooseFile(page, join(fixtures, 'outlook-windows-zones.ics'));
    await dialog(page).getByRole('button', { name: 'Show preview' }).click();
    await dialog(page).getByRole('button', { name: 'Import 6 appointments' }).click();
    await dialog(page).waitFor({ state: 'detached' });
    const before = await storedTitles(page);

    await chooseFile(page, join(fixtures, 'broken-folding.ics'));
    await dialog(page).getByRole('button', { name: 'Show preview' }).click();
    const alert = dialog(page).getByRole('alert');
    await expect.poll(() => alert.textContent()).toContain('This file cannot be imported');
    expect(await alert.textContent()).toContain(
      enCalendarImport.calendarImport.errors['broken-folding'],
    );
    expect(await alert.textContent()).toContain('Nothing has been changed.');
    await dialog(page).getByRole('button', { name: 'Close' }).click();
    await dialog(page).waitFor({ state: 'detached' });
    expect(await storedTitles(page)).toEqual(before);
  });

  it('takes one .ics file dropped on the window, and says why it takes no other', async () => {
    const { page } = await start();
    await withServer(page);
    const ics = await readFile(join(fixtures, 'google-utc.ics'), 'utf8');
    /** Drags files over the window and drops them, as the system's file manager would. */
    const drop = async (files: { name: string; text: string }[]) => {
      const data = await page.evaluateHandle((files) => {
        const data = new DataTransfer();
        for (const { name, text } of files) data.items.add(new File([text], name));
        return data;
      }, files);
      const over = await page.evaluate((data) => {
        window.dispatchEvent(new DragEvent('dragenter', { dataTransfer: data }));
        const over = new DragEvent('dragover', { dataTransfer: data, cancelable: true });
        window.dispatchEvent(over);
        return over.defaultPrevented;
      }, data);
      const target = page.locator('.drop-target');
      await target.waitFor();
      const shown = await target.textContent();
      const dropped = await page.evaluate((data) => {
        const drop = new DragEvent('drop', { dataTransfer: data, cancelable: true });
        window.dispatchEvent(drop);
        return drop.defaultPrevented;
      }, data);
      await target.waitFor({ state: 'detached' });
      // A drag or drop the page did not cancel would make the browser open the file.
      return { shown, cancelled: over && dropped };
    };
    const shown = en.calendarFile.dropHere;

    const two = await drop([
      { name: 'a.ics', text: ics },
      { name: 'b.ics', text: ics },
    ]);
    expect(two).toEqual({ shown, cancelled: true });
    const alert = page.getByRole('alert');
    await expect.poll(() => alert.textContent()).toContain(en.calendarFile.oneFileOnly);

    await drop([{ name: 'Termine.xlsx', text: 'not a calendar' }]);
    await expect
      .poll(() => alert.textContent())
      .toContain('“Termine.xlsx” is not a calendar file. Choose a file ending in .ics');
    expect(await dialog(page).count()).toBe(0);

    await drop([{ name: 'google.ics', text: ics }]);
    await expect.poll(() => dialog(page).textContent()).toContain('File: google.ics');
  });

  for (const [language, texts, dialogTexts, locale] of [
    ['de', de, deCalendarImport, 'de-DE'],
    ['en', en, enCalendarImport, 'en-US'],
  ] as const) {
    it(`has no axe violations in the import dialog and its preview (${language})`, async () => {
      const { page } = await start(locale);
      await withServer(page);
      const check = async (screen: string) => {
        const violations = await runAxe(page);
        expect
          .soft(violations, `${screen} (${language}):\n${describeViolations(violations)}`)
          .toEqual([]);
      };
      await chooseFile(page, join(fixtures, 'outlook-windows-zones.ics'), texts.calendarFile.open);
      await dialog(page)
        .getByRole('button', { name: dialogTexts.calendarImport.showPreview })
        .waitFor();
      await check('import options');
      await dialog(page)
        .getByRole('button', { name: dialogTexts.calendarImport.showPreview })
        .click();
      await dialog(page).getByRole('table').waitFor();
      await check('import preview');
      await dialog(page).getByRole('button', { name: dialogTexts.calendarImport.cancel }).click();
      await chooseFile(page, join(fixtures, 'broken-folding.ics'), texts.calendarFile.open);
      await dialog(page)
        .getByRole('button', { name: dialogTexts.calendarImport.showPreview })
        .click();
      await dialog(page).getByRole('alert').waitFor();
      await check('import refused');
    });
  }
});
