import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import type { Browser, Page } from 'playwright-core';
import { build } from 'vite';
import { createAppRequestHandler } from '../src/main/windows/app-protocol';
import { contentSecurityPolicy } from '../src/shared/content-security-policy';
import { APPOINTMENT_SCHEMA_VERSION } from '../src/shared/appointment-document';
import { fulfilWith, launchChromium } from '../test/e2e/browser';
import setUpHarness from '../test/e2e/global-setup';
import { APP_ORIGIN, startApp } from '../test/e2e/harness';
import { gzippedKB, loadedBundleFiles, RENDERER_ROOT } from '../test/e2e/start-bundle';
import { manyAppointments } from '../test/fixtures/appointments';
import { median, ms, type Row } from './stats';

const COUNT = 5_000;
const RUNS = 15;

// Records, in the page, the first frame after an option row exists: the list
// is painted and the main thread is free to take input.
const interactiveProbe = `
  new MutationObserver((_, observer) => {
    if (!document.querySelector('[role=option]')) return;
    observer.disconnect();
    requestAnimationFrame(() => setTimeout(() => { window.__interactiveAt = performance.now(); }));
  }).observe(document, { childList: true, subtree: true });
`;

async function interactiveAt(page: Page, url: string): Promise<number> {
  await page.goto(url);
  await page.waitForFunction(() => (window as { __interactiveAt?: number }).__interactiveAt);
  return page.evaluate(() => (window as unknown as { __interactiveAt: number }).__interactiveAt);
}

async function buildEmptyReactPage(): Promise<string> {
  const outDir = resolve('out/bench/empty-react');
  await build({
    configFile: false,
    logLevel: 'warn',
    root: resolve('bench/empty-react'),
    plugins: [react()],
    build: { outDir, emptyOutDir: true, modulePreload: { polyfill: false } },
  });
  return outDir;
}

/** Navigation until the empty React page is interactive, each run in a fresh context. */
async function timeEmptyPage(browser: Browser, root: string): Promise<number> {
  const handle = createAppRequestHandler({
    root,
    origin: APP_ORIGIN,
    contentSecurityPolicy: () => contentSecurityPolicy({ page: '/index.html', serverOrigin: null }),
  });
  const context = await browser.newContext();
  await context.route('**/*', async (route) => {
    await fulfilWith(route, await handle(new Request(route.request().url())));
  });
  await context.addInitScript({ content: interactiveProbe });
  const page = await context.newPage();
  const time = await interactiveAt(page, `${APP_ORIGIN}/index.html`);
  await context.close();
  return time;
}

/** The same for the app with 5,000 appointments, through the real services and router. */
async function timeAppointmentList(browser: Browser, userDataDir: string): Promise<number> {
  const app = await startApp(browser, { userDataDir });
  await app.context.addInitScript({ content: interactiveProbe });
  const time = await interactiveAt(app.page, `${APP_ORIGIN}/index.html`);
  await app.close();
  return time;
}

// Work the app puts off until the browser is idle (fetching the forms) is not start-up.
const noIdleWork = `window.requestIdleCallback = () => 0; window.cancelIdleCallback = () => {};`;

/**
 * Gzipped KB of the JS and CSS the main window loads until its list of 5,000
 * appointments shows, in one language: what the browser fetched (the HTML's files,
 * the language's texts, any chunk imported by then), not only what the HTML names.
 */
async function mainWindowStartUp(browser: Browser, userDataDir: string, locale: string) {
  const app = await startApp(browser, { userDataDir, locale });
  try {
    await app.context.addInitScript({ content: noIdleWork });
    await app.page.goto(`${APP_ORIGIN}/index.html`);
    await app.page.getByRole('option').first().waitFor();
    await app.page.waitForLoadState('networkidle');
    return await gzippedKB(await loadedBundleFiles(app.page));
  } finally {
    await app.close();
  }
}

/**
 * Gzipped KB of what the meeting window loads at start: the files its HTML names
 * and its texts in German (the longer language), which src/renderer/i18n/index.ts
 * imports (rolldown names a chunk after its file: de-<hash>.js, de-meeting-<hash>.js).
 */
