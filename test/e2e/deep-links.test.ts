import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Appointment } from '../../src/shared/appointment';
import { appSuite } from './app-suite';
import { setUpServer } from './steps';

const suite = appSuite();
const server = 'https://meet.beratung.example';

/** An appointment made through the page's own API, as the form would make it. */
async function create(page: Page, title: string): Promise<Appointment> {
  const result = await page.evaluate(async (title) => {
    const start = new Date();
    start.setDate(start.getDate() + 1);
    start.setHours(10, 30, 0, 0);
    return window.sprechstunde.appointments.create({
      title,
      clientLabel: 'K-17',
      start: start.toISOString(),
      durationMinutes: 45,
      notes: '',
      access: 'password',
    });
  }, title);
  if (!result.ok) throw new Error(`could not create: ${result.error.code}`);
  return result.value;
}

async function started() {
  const app = await suite.start();
  await setUpServer(app.page, server);
  const first = await create(app.page, 'Debt advice, first talk');
  const second = await create(app.page, 'Tenancy law, follow-up');
  return { app, page: app.page, first, second };
}

describe('sprechstunde:// links', () => {
  it('selects the appointment a link names, handed over by a second start', async () => {
    const { app, page, first, second } = await started();
    app.secondStart(['Sprechstunde', `sprechstunde://appointment/${second.id}`]);
    await page.getByRole('heading', { name: 'Tenancy law, follow-up' }).waitFor();
    const selected = page
      .getByRole('listbox', { name: 'Appointments' })
      .getByRole('option', { selected: true });
    await expect.poll(() => selected.textContent()).toContain('Tenancy law, follow-up');

    app.secondStart(['Sprechstunde', '--some-switch', `sprechstunde://appointment/${first.id}`]);
    await page.getByRole('heading', { name: 'Debt advice, first talk' }).waitFor();
    await expect.poll(() => selected.textContent()).toContain('Debt advice, first talk');
  });

  it('asks before a consultation from a join link, and Cancel starts nothing', async () => {
    const { app, page, second } = await started();
    const link = `sprechstunde://join/${second.roomName}?server=${encodeURIComponent(server)}`;
    app.secondStart(['Sprechstunde', link]);
    const dialog = page.getByRole('dialog', { name: 'Start consultation?' });
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain(
      'Start the consultation “Tenancy law, follow-up” now?',
    );
    // The appointment is shown behind the question.
    await page.getByRole('heading', { name: 'Tenancy law, follow-up' }).waitFor();
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await dialog.waitFor({ state: 'detached' });
    const unreachable = 'The Jitsi server cannot be reached right now';
    // A link after it has come and gone: the page has polled again since the Cancel.
    app.secondStart(['Sprechstunde', 'sprechstunde://settings']);
    await expect
      .poll(() => page.getByRole('alert').allTextContents())
      .toContainEqual(expect.stringContaining('Sprechstunde cannot open this link'));
    expect(app.meetings).toEqual([]);
    expect(await page.getByRole('alert').allTextContents()).not.toContainEqual(
      expect.stringContaining(unreachable),
    );
    expect(await page.getByText('The consultation is running').count()).toBe(0);

    // The same link confirmed does start one (the server here is unreachable, so it
    // fails at its first step): the checks above could have seen it.
    app.secondStart(['Sprechstunde', link]);
    await dialog.getByRole('button', { name: 'Start now' }).click();
    await expect
      .poll(() => page.getByRole('alert').allTextContents())
      .toContainEqual(expect.stringContaining(unreachable));
  });

  it('refuses a link for another server with a notice, and loads nothing', async () => {
    const { app, page, second } = await started();
    const before = page.url();
    app.secondStart([
      'Sprechstunde',
      `sprechstunde://join/${second.roomName}?server=https://evil.example`,
    ]);
    await expect
      .poll(() => page.getByRole('alert').allTextContents())
      .toContainEqual(expect.stringContaining('This link is for a different video server'));
    expect(page.url()).toBe(before);
    expect(app.blocked.filter((url) => url.includes('evil'))).toEqual([]);
    expect(await page.getByRole('dialog').count()).toBe(0);
    expect(app.logLines.join('\n')).toContain('link refused: other-server');
    expect(app.logLines.join('\n')).not.toMatch(/evil|sprechstunde:\/\//);
    expect(app.logLines.join('\n')).not.toContain(second.roomName);
  });
});
