import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './browser';
import { sandboxedPreloadScript } from './sandboxed-preload';

// The loader must hold a preload to Electron's rules, or the e2e suite would
// pass preloads that fail in the app (as a split bundle once did).
let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(() => browser?.close());

const PAGE = 'https://preload.invalid/';

/** A page with `source` as its sandboxed preload; returns it and what the preload printed. */
async function withPreload(source: string): Promise<{ page: Page; errors: string[] }> {
  const context = await browser.newContext();
  await context.route('**/*', (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: '<!doctype html><title>t</title><iframe src="/frame"></iframe>',
    }),
  );
  await context.exposeBinding('__invoke', (_source, channel: string, json: string) =>
    JSON.stringify(
      channel === 'echo:it'
        ? { handled: true, result: { echoed: JSON.parse(json) as unknown } }
        : { handled: false },
    ),
  );
  await context.exposeBinding('__send', () => undefined);
  await context.addInitScript({
    content: sandboxedPreloadScript({
      source,
      path: '/app/out/preload/test.cjs',
      invokeBinding: '__invoke',
      sendBinding: '__send',
    }),
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  await page.goto(PAGE);
  return { page, errors };
}

describe('the sandboxed preload loader', () => {
  it('fails a preload split into chunks, as Electron does, and the page loads without its API', async () => {
    const { page, errors } = await withPreload(`
      const shared = require("./chunks/ipc-channels-CEb6DLai.cjs");
      require("electron").contextBridge.exposeInMainWorld("api", shared);
    `);
    expect(await page.evaluate(() => typeof (window as { api?: unknown }).api)).toBe('undefined');
    expect(errors[0]).toBe('Unable to load preload script: /app/out/preload/test.cjs');
    expect(errors[1]).toContain('module not found: ./chunks/ipc-channels-CEb6DLai.cjs');
    await page.context().close();
  });

  it('gives require only what a sandboxed preload gets', async () => {
    const { page } = await withPreload(`
      const names = ['electron', 'electron/renderer', 'events', 'node:events', 'timers', 'url',
        'fs', 'path', 'child_process', 'os', 'electron/main'];
      const loads = {};
      for (const name of names) {
        try { require(name); loads[name] = true; } catch { loads[name] = false; }
      }
      require('electron').contextBridge.exposeInMainWorld('loads', loads);
    `);
    expect(await page.evaluate(() => (window as { loads?: unknown }).loads)).toEqual({
      electron: true,
      'electron/renderer': true,
      events: true,
      'node:events': true,
      timers: true,
      url: true,
      fs: false,
      path: false,
      child_process: false,
      os: false,
      'electron/main': false,
    });
    await page.context().close();
  });

  it('copies and freezes exposed values, proxies functions, and keeps the preload world apart', async () => {
    const { page } = await withPreload(`
      const { contextBridge, ipcRenderer } = require('electron');
      class Box { constructor() { this.size = 2; } area() { return 4; } }
      const state = { count: 1 };
      window.leaked = 'preload only';
      contextBridge.exposeInMainWorld('api', {
        state,
        box: new Box(),
        bump: () => { state.count += 1; return state; },
        keep: (value) => { state.kept = value; return value; },
        echo: (request) => ipcRenderer.invoke('echo:it', request),
        missing: () => ipcRenderer.invoke('no:handler'),
        ipc: ipcRenderer,
        fail: () => { throw new TypeError('inside'); },
      });
    `);
    const seen = await page.evaluate(async () => {
      const api = (window as unknown as { api: Record<string, never> }).api as unknown as {
        state: { count: number };
        box: object;
        bump(): { count: number };
        keep(value: object): object;
        echo(request: unknown): Promise<unknown>;
        missing(): Promise<unknown>;
        ipc: object;
        fail(): void;
      };
      const given = { a: 1 };
      const kept = api.keep(given);
      let thrown = '';
      try {
        api.fail();
      } catch (error) {
        thrown = (error as Error).message;
      }
      let cloneError = '';
      try {
        await api.echo({ callback: () => 1 });
      } catch (error) {
        cloneError = (error as Error).name;
      }
      return {
        frozen: Object.isFrozen(api) && Object.isFrozen(api.state),
        countAfterBump: [api.bump().count, api.state.count],
        boxArea: 'area' in api.box,
        sameObjectBack: kept === given,
        echoed: await api.echo({ when: 'today' }),
        missing: await api.missing().catch((error: Error) => error.message),
        ipcKeys: Object.keys(api.ipc),
        thrown,
        cloneError,
        leaked: typeof (window as { leaked?: unknown }).leaked,
        rebind: (() => {
          try {
            Object.defineProperty(window, 'api', { value: 1 });
            return 'rebound';
          } catch {
            return 'refused';
          }
        })(),
      };
    });
    expect(seen).toEqual({
      frozen: true,
      countAfterBump: [2, 1],
      boxArea: false,
      sameObjectBack: false,
      echoed: { echoed: { when: 'today' } },
      missing:
        "Error invoking remote method 'no:handler': Error: No handler registered for 'no:handler'",
      ipcKeys: [],
      thrown: 'inside',
      cloneError: 'DataCloneError',
      leaked: 'undefined',
      rebind: 'refused',
    });
    await page.context().close();
  });

  it('runs in the main frame only', async () => {
    const { page } = await withPreload(`
      require('electron').contextBridge.exposeInMainWorld('api', { here: true });
    `);
    await page.frames()[1]?.waitForLoadState();
    const inFrame = await page
      .frames()[1]!
      .evaluate(() => typeof (window as { api?: unknown }).api);
    expect(await page.evaluate(() => typeof (window as { api?: unknown }).api)).toBe('object');
    expect(inFrame).toBe('undefined');
    await page.context().close();
  });
});
