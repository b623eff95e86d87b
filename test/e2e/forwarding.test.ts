import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { forward, launchChromium } from './browser';

// The harness forwards the app's requests from Node. Where Node's request
// fails, the page must see what Chromium would give it, or a test waits for a
// script that neither loads nor errors (as a CI run once did).
let browser: Browser;
let server: Server;
let origin: string;
/** How many more times /script.js drops its connection instead of answering. */
let drops = 0;

beforeAll(async () => {
  browser = await launchChromium();
  server = createServer((request, response) => {
    if (request.url === '/') {
      return response.writeHead(200, { 'content-type': 'text/html' }).end(
        `<!doctype html><title>forwarding</title><script>
          const script = document.createElement('script');
          script.src = '/script.js';
          script.onload = () => (document.title = 'loaded');
          script.onerror = () => (document.title = 'failed');
          document.head.append(script);
        </script>`,
      );
    }
    if (drops > 0) {
      drops--;
      return request.socket.destroy();
    }
    return response.writeHead(200, { 'content-type': 'text/javascript' }).end('void 0;');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await browser?.close();
  server?.closeAllConnections();
  await new Promise((resolve) => server?.close(resolve));
});

async function scriptOutcome(): Promise<string> {
  const context = await browser.newContext();
  await context.route('**/*', async (route) => {
    const response = await forward(route, {});
    return response ? route.fulfill({ response }) : route.abort('failed');
  });
  const page = await context.newPage();
  await page.goto(`${origin}/`);
  await expect.poll(() => page.title()).not.toBe('forwarding');
  const title = await page.title();
  await context.close();
  return title;
}

describe('forwarding a request from Node', () => {
  it('sends it once more when its connection is dropped, as Chromium does for a reused one', async () => {
    drops = 1;
    expect(await scriptOutcome()).toBe('loaded');
  });

  it('fails it with a network error when the second try is dropped too', async () => {
    drops = 2;
    expect(await scriptOutcome()).toBe('failed');
  });
});
