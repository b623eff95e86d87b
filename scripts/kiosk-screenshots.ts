// npm run screenshots (after the main window's): the kiosk's start page, the
// client's equipment check and the thank-you page in German and English, through
// the e2e harness (the built pages, the kiosk's real services) against the Jitsi
// stand-in, at a terminal's 1280×800, into docs/screenshots/kiosk-*.png.
import type { Browser, Page } from 'playwright-core';
import { mergePolicy } from '../src/shared/effective-settings';
import { launchChromium } from '../test/e2e/browser';
import setUpHarness from '../test/e2e/global-setup';
import { newUserDataDir, removeUserDataDir, startApp } from '../test/e2e/harness';
import { createTestChain } from '../test/fixtures/certificates';
import { allTexts as texts } from '../test/fixtures/i18n';
import { startJitsiStandIn, type JitsiStandIn } from '../test/fixtures/jitsi-stand-in/server';
import { clearScreenshots, shoot as shootPage } from './screenshot-files';

const SCREEN = { width: 1280, height: 800 };
type Language = keyof typeof texts;

/** At the terminal's screen size. */
async function shoot(page: Page, name: string) {
  await page.setViewportSize(SCREEN);
  await shootPage(page, name);
}

async function screensIn(browser: Browser, server: JitsiStandIn, language: Language) {
  const t = texts[language];
  const userDataDir = await newUserDataDir();
  let showStartPage = () => {};
  const thanksHeld = new Promise<void>((resolve) => (showStartPage = resolve));
  const app = await startApp(browser, {
    userDataDir,
    trustTestCertificates: true,
    policy: mergePolicy([
      {
        source: '/etc/sprechstunde/policy.json',
        values: { ServerUrl: server.origin, KioskMode: true, Language: language },
      },
    ]),
    // The thank-you page stays until it is taken; the idle countdown keeps no timer
    // that would hold the script open.
    kiosk: {
      beforeStartPage: () => thanksHeld,
      clock: { setTimeout: () => 0, clearTimeout: () => {} },
    },
  });
  try {
    const { page } = app;
    await page.getByRole('heading', { name: t.kiosk.heading }).waitFor();
    await shoot(page, `kiosk-start-${language}`);

    await page.getByLabel(t.kiosk.input.label).fill('abcdefghijklmnopqrstuvwxyz');
    await page.getByLabel(t.kiosk.name.label).fill(language === 'de' ? 'Anna' : 'Ann');
    await page.getByRole('button', { name: t.kiosk.join, exact: true }).click();
    const meeting = await app.nextMeeting();
    await meeting.page.setViewportSize(SCREEN);
    await meeting.page.getByRole('button', { name: t.meeting.join }).waitFor();
    await meeting.page.locator('.device-check-verdict:not(.checking)').waitFor({ timeout: 20_000 });
    // The fake camera's frame changes; the rest is still.
    await shoot(meeting.page, `kiosk-check-${language}`);

    await meeting.page.getByRole('button', { name: t.meeting.cancel, exact: true }).click();
    await page.getByRole('heading', { name: t.kiosk.thanks.heading }).waitFor();
    await shoot(page, `kiosk-thanks-${language}`);
    showStartPage();
  } finally {
    showStartPage();
    await app.close();
    await removeUserDataDir(userDataDir);
  }
}

setUpHarness();
await clearScreenshots('kiosk');
const chain = await createTestChain(['localhost']);
const server = await startJitsiStandIn({ certificate: chain.leaf });
const browser = await launchChromium([
  `--ignore-certificate-errors-spki-list=${chain.leaf.pin}`,
  '--use-fake-ui-for-media-stream',
  '--use-fake-device-for-media-stream',
]);
try {
  for (const language of ['de', 'en'] as const) await screensIn(browser, server, language);
} finally {
  await browser.close();
  await server.close();
}
