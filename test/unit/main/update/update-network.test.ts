import { describe, expect, it } from 'vitest';
import type { Logger } from '../../../../src/main/log/logger';
import { createNetworkGuard } from '../../../../src/main/network/network-guard';
import {
  guardSession,
  type GuardableSession,
  type SessionDecisions,
} from '../../../../src/main/network/session-guard';
import { updaterSessionDecisions } from '../../../../src/main/update/update-network';
import { defaultUserSettings } from '../../../../src/shared/settings';

const updateUrl = 'https://updates.beratung.example.org/sprechstunde/';
const latestYml = 'https://updates.beratung.example.org/sprechstunde/latest.yml?noCache=1abc';
const installer = 'https://updates.beratung.example.org/sprechstunde/Sprechstunde-Setup-0.2.0.exe';
const quiet: Logger = { info() {}, warn() {}, error() {} };

/** The onBeforeRequest listener guardSession installs on a session, called as Chromium would. */
function sessionGuardedBy(decisions: SessionDecisions) {
  let onBeforeRequest: ((details: object, callback: (answer: object) => void) => void) | undefined;
  const session = {
    serviceWorkers: { on() {} },
    clearStorageData: () => Promise.resolve(),
    webRequest: {
      onBeforeRequest: (listener: typeof onBeforeRequest) => (onBeforeRequest = listener),
      onBeforeSendHeaders() {},
      onHeadersReceived() {},
    },
    on() {},
    setPermissionRequestHandler() {},
    setPermissionCheckHandler() {},
    setCertificateVerifyProc() {},
    setSSLConfig() {},
    setSpellCheckerEnabled() {},
  } as unknown as GuardableSession;
  guardSession(session, decisions, quiet);
  // electron-updater's net.request reports resourceType `other`.
  return (url: string) =>
    new Promise<object>((resolve) => onBeforeRequest!({ url, resourceType: 'other' }, resolve));
}

const pagesGuard = () =>
  createNetworkGuard({
    settings: () => ({
      ...defaultUserSettings,
      serverUrl: 'https://meet.beratung.example.org',
      extraOrigins: ['wss://xmpp.beratung.example.org'],
    }),
    appOrigins: ['app://sprechstunde'],
    log: quiet,
  });

describe("the updater's session", () => {
  it('never sends electron-updater’s per-installation id', async () => {
    let onBeforeSendHeaders:
      ((details: object, callback: (answer: object) => void) => void) | undefined;
    const session = {
      serviceWorkers: { on() {} },
      clearStorageData: () => Promise.resolve(),
      webRequest: {
        onBeforeRequest() {},
        onBeforeSendHeaders: (listener: typeof onBeforeSendHeaders) =>
          (onBeforeSendHeaders = listener),
        onHeadersReceived() {},
      },
      on() {},
      setPermissionRequestHandler() {},
      setPermissionCheckHandler() {},
      setCertificateVerifyProc() {},
      setSSLConfig() {},
      setSpellCheckerEnabled() {},
    } as unknown as GuardableSession;
    guardSession(session, updaterSessionDecisions(updateUrl, quiet), quiet);
    const sent = await new Promise<object>((resolve) =>
      onBeforeSendHeaders!(
        {
          url: latestYml,
          resourceType: 'other',
          requestHeaders: {
            'X-User-Staging-Id': '6a1b3c1e-7f7e-4b9e-9a44-1f0d2c3b4a5e',
            'Cache-Control': 'no-cache',
          },
        },
        resolve,
      ),
    );
    expect(sent).toEqual({ requestHeaders: { 'Cache-Control': 'no-cache' } });
  });

  it('reaches the update server for latest.yml and the installer', async () => {
    const request = sessionGuardedBy(updaterSessionDecisions(updateUrl, quiet));
    expect(await request(latestYml)).toEqual({ cancel: false });
    expect(await request(installer)).toEqual({ cancel: false });
  });

  it('reaches nothing else: not the Jitsi server, not plain http, not another port or host', async () => {
    const lines: string[] = [];
    const decisions = updaterSessionDecisions(updateUrl, { ...quiet, warn: (l) => lines.push(l) });
    const request = sessionGuardedBy(decisions);
    for (const url of [
      'https://meet.beratung.example.org/config.js',
      'http://updates.beratung.example.org/sprechstunde/latest.yml',
      'https://updates.beratung.example.org:8443/sprechstunde/latest.yml',
      'https://cdn.example.net/Sprechstunde-Setup-0.2.0.exe',
      'https://evil.example@updates.beratung.example.org/latest.yml',
      'app://sprechstunde/index.html',
    ]) {
      expect(await request(url), url).toEqual({ cancel: true });
    }
    // Hosts only, never a path.
    expect(lines.join('\n')).not.toContain('latest.yml');
  });

  it('grants no permission: no page loads in it', () => {
    const decisions = updaterSessionDecisions(updateUrl, quiet);
    expect(
      decisions.permission({
        kind: 'request',
        permission: 'media',
        requestingOrigin: 'https://updates.beratung.example.org',
        embeddingOrigin: undefined,
      }),
    ).toBe(false);
  });

  it('refuses to be built for anything but an https URL', () => {
    expect(() => updaterSessionDecisions('http://updates.beratung.example.org/', quiet)).toThrow();
    expect(() => updaterSessionDecisions('not a url', quiet)).toThrow();
  });
});

describe("the pages' sessions", () => {
  it('still block the update server', async () => {
    const guard = pagesGuard();
    const request = sessionGuardedBy(guard);
    expect(await request(latestYml)).toEqual({ cancel: true });
    expect(await request(installer)).toEqual({ cancel: true });
    expect(guard.filter({ url: latestYml, resourceType: 'xhr' })).toEqual({
      action: 'block',
      reason: 'host-not-allowed',
      host: 'updates.beratung.example.org',
    });
    // While the Jitsi server stays reachable for them.
    expect(await request('https://meet.beratung.example.org/config.js')).toEqual({
      cancel: false,
    });
  });
});
