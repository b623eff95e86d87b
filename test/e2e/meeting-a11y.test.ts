import { describe, expect, it } from 'vitest';
import type { Language } from '../../src/shared/language';
import { describeViolations, runAxe } from './axe';
import { consultationSuite, jitsi } from './consultation-steps';
import type { RunningApp } from './harness';

// axe-core on the meeting window, in both languages: before the meeting (the
// equipment check) and during it. The Jitsi iframe's page is the server's and
// cross-origin: axe checks the frame element (its title), never enters it.
const env = consultationSuite();
const { start } = env;

const STAGE_FRAME = '.meeting-stage iframe';

/** A consultation in `language`, set up through the main window's API (its labels do not matter here). */
async function openMeeting(app: RunningApp, language: Language) {
  const setUp = await app.page.evaluate(
    async ({ serverUrl, language }) => {
      const api = window.sprechstunde;
      const settings = await api.settings.update({ serverUrl, language });
      if (!settings.ok) return settings;
      const start = new Date(Date.now() + 5 * 60_000).toISOString();
      return api.appointments.create({
        title: 'Erstgespräch',
        clientLabel: 'K-17',
        start,
        durationMinutes: 50,
        notes: '',
      });
    },
    { serverUrl: env.standIn.origin, language },
  );
  if (!setUp.ok || !('id' in setUp.value))
    throw new Error(`set-up failed: ${JSON.stringify(setUp)}`);
  const { id } = setUp.value;
  // Answers only when the consultation is over: not awaited.
  app.page
    .evaluate((id) => window.sprechstunde.consultation.join({ id, asGuest: true }), id)
    .catch(() => {});
  return app.nextMeeting();
}

async function expectNoViolations(page: RunningApp['page'], when: string) {
  const violations = await runAxe(page);
  expect(violations, `${when}:\n${describeViolations(violations)}`).toEqual([]);
}

describe('the meeting window with axe-core', () => {
  for (const language of ['de', 'en'] as const) {
    it(`has no violations before and during the meeting (${language})`, async () => {
      const app = await start();
      const { page } = await openMeeting(app, language);
      const join = language === 'de' ? 'Der Beratung beitreten' : 'Join the consultation';
      await page.getByRole('button', { name: join }).waitFor();
      // Once the automatic parts of the check have finished (their texts change while running).
      await page.locator('.device-check-verdict:not(.checking)').waitFor({ timeout: 20_000 });
      expect(await page.locator('html').getAttribute('lang')).toBe(language);
      await expectNoViolations(page, 'the equipment check');

      await page.getByRole('button', { name: join }).click();
      await expect.poll(() => page.locator(STAGE_FRAME).getAttribute('title')).toBeTruthy();
      await jitsi(page).getByRole('button', { name: 'Join meeting' }).click();
      await page.locator('.meeting-panel').waitFor();
      await expectNoViolations(page, 'the meeting');

      // The run reaches the Jitsi frame's element: without its title, axe says so.
      await page.locator(STAGE_FRAME).evaluate((frame) => frame.removeAttribute('title'));
      expect((await runAxe(page)).map((violation) => violation.id)).toContain('frame-title');
    });
  }
});
