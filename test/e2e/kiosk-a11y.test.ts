import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Policy } from '../../src/shared/effective-settings';
import type { Language } from '../../src/shared/language';
import { allTexts } from '../fixtures/i18n';
import { describeViolations, runAxe } from './axe';
import { kioskSuite } from './kiosk-suite';

// axe-core on every page of the kiosk in German and English: the start page
// (empty, and with its field problems), the staff's exit PIN dialog (and its
// wait after wrong PINs), the client's equipment check, the thank-you page and
// the out-of-order page. Each is checked with expect.soft: one run names them all.
const texts = allTexts;
/** WCAG 2.5.5's target size, which the kiosk's touch screen needs. */
const TOUCH_PX = 44;

const suite = kioskSuite();

function kioskPolicy(language: Language, serverUrl: string | null): Policy {
  return suite.policy({ Language: language }, serverUrl);
}

async function expectNoViolations(page: Page, screen: string) {
  const violations = await runAxe(page);
  expect.soft(violations, `${screen}:\n${describeViolations(violations)}`).toEqual([]);
}

/** Of the visible buttons and choosers matching `selector`: how many, and those smaller than a fingertip. */
async function touchTargets(page: Page, selector: string) {
  const small: string[] = [];
  let measured = 0;
  for (const control of await page.locator(selector).all()) {
    if (!(await control.isVisible())) continue;
    measured++;
    const box = await control.boundingBox();
    if (!box || box.width < TOUCH_PX || box.height < TOUCH_PX) {
      const label = (await control.textContent())?.trim() ?? '';
      small.push(
        `${label}: ${box ? `${box.width.toFixed(0)}×${box.height.toFixed(0)}` : 'no box'}`,
      );
    }
  }
  return { measured, small };
}

const button = (page: Page, name: string) => page.getByRole('button', { name, exact: true });

describe('the kiosk with axe-core', () => {
  for (const language of ['de', 'en'] as const) {
    const t = texts[language];
    const at = (screen: string) => `${screen} (${language})`;

    it(`has no violations from the start page through the equipment check to the thank-you page, and in the staff’s exit dialog (${language})`, async () => {
      let releaseStartPage = () => {};
      const thanksHeld = new Promise<void>((resolve) => (releaseStartPage = resolve));
      const app = await suite.start({
        trustTestCertificates: true,
        policy: kioskPolicy(language, suite.standIn.origin),
        // The thank-you page stays until the test has looked at it.
        kiosk: { beforeStartPage: () => thanksHeld },
      });
      const { page } = app;
      await page.getByRole('heading', { name: t.kiosk.heading }).waitFor();
      expect(await page.locator('html').getAttribute('lang')).toBe(language);
      await expectNoViolations(page, at('start page'));
      // axe does reach this page: a button without a name, put in for a moment, is found.
      await page.evaluate(() => document.body.append(document.createElement('button')));
      expect((await runAxe(page)).map((violation) => violation.id)).toContain('button-name');
      await page.evaluate(() => document.body.lastElementChild?.remove());

      const code = page.getByLabel(t.kiosk.input.label);
      const name = page.getByLabel(t.kiosk.name.label);
      await code.fill('https://meet.other-centre.example/abcdefghijklmnopqrstuvwxyz');
      await button(page, t.kiosk.join).click();
      await page.getByText(t.kiosk.error.nameEmpty).waitFor();
      await expectNoViolations(page, at('start page with field problems'));

      await page.keyboard.press('Control+Alt+Shift+KeyK');
      const dialog = page.getByRole('dialog', { name: t.kiosk.exit.heading });
      await dialog.waitFor();
      await expectNoViolations(page, at('exit PIN dialog'));
      const pin = dialog.getByLabel(t.kiosk.exit.pin);
      for (let attempt = 0; attempt < 3; attempt++) {
        await pin.fill('0000');
        await button(page, t.kiosk.exit.confirm).click();
        await expect.poll(() => dialog.locator('[role=status]').textContent()).not.toBe('');
      }
      await expect.poll(() => pin.isDisabled()).toBe(true);
      await expectNoViolations(page, at('exit PIN dialog, waiting after wrong PINs'));
      await button(page, t.kiosk.exit.cancel).click();
      await dialog.waitFor({ state: 'hidden' });

      await code.fill('abcdefghijklmnopqrstuvwxyz');
      await name.fill('Anna');
      await button(page, t.kiosk.join).click();
      const meeting = await app.nextMeeting();
      await button(meeting.page, t.meeting.join).waitFor();
      // The test sound shows the "did you hear it" answers: every part of the check is there.
      await button(meeting.page, t.kiosk.check.speakers.play).click();
      await meeting.page.getByText(t.kiosk.check.speakers.question).waitFor();
      await meeting.page
        .locator('.device-check-verdict:not(.checking)')
        .waitFor({ timeout: 20_000 });
      expect(await meeting.page.locator('html').getAttribute('lang')).toBe(language);
      await expectNoViolations(meeting.page, at('equipment check at the kiosk'));
      // A touch screen: every button and chooser at least 44×44 CSS px.
      const targets = await touchTargets(meeting.page, 'main button, main select');
      // Play, the two answers, Test again, Join and Cancel at least.
      expect(targets.measured).toBeGreaterThanOrEqual(6);
      expect(targets.small).toEqual([]);

      // Leaving before the meeting ends the session too: the thank-you page.
      await button(meeting.page, t.meeting.cancel).click();
      await page.getByRole('heading', { name: t.kiosk.thanks.heading }).waitFor();
      await expectNoViolations(page, at('thank-you page'));
      releaseStartPage();
      await page.getByRole('heading', { name: t.kiosk.heading }).waitFor();
    });

    it(`has no violations on the out-of-order page (${language})`, async () => {
      const app = await suite.start({
        policy: kioskPolicy(language, null),
        kiosk: {},
      });
      await app.page.getByRole('heading', { name: t.kiosk.outOfOrder.heading }).waitFor();
      await expectNoViolations(app.page, at('out-of-order page'));
    });
  }
});
