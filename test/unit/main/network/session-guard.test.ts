import { describe, expect, it } from 'vitest';
import type { Logger } from '../../../../src/main/log/logger';
import { createNetworkGuard } from '../../../../src/main/network/network-guard';
import { guardSession, type GuardableSession } from '../../../../src/main/network/session-guard';
import { defaultUserSettings } from '../../../../src/shared/settings';

type Listener = (...args: never[]) => unknown;

/** A session as guardSession uses it: the listeners it installs, by name. */
function guardedSession(log: Partial<Logger> = {}) {
  const listeners: Record<string, Listener> = {};
  const keep = (name: string) => (listener: unknown) => {
    listeners[name] = listener as Listener;
  };
  const cleared: unknown[] = [];
  const session = {
    serviceWorkers: { on: (event: string, listener: unknown) => keep(event)(listener) },
    clearStorageData: (options: unknown) => {
      cleared.push(options);
      return Promise.resolve();
    },
    webRequest: {
      onBeforeRequest: keep('onBeforeRequest'),
      onBeforeSendHeaders: keep('onBeforeSendHeaders'),
      onHeadersReceived: keep('onHeadersReceived'),
    },
    on: (event: string, listener: unknown) => keep(event)(listener),
    setPermissionRequestHandler: () => {},
    setPermissionCheckHandler: () => {},
    setCertificateVerifyProc: () => {},
    setSSLConfig: () => {},
    setSpellCheckerEnabled: () => {},
  } as unknown as GuardableSession;
  const guard = createNetworkGuard({
    settings: () => ({ ...defaultUserSettings, serverUrl: 'https://meet.example.org' }),
    appOrigins: ['app://sprechstunde'],
    log: { info() {}, warn() {}, error() {} },
  });
  const lines: string[] = [];
  guardSession(session, guard, {
    info: (line) => lines.push(line),
    warn: (line) => lines.push(line),
    error: (line) => lines.push(line),
    ...log,
  });
  return { listeners, lines, cleared };
}

/** Calls a webRequest listener and resolves with what it answered. */
function answer(listener: Listener | undefined, details: object): Promise<unknown> {
  return new Promise((resolve) => listener!(details as never, resolve as never));
}

describe('a guarded session and service workers', () => {
  it("cancels a service worker's script, which webRequest calls an ordinary script", async () => {
    const { listeners, lines } = guardedSession();
    // As Chromium fetches the script of navigator.serviceWorker.register('/pwa-worker.js').
    const worker = {
      url: 'https://meet.example.org/pwa-worker.js',
      resourceType: 'script',
      requestHeaders: { 'Service-Worker': 'script', Accept: '*/*' },
    };
    expect(await answer(listeners.onBeforeSendHeaders, worker)).toEqual({ cancel: true });
    expect(lines).toEqual(['refused to load a service worker']);
  });

  it('sends every other request on with its headers as they were', async () => {
    const { listeners } = guardedSession();
    const requestHeaders = { Accept: '*/*', Origin: 'app://sprechstunde' };
    const script = {
      url: 'https://meet.example.org/libs/app.bundle.min.js',
      resourceType: 'script',
      requestHeaders,
    };
    expect(await answer(listeners.onBeforeSendHeaders, script)).toEqual({ requestHeaders });
  });

  it('removes a worker that registered all the same, and says so in the log', () => {
    const { listeners, lines, cleared } = guardedSession();
    listeners['registration-completed']!(
      {} as never,
      { scope: 'https://meet.example.org/' } as never,
    );
    expect(cleared).toEqual([{ storages: ['serviceworkers'] }]);
    expect(lines).toEqual(['a service worker registered despite the guard; it is removed']);
  });

  it('blocks the request when the header check itself fails, and logs it', async () => {
    const errors: string[] = [];
    const { listeners } = guardedSession({ error: (line) => errors.push(line) });
    const broken = { url: 'https://meet.example.org/', resourceType: 'xhr', requestHeaders: null };
    expect(await answer(listeners.onBeforeSendHeaders, broken)).toEqual({ cancel: true });
    expect(errors).toEqual(['the request header check failed; the request is blocked']);
  });
});

describe('a guarded session and DNS prefetching', () => {
  it("turns prefetching off on the server's documents, whatever the server said", async () => {
    const { listeners } = guardedSession();
    const page = {
      url: 'https://meet.example.org/room',
      resourceType: 'subFrame',
      responseHeaders: {
        'content-type': ['text/html'],
        'x-dns-prefetch-control': ['on'],
        Link: [
          '<https://tracker.example>; rel=dns-prefetch',
          '<https://meet.example.org/libs/app.bundle.min.js>; rel=preload; as=script',
          '<https://cdn.example>; rel="preconnect"',
        ],
      },
    };
    expect(await answer(listeners.onHeadersReceived, page)).toEqual({
      responseHeaders: {
        'content-type': ['text/html'],
        Link: ['<https://meet.example.org/libs/app.bundle.min.js>; rel=preload; as=script'],
        'X-DNS-Prefetch-Control': ['off'],
      },
    });
  });

  it('leaves the headers of other responses alone, but for hints in a Link header', async () => {
    const { listeners } = guardedSession();
    const script = {
      url: 'https://meet.example.org/config.js',
      resourceType: 'script',
      responseHeaders: {
        'content-type': ['application/javascript'],
        link: ['<//tracker.example>; rel=dns-prefetch'],
      },
    };
    expect(await answer(listeners.onHeadersReceived, script)).toEqual({
      responseHeaders: { 'content-type': ['application/javascript'] },
    });
    const image = { ...script, resourceType: 'image', responseHeaders: { etag: ['"1"'] } };
    expect(await answer(listeners.onHeadersReceived, image)).toEqual({});
  });
});

describe('a guarded session and downloads', () => {
  it('cancels every download, and logs it without its address or file name', () => {
    const { listeners, lines } = guardedSession();
    const calls: string[] = [];
    const item = {
      cancel: () => calls.push('cancel'),
      getURL: () => 'https://meet.example.org/recording-Erstgespraech.mp4',
      getFilename: () => 'recording-Erstgespraech.mp4',
    };
    const event = { preventDefault: () => calls.push('preventDefault') };
    listeners['will-download']!(event as never, item as never);
    expect(calls).toEqual(['preventDefault', 'cancel']);
    expect(lines).toEqual(['refused a download']);
  });
});
