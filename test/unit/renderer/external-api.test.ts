import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

const SERVER = 'https://meet.example.org';

/** The page's document as load() uses it: script elements that fire what the test says. */
function fakePage() {
  const scripts: (EventTarget & { src?: string; async?: boolean })[] = [];
  const window: { JitsiMeetExternalAPI?: unknown } = {};
  vi.stubGlobal('window', window);
  vi.stubGlobal('document', {
    createElement: () => new EventTarget(),
    head: { append: (script: EventTarget) => scripts.push(script) },
  });
  return { scripts, window };
}

/** The module afresh: it keeps one load per page. */
const externalApi = () => import('../../../src/renderer/meeting/external-api');

beforeEach(() => {
  vi.resetModules();
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('loading the server’s IFrame API', () => {
  it('loads external_api.js from the configured server once, and gives its constructor', async () => {
    const page = fakePage();
    const { loadExternalApi } = await externalApi();
    const first = loadExternalApi(SERVER);
    const second = loadExternalApi(SERVER);
    expect(page.scripts.map((script) => script.src)).toEqual([`${SERVER}/external_api.js`]);
    const Api = class {};
    page.window.JitsiMeetExternalAPI = Api;
    page.scripts[0]!.dispatchEvent(new Event('load'));
    await expect(first).resolves.toBe(Api);
    await expect(second).resolves.toBe(Api);
    // No deadline left running after the load.
    expect(vi.getTimerCount()).toBe(0);
  });

  it('gives up on a server that never answers, and tries again on the next call', async () => {
    const page = fakePage();
    const { loadExternalApi, EXTERNAL_API_TIMEOUT_MS } = await externalApi();
    const stalled = loadExternalApi(SERVER);
    const outcome = expect(stalled).rejects.toThrow('did not load in time');
    await vi.advanceTimersByTimeAsync(EXTERNAL_API_TIMEOUT_MS - 1);
    expect(vi.getTimerCount()).toBe(1);
    await vi.advanceTimersByTimeAsync(1);
    await outcome;

    void loadExternalApi(SERVER).catch(() => {});
    expect(page.scripts).toHaveLength(2);
  });

  it('fails at once when the script cannot be fetched, or defines no API', async () => {
    const page = fakePage();
    const { loadExternalApi } = await externalApi();
    const unreachable = loadExternalApi(SERVER);
    page.scripts[0]!.dispatchEvent(new Event('error'));
    await expect(unreachable).rejects.toThrow('did not load');

    const notJitsi = loadExternalApi(SERVER);
    page.scripts[1]!.dispatchEvent(new Event('load'));
    await expect(notJitsi).rejects.toThrow('defined no JitsiMeetExternalAPI');
    expect(vi.getTimerCount()).toBe(0);
  });
});
