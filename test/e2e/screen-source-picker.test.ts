import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAppRequestHandler } from '../../src/main/windows/app-protocol';
import { contentSecurityPolicy } from '../../src/shared/content-security-policy';
import type { OfferedSource } from '../../src/shared/screen-source-picker';
import { fulfilWith, launchChromium } from './browser';
import { APP_ORIGIN } from './harness';

// The picker page as the app serves it (the built bundle, the real protocol
// handler and CSP), with its preload's two functions standing in for main.
let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(() => browser?.close());

const pixel =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';
const offer: OfferedSource[] = [
  { id: 'screen:0:0', name: 'Bildschirm 1', kind: 'screen', thumbnail: pixel },
  {
    id: 'window:4711:0',
    name: '<img src=x onerror="window.__ran=1">Akte',
    kind: 'window',
    thumbnail: pixel,
  },
  { id: 'window:815:0', name: 'Sprechstunde', kind: 'window', thumbnail: pixel },
];

async function openPicker(sources: OfferedSource[], lang = 'en'): Promise<Page> {
  const context = await browser.newContext();
  const handle = createAppRequestHandler({
    root: resolve('out/renderer'),
    origin: APP_ORIGIN,
    contentSecurityPolicy: (page) => contentSecurityPolicy({ page, serverOrigin: null }),
  });
  await context.route('**/*', async (route) => {
    await fulfilWith(route, await handle(new Request(route.request().url())));
  });
  await context.addInitScript((offered) => {
    const answers: unknown[] = [];
    Object.assign(window, {
      __answers: answers,
      screenSourcePicker: {
        offer: () => Promise.resolve(offered),
        choose: (id: unknown) => answers.push(id),
      },
    });
  }, sources);
  const page = await context.newPage();
  await page.goto(`${APP_ORIGIN}/screen-source-picker.html?lang=${lang}`);
  return page;
}

const answers = (page: Page) =>
  page.evaluate(() => (window as unknown as { __answers: unknown[] }).__answers);

describe('the screen-source picker page', () => {
  it('offers screens and windows as one choice and sends back the chosen id', async () => {
    const page = await openPicker(offer);
    const main = page.getByRole('main', { name: 'What do you want to share?' });
    await main.getByRole('group', { name: 'Screens' }).getByRole('radio').first().waitFor();
    expect(await main.getByRole('group', { name: 'Windows' }).getByRole('radio').count()).toBe(2);
    const share = main.getByRole('button', { name: 'Share' });
    expect(await share.isDisabled()).toBe(true);

    // By keyboard: the first source has the focus; the arrow moves the choice.
    await page.keyboard.press('Space');
    await page.keyboard.press('ArrowDown');
    expect(await share.isEnabled()).toBe(true);
    // A window's name is text, never markup.
    await main.getByRole('radio', { name: '<img src=x onerror="window.__ran=1">Akte' }).waitFor();
    expect(await page.evaluate(() => (window as { __ran?: number }).__ran)).toBeUndefined();
    await main.getByRole('radio', { name: 'Sprechstunde' }).check();
    await share.click();
    expect(await answers(page)).toEqual(['window:815:0']);
    // Answered once: a second click changes nothing.
    await share.click();
    expect(await answers(page)).toEqual(['window:815:0']);
  });

  it('shares nothing on cancel or Escape, and says when there is nothing to share', async () => {
    const cancelled = await openPicker(offer, 'de');
    await cancelled.getByRole('heading', { name: 'Was möchten Sie teilen?' }).waitFor();
    await cancelled.getByRole('button', { name: 'Abbrechen' }).click();
    expect(await answers(cancelled)).toEqual([null]);

    const escaped = await openPicker(offer);
    await escaped.getByRole('radio').first().waitFor();
    await escaped.keyboard.press('Escape');
    expect(await answers(escaped)).toEqual([null]);

    const empty = await openPicker([]);
    await empty.getByText('There is nothing that could be shared.').waitFor();
    expect(await empty.getByRole('button', { name: 'Share' }).isDisabled()).toBe(true);
  });
});
