import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { APPOINTMENT_SCHEMA_VERSION } from '../../src/shared/appointment-document';
import { manyAppointments } from '../fixtures/appointments';
import { appSuite } from './app-suite';
import { describeViolations, runAxe } from './axe';

const suite = appSuite();

const start = (locale = 'en-US') => suite.start({ locale });

/** What has the focus, by its accessible text; 'body' when the focus was lost. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const element = document.activeElement;
    if (!element || element === document.body) return 'body';
    return (element.getAttribute('aria-label') ?? element.textContent ?? '').trim();
  });

/** Tomorrow's date as the date input wants it, so the appointment lands under "Upcoming". */
function tomorrow(): string {
  const date = new Date();
  date.setDate(date.getDate() + 1);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

async function createAppointment(page: Page, title: string, client = 'K-17') {
  await page.getByRole('button', { name: 'New appointment' }).click();
  await page.getByLabel('Title').fill(title);
  await page.getByLabel('Client label').fill(client);
  await page.getByLabel('Date').fill(tomorrow());
  await page.getByLabel('Time').fill('10:30');
  await page.getByLabel('Duration (minutes)').fill('45');
  await page.getByLabel('Private notes').fill('Bring the letters from the bank');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect.poll(() => page.getByRole('heading', { name: title }).count()).toBe(1);
}

describe('appointments end to end', () => {
  it('creates an appointment, lists it, edits it, and still has it after a restart', async () => {
    const { page } = await start();
    await createAppointment(page, 'First consultation');

    await page.getByRole('button', { name: /Upcoming/ }).click();
    const list = page.getByRole('listbox', { name: 'Appointments' });
    await expect
      .poll(() => list.getByRole('option').allTextContents())
      .toEqual([expect.stringContaining('First consultation')]);

    await page.getByRole('button', { name: 'Edit' }).click();
    await page.getByLabel('Title').fill('Follow-up consultation');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await expect.poll(() => list.getByRole('option').first().textContent()).toContain('Follow-up');
    await suite.stop();

    const restarted = await start();
    await restarted.page.getByRole('button', { name: /Upcoming/ }).click();
    const option = restarted.page
      .getByRole('listbox', { name: 'Appointments' })
      .getByRole('option');
    await expect
      .poll(() => option.allTextContents())
      .toEqual([expect.stringContaining('Follow-up consultation')]);
    await option.click();
    const details = restarted.page.getByRole('article');
    await expect.poll(() => details.textContent()).toContain('Bring the letters from the bank');
    expect(await details.textContent()).toContain('45 min');
  });

  it('moves a corrupt store aside, starts, and tells the user where the file went', async () => {
    await writeFile(join(suite.userDataDir, 'appointments.json'), '{"schemaVersion":1,"appointm');
    const { page } = await start();
    const alert = page.getByRole('alert');
    await expect.poll(() => alert.textContent()).toContain('could not be read (damaged)');
    const moved = (await readdir(suite.userDataDir)).find((name) => name.includes('.corrupt-'))!;
    expect(await alert.textContent()).toContain(join(suite.userDataDir, moved));
    expect(await readFile(join(suite.userDataDir, moved), 'utf8')).toBe(
      '{"schemaVersion":1,"appointm',
    );

    await createAppointment(page, 'After the accident');
    expect((await readdir(suite.userDataDir)).sort()).toEqual(
      [moved, 'appointments.sealed', 'logs'].sort(),
    );
  });

  it('speaks German on a German system, including form errors', async () => {
    const { page } = await start('de-DE');
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('de');
    await page.getByRole('button', { name: 'Neuer Termin' }).click();
    await page.getByRole('button', { name: 'Speichern', exact: true }).click();
    const issue = page.locator('.field-issue').first();
    await expect.poll(() => issue.textContent()).toBe('Bitte geben Sie einen Titel ein.');
    expect(await page.getByLabel('Titel').getAttribute('aria-invalid')).toBe('true');
    expect(await page.getByRole('alert').textContent()).toContain('Bitte prüfen Sie');
    expect(await page.getByRole('button', { name: /Heute/ }).count()).toBe(1);
  });

  it('switches the language in the settings and keeps it', async () => {
    const { page } = await start('de-DE');
    await page.getByRole('button', { name: 'Einstellungen' }).click();
    await page.getByLabel('Sprache').selectOption('en');
    await page.getByRole('button', { name: 'Speichern', exact: true }).click();
    await expect.poll(() => page.getByRole('button', { name: 'New appointment' }).count()).toBe(1);
    await suite.stop();
    const again = await start('de-DE');
    await expect
      .poll(() => again.page.getByRole('button', { name: 'New appointment' }).count())
      .toBe(1);
  });

  it('can be used with the keyboard alone: create, open from the list, cancel, delete', async () => {
    const { page } = await start();
    const keyboard = page.keyboard;
    // First start: the server prompt has focus. The counsellor puts it off.
    const serverField = page.getByLabel('Jitsi server address');
    await expect
      .poll(() => serverField.evaluate((input) => input === document.activeElement))
      .toBe(true);
    await keyboard.press('Tab'); // Save
    await keyboard.press('Tab'); // Later
    await keyboard.press('Enter');
    await serverField.waitFor({ state: 'detached' });
    // The focus lands on what comes next, with the next step offered.
    await expect.poll(() => focused(page)).toBe('No appointments yet');
    // The skip link comes first, before the top bar, and leads to the main area.
    await page.getByRole('button', { name: 'Settings' }).focus();
    await keyboard.press('Shift+Tab');
    expect(await focused(page)).toBe('Skip to main content');
    await keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('MAIN');
    await keyboard.press('Tab'); // Create the first appointment
    await keyboard.press('Enter');
    const title = page.getByLabel('Title');
    await expect.poll(() => title.evaluate((input) => input === document.activeElement)).toBe(true);
    await keyboard.type('Keyboard session');
    await keyboard.press('Enter'); // submits with the default date (next full hour)
    await expect
      .poll(() => page.getByRole('heading', { name: 'Keyboard session' }).count())
      .toBe(1);
    await expect.poll(() => focused(page)).toBe('Keyboard session');

    const list = page.getByRole('listbox');
    await list.focus();
    await keyboard.press('End');
    await keyboard.press('Enter');
    await expect
      .poll(() => page.getByRole('heading', { name: 'Keyboard session' }).count())
      .toBe(1);

    // Edit, then Escape: back to the appointment, focus on its heading.
    await page.getByRole('button', { name: 'Edit' }).focus();
    await keyboard.press('Enter');
    await expect.poll(() => title.evaluate((input) => input === document.activeElement)).toBe(true);
    await keyboard.press('Escape');
    await expect.poll(() => title.count()).toBe(0);
    await expect.poll(() => focused(page)).toBe('Keyboard session');

    await page.getByRole('button', { name: 'Cancel appointment' }).focus();
    await keyboard.press('Enter');
    await expect.poll(() => page.getByRole('article').textContent()).toContain('Cancelled');
    expect(await focused(page)).not.toBe('body');

    await page.getByRole('button', { name: 'Delete' }).focus();
    await keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Delete appointment?' });
    await expect.poll(() => dialog.isVisible()).toBe(true);
    await keyboard.press('Escape'); // the safe way out keeps it
    await expect.poll(() => dialog.count()).toBe(0);
    expect(await page.getByRole('heading', { name: 'Keyboard session' }).count()).toBe(1);
    expect(await focused(page)).toBe('Delete');

    await keyboard.press('Enter');
    await keyboard.press('Enter'); // "Keep" has the focus
    await expect.poll(() => dialog.count()).toBe(0);
    expect(await focused(page)).toBe('Delete');

    await keyboard.press('Enter');
    await keyboard.press('Tab'); // from "Keep" to "Delete for good"
    await keyboard.press('Enter');
    await expect.poll(() => page.getByText('No appointments.').count()).toBe(1);
    await expect.poll(() => focused(page)).toBe('No appointments yet');
  });

  it('closes the settings and the invitation with Escape, and keeps the focus on the page', async () => {
    const { page } = await start();
    // Typed without https://: completed, shown completed, and saved.
    const address = page.getByLabel('Jitsi server address');
    await address.fill('127.0.0.1:9');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    // Then the token is asked for, and can wait.
    await page.getByRole('heading', { name: 'Your personal access' }).waitFor();
    await expect.poll(() => focused(page)).toBe('Your personal access');
    await page.getByRole('button', { name: 'Set up later' }).click();
    await page.getByRole('button', { name: 'Settings' }).click();
    expect(await address.inputValue()).toBe('https://127.0.0.1:9');
    const heading = page.getByRole('heading', { name: 'Settings' });
    await heading.waitFor();
    await page.getByLabel('Your name in video consultations').focus();
    await page.keyboard.press('Escape');
    await heading.waitFor({ state: 'detached' });
    await expect.poll(() => focused(page)).toBe('No appointments yet');

    await createAppointment(page, 'Invitation by keyboard');
    await page.getByRole('button', { name: /Show invitation/ }).focus();
    await page.keyboard.press('Enter');
    const invitation = page.getByLabel('Invitation with link');
    await expect
      .poll(() => invitation.evaluate((input) => input === document.activeElement))
      .toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => invitation.count()).toBe(0);
    expect(await focused(page)).toMatch(/^Show invitation/);
  });

  it('shows a saved appointment in its tab, selected and in view', async () => {
    const { page } = await start();
    await page.getByRole('button', { name: 'Set up later' }).click();
    await createAppointment(page, 'Saved for tomorrow');
    expect(await page.getByRole('button', { name: /Upcoming/ }).getAttribute('aria-pressed')).toBe(
      'true',
    );
    const option = page.getByRole('option', { name: /Saved for tomorrow/ });
    await expect.poll(() => option.getAttribute('aria-selected')).toBe('true');
    expect(await option.getAttribute('aria-posinset')).toBe('1');
    expect(await option.getAttribute('aria-setsize')).toBe('1');
    await expect.poll(() => focused(page)).toBe('Saved for tomorrow');
  });

  it('keeps a list of thousands a listbox that loads as it scrolls and moves by keyboard', async () => {
    // 2,000 appointments today, 40 seconds apart, in the store file main opens.
    const count = 2000;
    const first = new Date();
    first.setHours(0, 1, 0, 0);
    const appointments = manyAppointments(count).map((appointment, index) => ({
      ...appointment,
      title: `Appointment ${index + 1}`,
      start: new Date(first.getTime() + index * 40_000).toISOString(),
    }));
    await writeFile(
      join(suite.userDataDir, 'appointments.json'),
      JSON.stringify({ schemaVersion: APPOINTMENT_SCHEMA_VERSION, appointments }),
    );
    const { page } = await start();
    const list = page.getByRole('listbox', { name: 'Appointments' });
    const options = list.getByRole('option');
    await options.first().waitFor();
    // Only the rows in view are in the page, each counted against the whole list.
    expect(await options.count()).toBeLessThan(50);
    expect(await options.first().getAttribute('aria-setsize')).toBe(String(count));
    expect(await options.first().getAttribute('aria-posinset')).toBe('1');

    const activeRow = () =>
      list.evaluate((box) => {
        const row = document.getElementById(box.getAttribute('aria-activedescendant') ?? '');
        if (!row) return null;
        const [rowBox, listBox] = [row.getBoundingClientRect(), box.getBoundingClientRect()];
        return {
          position: row.getAttribute('aria-posinset'),
          inView: rowBox.top >= listBox.top - 1 && rowBox.bottom <= listBox.bottom + 1,
        };
      });
    await list.focus();
    await page.keyboard.press('End');
    // The last row: rendered, loaded from main (not a placeholder), in view.
    await expect.poll(activeRow).toEqual({ position: String(count), inView: true });
    await expect.poll(() => list.locator('.loading').count()).toBe(0);
    await page.keyboard.press('Home');
    await expect.poll(activeRow).toEqual({ position: '1', inView: true });
    await page.keyboard.press('PageDown');
    await expect.poll(async () => Number((await activeRow())?.position) > 1).toBe(true);
    expect((await activeRow())?.inView).toBe(true);

    // Scrolled by hand to the middle: those rows load too.
    await list.evaluate((box) => (box.scrollTop = box.scrollHeight / 2));
    const middle = list.getByRole('option', { name: /^\S+ Appointment 1000 / });
    await expect.poll(() => middle.count()).toBe(1);
    await expect.poll(() => list.locator('.loading').count()).toBe(0);
    await middle.click();
    await expect
      .poll(() => page.getByRole('heading', { name: 'Appointment 1000', exact: true }).count())
      .toBe(1);
  });

  it('reflows at 320 CSS pixels: list and details stack, nothing scrolls sideways', async () => {
    const { page } = await start('de-DE');
    await page.getByRole('button', { name: 'Später einrichten' }).click();
    await page.setViewportSize({ width: 320, height: 640 });
    await page.getByRole('button', { name: 'Neuer Termin' }).click();
    await page.getByLabel('Titel').fill('Beratung zur Wohnungssuche mit langem Titel');
    await page.getByRole('button', { name: 'Speichern', exact: true }).click();
    const details = page.getByRole('article');
    await details.waitFor();
    const overflow = () =>
      page.evaluate(() => {
        const root = document.scrollingElement!;
        const wide = [...document.querySelectorAll('main *')].filter(
          (element) => element.getBoundingClientRect().right > window.innerWidth + 1,
        );
        return { root: root.scrollWidth - root.clientWidth, wide: wide.length };
      });
    expect(await overflow()).toEqual({ root: 0, wide: 0 });
    // The values of the details are there, beside or under their names.
    for (const value of await details.locator('dd').all()) {
      const box = (await value.boundingBox())!;
      expect(box.width).toBeGreaterThan(40);
    }
    // Opened from the list, the details below it come into sight with the focus.
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.getByRole('listbox', { name: 'Termine' }).getByRole('option').first().click();
    const heading = details.getByRole('heading', { level: 2 });
    await expect.poll(() => focused(page)).toBe('Beratung zur Wohnungssuche mit langem Titel');
    const box = (await heading.boundingBox())!;
    expect(box.y).toBeGreaterThan(-1); // at the top, give or take a subpixel
    expect(box.y + box.height).toBeLessThanOrEqual(640);
    await page.getByRole('button', { name: 'Einstellungen' }).click();
    await page.getByRole('heading', { name: 'Einstellungen' }).waitFor();
    expect(await overflow()).toEqual({ root: 0, wide: 0 });
  });

  it('filters the list by text', async () => {
    const { page } = await start();
    await createAppointment(page, 'Debt counselling', 'A-1');
    await createAppointment(page, 'Addiction counselling', 'B-2');
    await page.getByRole('button', { name: /Upcoming/ }).click();
    await page.getByLabel('Filter appointments').fill('debt');
    await expect
      .poll(() =>
        page.getByRole('listbox', { name: 'Appointments' }).getByRole('option').allTextContents(),
      )
      .toEqual([expect.stringContaining('Debt counselling')]);
    await page.getByLabel('Filter appointments').fill('B-2');
    await expect
      .poll(() =>
        page.getByRole('listbox', { name: 'Appointments' }).getByRole('option').allTextContents(),
      )
      .toEqual([expect.stringContaining('Addiction counselling')]);
    await page.getByLabel('Filter appointments').fill('nobody');
    await expect.poll(() => page.getByText('No appointment matches the filter.').count()).toBe(1);
  });

  it('stays readable offline and says so', async () => {
    const app = await start();
    await createAppointment(app.page, 'Offline check');
    await app.context.setOffline(true);
    const status = app.page.locator('.connection');
    await expect.poll(() => status.getAttribute('data-state')).toBe('offline');
    expect(await status.textContent()).toContain('your appointments stay readable');
    await app.page.getByRole('button', { name: /Upcoming/ }).click();
    await app.page
      .getByRole('listbox', { name: 'Appointments' })
      .getByRole('option')
      .first()
      .click();
    expect(await app.page.getByRole('article').textContent()).toContain('Offline check');
  });

  it('shows whether the configured server is reachable', async () => {
    const { page } = await start();
    const status = page.locator('.connection');
    await expect.poll(() => status.getAttribute('data-state')).toBe('not-configured');
    await page.getByRole('button', { name: 'Settings' }).click();
    await page.getByLabel('Jitsi server address').fill('http://meet.example.org');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await expect
      .poll(() => page.locator('.field-issue').textContent())
      .toBe(
        'Please enter the server’s address with https://, without a path after it – for example https://meet.counselling.example.',
      );
    // Port 9 on loopback: nothing listens, so the check must say unreachable.
    await page.getByLabel('Jitsi server address').fill('https://127.0.0.1:9');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await expect.poll(() => status.getAttribute('data-state')).toBe('unreachable');
    expect(await status.textContent()).toBe('Server not reachable');
  });

  it('deletes past appointments after the retention days, at start and when the setting changes', async () => {
    const app = await start();
    const ago = (days: number) => {
      const date = new Date();
      date.setDate(date.getDate() - days);
      return date.toISOString();
    };
    for (const [title, days] of [
      ['Forty days ago', 40],
      ['Ten days ago', 10],
    ] as const) {
      const created = await app.page.evaluate(
        (draft) => window.sprechstunde.appointments.create(draft),
        { title, clientLabel: '', start: ago(days), durationMinutes: 50, notes: '' },
      );
      expect(created.ok).toBe(true);
    }
    await suite.stop();

    const { page } = await start();
    await page.getByRole('button', { name: /Past/ }).click();
    await expect
      .poll(() =>
        page.getByRole('listbox', { name: 'Appointments' }).getByRole('option').allTextContents(),
      )
      .toEqual([expect.stringContaining('Ten days ago')]);

    await page.getByRole('button', { name: 'Settings' }).click();
    await page.getByLabel('Delete past appointments after (days)').fill('0');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await expect
      .poll(() => page.locator('.field-issue').textContent())
      .toBe('Please enter a whole number from 1 to 3650.');
    await page.getByLabel('Delete past appointments after (days)').fill('5');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Saved.' }).count()).toBe(1);
    await expect.poll(() => page.getByText('No appointments.').count()).toBe(1);
  });

  it('shows a message with a way on, not a blank window, when a part of the app does not load', async () => {
    const noon = new Date();
    noon.setHours(12, 0, 0, 0);
    const [appointment] = manyAppointments(1).map((one) => ({
      ...one,
      title: 'Erstgespräch',
      start: noon.toISOString(),
    }));
    await writeFile(
      join(suite.userDataDir, 'appointments.json'),
      JSON.stringify({ schemaVersion: APPOINTMENT_SCHEMA_VERSION, appointments: [appointment] }),
    );
    const { page } = await suite.start({ locale: 'de-DE' });
    // A damaged installation: the details' code is missing (from a fresh page on).
    const missing = '**/assets/AppointmentDetails-*.js';
    await page.route(missing, (route) => route.abort('failed'));
    await page.reload();
    await page.getByRole('option', { name: /Erstgespräch/ }).click();
    await page.getByRole('heading', { name: 'Da ist etwas schiefgegangen' }).waitFor();
    expect(await page.getByRole('alert').textContent()).toContain('Ihre Termine sind gespeichert');
    const violations = await runAxe(page);
    expect(violations, describeViolations(violations)).toEqual([]);

    // Once the file is there again, reloading is the way on; nothing was lost.
    await page.unroute(missing);
    await page.getByRole('button', { name: 'Fenster neu laden' }).click();
    await page.getByRole('option', { name: /Erstgespräch/ }).click();
    await page.getByRole('heading', { name: 'Erstgespräch' }).waitFor();
  });
});
