import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isServiceWorkerScript } from '../../src/shared/network-headers';
import { createTestChain } from '../fixtures/certificates';
import { launchChromium } from './browser';

/**
 * A page of the configured server registers a service worker, as jitsi-meet's
 * pwa-worker.js would. In the app, the session guard cancels the worker's
 * script fetch in `webRequest.onBeforeSendHeaders` by `isServiceWorkerScript`;
 * here Playwright's routing applies the same decision in real Chromium.
 *
 * What this proves: Chromium marks the script fetch with the header the guard
 * looks for, and a registration whose script fetch is cancelled fails. What it
 * cannot prove here: that Electron's webRequest is asked about that fetch (its
 * URLLoaderFactory proxy covers every factory type, ElectronBrowserClient::
 * WillCreateURLLoaderFactory); that needs the Electron binary.
 */
let browser: Browser;
let server: Server;
let origin: string;
const workerFetches: (string | undefined)[] = [];

beforeAll(async () => {
  const chain = await createTestChain(['localhost']);
  server = createServer({ cert: chain.leaf.cert, key: chain.leaf.key }, (request, response) => {
    if (request.url === '/pwa-worker.js') {
      workerFetches.push(request.headers['service-worker'] as string | undefined);
      response
        .writeHead(200, { 'content-type': 'text/javascript' })
        .end("self.addEventListener('fetch', () => {});");
      return;
    }
    response
      .writeHead(200, { 'content-type': 'text/html' })
      .end('<!doctype html><title>room</title>');
  });
  await new Promise<void>((resolve) => server.listen(0, 'localhost', resolve));
  origin = `https://localhost:${(server.address() as AddressInfo).port}`;
  browser = await launchChromium([`--ignore-certificate-errors-spki-list=${chain.leaf.pin}`]);
});
afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
});

/** Opens the server's page and tries to register its worker; the outcome as text. */
async function register(context: BrowserContext): Promise<string> {
  const page = await context.newPage();
  await page.goto(`${origin}/room`);
  return page.evaluate(() =>
    navigator.serviceWorker.register('/pwa-worker.js').then(
      (registration) => `registered ${new URL(registration.scope).pathname}`,
      (error: Error) => `refused: ${error.name}`,
    ),
  );
}

describe('a service worker of the server', () => {
  it('registers where nothing stops its script: Chromium marks the fetch as the guard expects', async () => {
    workerFetches.length = 0;
    const context = await browser.newContext({ serviceWorkers: 'allow' });
    try {
      expect(await register(context)).toBe('registered /');
      expect(workerFetches).toEqual(['script']);
    } finally {
      await context.close();
    }
  });

  it('cannot register when the guard cancels its script fetch', async () => {
    workerFetches.length = 0;
    const context = await browser.newContext({ serviceWorkers: 'allow' });
    const cancelled: string[] = [];
    await context.route('**/*', (route) => {
      if (!isServiceWorkerScript(route.request().headers())) return route.continue();
      cancelled.push(new URL(route.request().url()).pathname);
      return route.abort('blockedbyclient');
    });
    try {
      expect(await register(context)).toBe('refused: TypeError');
      expect(cancelled).toEqual(['/pwa-worker.js']);
      expect(workerFetches).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
