import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { hardenedJitsiOptions } from '../src/shared/jitsi-config';
import { launchChromium } from '../test/e2e/browser';
import setUpHarness from '../test/e2e/global-setup';
import { APP_ORIGIN, startApp } from '../test/e2e/harness';
import { draft } from '../test/fixtures/appointments';
import { createTestChain } from '../test/fixtures/certificates';
import { startJitsiStandIn, type JitsiStandIn } from '../test/fixtures/jitsi-stand-in/server';
import { median, ms, type Row } from './stats';

const RUNS = 15;
const ROOM = 'bench-room-aaaaaaaaaaaaaaaaaaaaaa';

// Remembers when the join button was clicked: the click event's own time
// stamp, taken before any handler of the page runs.
const clickProbe = `
  window.addEventListener('click', (event) => {
    const label = event.target instanceof HTMLButtonElement ? event.target.textContent : '';
    if (label === 'Join' || label === 'Join the consultation') {
      window.__joinClickedAt = performance.timeOrigin + event.timeStamp;
    }
  }, true);
`;

/**
 * Milliseconds from the click to the start of the meeting iframe's navigation:
 * the iframe's time origin is when its navigation started (both on the same
 * clock, epoch milliseconds with sub-millisecond precision).
 */
async function clickToIframe(page: Page, button: string): Promise<number> {
  await page.waitForFunction(() => 'JitsiMeetExternalAPI' in window);
  await page.getByRole('button', { name: button }).click();
  const iframe = await page.waitForSelector('iframe');
  const frame = await iframe.contentFrame();
  if (!frame) throw new Error('the meeting iframe has no frame');
  await frame.waitForLoadState('domcontentloaded');
  const iframeStart = await frame.evaluate(() => performance.timeOrigin);
  const clickedAt = await page.evaluate(
    () => (window as unknown as { __joinClickedAt: number }).__joinClickedAt,
  );
  return iframeStart - clickedAt;
}

/**
 * The least a page can do: the server's external_api.js already loaded, one
 * button whose handler creates the IFrame API with the same options.
 */
function baselinePage(server: JitsiStandIn): string {
  const options = {
    roomName: ROOM,
    width: '100%',
    height: '100%',
    lang: 'en',
    userInfo: { displayName: 'Beraterin' },
    ...hardenedJitsiOptions({ iceServers: [], relayOnly: false }),
  };
  return `<!doctype html><meta charset="utf-8"><title>baseline</title>
    <script src="${server.origin}/external_api.js"></script>
    <button type="button">Join</button><div id="stage"></div>
    <script>
      document.querySelector('button').addEventListener('click', () => {
        new JitsiMeetExternalAPI(${JSON.stringify(new URL(server.origin).host)},
          { ...${JSON.stringify(options)}, parentNode: document.getElementById('stage') });
      });
    </script>`;
}

async function timeBaseline(browser: Browser, server: JitsiStandIn): Promise<number> {
  const context = await browser.newContext({ ignoreHTTPSErrors: true });
  await context.route(`${APP_ORIGIN}/**`, (route) =>
    route.fulfill({ contentType: 'text/html', body: baselinePage(server) }),
  );
  await context.addInitScript({ content: clickProbe });
  const page = await context.newPage();
  await page.goto(`${APP_ORIGIN}/baseline.html`);
  const time = await clickToIframe(page, 'Join');
  await context.close();
  return time;
}

export async function benchJoin(): Promise<Row[]> {
  setUpHarness();
  const chain = await createTestChain(['localhost']);
  const server = await startJitsiStandIn({ certificate: chain.leaf });
  const userDataDir = await mkdtemp(join(tmpdir(), 'sprechstunde-bench-join-'));
  await writeFile(join(userDataDir, 'settings.json'), JSON.stringify({ serverUrl: server.origin }));
  const browser = await launchChromium([
    `--ignore-certificate-errors-spki-list=${chain.leaf.pin}`,
    '--use-fake-ui-for-media-stream',
    '--use-fake-device-for-media-stream',
  ]);
  const app = await startApp(browser, { userDataDir, trustTestCertificates: true });
  try {
    // One appointment, created through the app so the store writes it as it would.
    const created = await app.page.evaluate(
      (bench) => window.sprechstunde.appointments.create(bench),
      draft({ title: 'Bench', start: new Date().toISOString(), notes: '' }),
    );
    if (!created.ok) throw new Error(`could not create the appointment: ${created.error.code}`);
    await app.page.reload();
    await app.page.getByRole('option', { name: /Bench/ }).click();

    const inApp: number[] = [];
    const baseline: number[] = [];
    for (let run = 0; run <= RUNS; run++) {
      // As guest: the token path differs only in main, before the window opens.
      await app.page.getByRole('button', { name: 'Start consultation' }).click();
      await app.page.getByRole('button', { name: 'Join as guest' }).click();
      const meeting = await app.nextMeeting();
      await meeting.page.getByRole('button', { name: 'Join the consultation' }).waitFor();
      await meeting.page.evaluate(clickProbe);
      const time = await clickToIframe(meeting.page, 'Join the consultation');
      // Not joined in Jitsi yet: leaving closes the window at once, maybe mid-click.
      const closed = meeting.page.waitForEvent('close');
      await meeting.page
        .getByRole('button', { name: 'Leave consultation' })
        .click({ timeout: 5000 })
        .catch((error: unknown) => {
          if (!meeting.page.isClosed()) throw error;
        });
      await closed;
      await app.page.getByRole('button', { name: 'Not now' }).click();
      const base = await timeBaseline(browser, server);
      if (run === 0) continue; // warm-up
      inApp.push(time);
      baseline.push(base);
    }
    const appMedian = median(inApp);
    const baseMedian = median(baseline);
    const overhead = appMedian - baseMedian;
    return [
      {
        measure: `join: minimal page, click → meeting iframe navigation starts (median of ${RUNS})`,
        result: ms(baseMedian),
        goal: 'baseline',
        met: true,
      },
      {
        measure: `join: the app's "Join the consultation", the same (median of ${RUNS})`,
        result: ms(appMedian),
        goal: '—',
        met: true,
      },
      {
        measure: 'join: app overhead (app − minimal page)',
        result: `${ms(overhead)} (${(appMedian / baseMedian).toFixed(2)}×)`,
        goal: '≤ 50 ms',
        met: overhead <= 50,
      },
    ];
  } finally {
    await app.close();
    await browser.close();
    await server.close();
    await rm(userDataDir, { recursive: true, force: true });
  }
}
