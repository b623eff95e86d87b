import type { Browser } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './browser';
import {
  APP_ORIGIN,
  newUserDataDir,
  removeUserDataDir,
  startApp,
  type RunningApp,
} from './harness';

let browser: Browser;
let app: RunningApp;
let userDataDir: string;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(() => browser?.close());
afterEach(async () => {
  await app?.close();
  await removeUserDataDir(userDataDir);
});

async function start() {
  userDataDir = await newUserDataDir();
  app = await startApp(browser, { userDataDir });
  await expect
    .poll(() => app.page.getByRole('button', { name: 'New appointment' }).count())
    .toBe(1);
  return app;
}

describe('the renderer shell', () => {
  it('runs under a CSP that refuses inline and injected scripts', async () => {
    const { page } = await start();
    const ran = await page.evaluate(async () => {
      const script = document.createElement('script');
      script.textContent = 'window.__inlineRan = true';
      document.body.append(script);
      const attribute = document.createElement('img');
      attribute.setAttribute('onerror', 'window.__handlerRan = true');
      attribute.src = 'data:,nope';
      document.body.append(attribute);
      await new Promise((resolve) => setTimeout(resolve, 100));
      const w = window as unknown as Record<string, unknown>;
      return { inline: w.__inlineRan === true, handler: w.__handlerRan === true };
    });
    expect(ran).toEqual({ inline: false, handler: false });
  });

  it('frames nothing in the main window, and only the configured server in the meeting page', async () => {
    const { page, context } = await start();
    const other = await context.newPage();
    const policy = async (path: string) => {
      const response = await other.goto(`${APP_ORIGIN}${path}`);
      return response!.headers()['content-security-policy'];
    };
    expect(await policy('/meeting.html')).toContain("frame-src 'none';");
    await page.evaluate(() =>
      window.sprechstunde.settings.update({ serverUrl: 'https://Meet.Beratung.example:8443/' }),
    );
    expect(await policy('/index.html')).toContain("frame-src 'none';");
    expect(await policy('/index.html')).toContain("script-src 'self';");
    const meeting = await policy('/meeting.html');
    expect(meeting).toContain('frame-src https://meet.beratung.example:8443;');
    expect(meeting).toContain("script-src 'self' https://meet.beratung.example:8443;");
  });

  it('makes no request anywhere but its own bundle', async () => {
    const { page, blocked } = await start();
    await page.getByRole('button', { name: 'Settings' }).click();
    await page.getByRole('button', { name: 'New appointment' }).click();
    expect(blocked).toEqual([]);
  });

  it('refuses IPC from a page of another origin, even with the bridge in reach', async () => {
    const { context } = await start();
    await context.route('https://attacker.invalid/**', (route) =>
      route.fulfill({ contentType: 'text/html', body: '<p>elsewhere</p>' }),
    );
    const other = await context.newPage();
    await other.goto('https://attacker.invalid/');
    const answer = await other.evaluate(() =>
      window.sprechstunde.app.firstScreen({ day: { start: 0, end: 1 } }),
    );
    expect(answer).toEqual({ ok: false, error: { code: 'untrusted-sender' } });
  });

  it('gives a frame inside the app no API, and refuses IPC from it', async () => {
    const { page } = await start();
    const answer = await page.evaluate(async () => {
      const frame = document.createElement('iframe');
      document.body.append(frame);
      await new Promise((resolve) => setTimeout(resolve, 50));
      const child = frame.contentWindow as unknown as Window & {
        __electronIpcInvoke: (channel: string, json: string) => Promise<string>;
      };
      // Electron runs the preload in the main frame only.
      const api = typeof (child as { sprechstunde?: unknown }).sprechstunde;
      // What a sub-frame would send if it reached IPC (a compromised renderer).
      const raw = JSON.parse(
        await child.__electronIpcInvoke(
          'app:firstScreen',
          JSON.stringify({ day: { start: 0, end: 1 } }),
        ),
      ) as { result: unknown };
      return { api, result: raw.result };
    });
    expect(answer).toEqual({
      api: 'undefined',
      result: { ok: false, error: { code: 'untrusted-sender' } },
    });
  });
});