async function meetingWindowStartUp(assets: readonly string[]): Promise<number> {
  const html = await readFile(join(RENDERER_ROOT, 'meeting.html'), 'utf8');
  const named = [...html.matchAll(/(?:src|href)="\.?\/?(assets\/[^"]+\.(?:js|css))"/g)].map(
    (m) => m[1]!,
  );
  const texts = assets.filter((file) => /^assets\/de(?:-meeting)?-[\w-]{8}\.js$/.test(file));
  if (named.length === 0 || texts.length !== 2) {
    throw new Error('meeting.html names no files, or its German texts are not two chunks');
  }
  return gzippedKB([...named, ...texts]);
}

export async function benchRenderer(): Promise<Row[]> {
  setUpHarness();
  const emptyRoot = await buildEmptyReactPage();
  const userDataDir = await mkdtemp(join(tmpdir(), 'sprechstunde-bench-'));
  // Today-heavy: the opening tab ("today") shows all of them.
  const today = new Date();
  today.setHours(0, 1, 0, 0);
  const appointments = manyAppointments(COUNT).map((appointment, index) => ({
    ...appointment,
    start: new Date(today.getTime() + (index % 1400) * 60_000).toISOString(),
  }));
  await writeFile(
    join(userDataDir, 'appointments.json'),
    JSON.stringify({ schemaVersion: APPOINTMENT_SCHEMA_VERSION, appointments }),
  );
  // A counsellor with 5,000 appointments has a server set up (a name that never resolves).
  await writeFile(
    join(userDataDir, 'settings.json'),
    JSON.stringify({ serverUrl: 'https://meet.sprechstunde.invalid' }),
  );

  const browser = await launchChromium();
  try {
    const empty: number[] = [];
    const list: number[] = [];
    await timeEmptyPage(browser, emptyRoot); // warm-up both
    await timeAppointmentList(browser, userDataDir);
    for (let run = 0; run < RUNS; run++) {
      empty.push(await timeEmptyPage(browser, emptyRoot));
      list.push(await timeAppointmentList(browser, userDataDir));
    }
    const emptyMedian = median(empty);
    const listMedian = median(list);
    const ratio = listMedian / emptyMedian;

    const assets = (await readdir(join(RENDERER_ROOT, 'assets')))
      .filter((file) => /\.(js|css)$/.test(file))
      .map((file) => `assets/${file}`);
    const startUp = {
      de: await mainWindowStartUp(browser, userDataDir, 'de-DE'),
      en: await mainWindowStartUp(browser, userDataDir, 'en-US'),
    };
    const meeting = await meetingWindowStartUp(assets);
    const all = await gzippedKB(assets);
    return [
      {
        measure: `renderer: empty React page interactive (median of ${RUNS})`,
        result: ms(emptyMedian),
        goal: 'baseline',
        met: true,
      },
      {
        measure: `renderer: list of ${COUNT.toLocaleString('en')} appointments interactive (median of ${RUNS})`,
        result: ms(listMedian),
        goal: '≤ 250 ms',
        met: listMedian <= 250,
      },
      {
        measure: 'renderer: list ÷ empty page',
        result: `${ratio.toFixed(2)}×`,
        goal: '≤ 1.5×',
        met: ratio <= 1.5,
      },
      ...(['de', 'en'] as const).map((language) => ({
        measure: `main window bundle loaded at start (${language}), JS + CSS, gzip -9`,
        result: `${startUp[language].toFixed(1)} KB`,
        // Issue 18: a counsellor's main window opens fast on an old office laptop.
        goal: '≤ 100 KB',
        met: startUp[language] <= 100,
      })),
      {
        measure: 'meeting window bundle loaded at start (de), JS + CSS, gzip -9',
        result: `${meeting.toFixed(1)} KB`,
        goal: '≤ 150 KB',
        met: meeting <= 150,
      },
      {
        measure: 'whole renderer bundle: every window, lazy chunks too, gzip -9',
        result: `${all.toFixed(1)} KB`,
        goal: '—',
        met: true,
      },
    ];
  } finally {
    await browser.close();
    await rm(userDataDir, { recursive: true, force: true });
  }
}
