import type { Certificate } from 'electron';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Logger } from '../../../../src/main/log/logger';
import { createNetworkGuard } from '../../../../src/main/network/network-guard';
import {
  certificateChain,
  guardSession,
  REFUSE,
  USE_CHROMIUM_VERDICT,
  type GuardableSession,
} from '../../../../src/main/network/session-guard';
import { spkiPin } from '../../../../src/main/network/spki';
import { defaultUserSettings, type UserSettings } from '../../../../src/shared/settings';
import { createTestChain, type TestChain } from '../../../fixtures/certificates';

let chain: TestChain;
let other: TestChain;
beforeAll(async () => {
  [chain, other] = await Promise.all([
    createTestChain(['meet.example.org']),
    createTestChain(['meet.example.org']),
  ]);
});

function setup(overrides: Partial<UserSettings> = {}) {
  let settings: UserSettings = {
    ...defaultUserSettings,
    serverUrl: 'https://meet.example.org',
    ...overrides,
  };
  const lines: string[] = [];
  const guard = createNetworkGuard({
    settings: () => settings,
    appOrigins: ['app://sprechstunde'],
    now: () => new Date('2026-11-23T10:00:00.000Z'),
    log: {
      info: (line) => lines.push(line),
      warn: (line) => lines.push(line),
      error: (line) => lines.push(line),
    },
  });
  return {
    guard,
    lines,
    change: (next: Partial<UserSettings>) => (settings = { ...settings, ...next }),
  };
}

describe('SPKI pins', () => {
  it('are computed as openssl computes them', () => {
    expect(spkiPin(chain.leaf.cert)).toBe(chain.leaf.pin);
    expect(spkiPin(chain.ca.cert)).toBe(chain.ca.pin);
    expect(chain.leaf.pin).not.toBe(chain.ca.pin);
    expect(chain.leaf.pin).toMatch(/^[A-Za-z0-9+/]{43}=$/);
  });

  it('accept any certificate while none are configured', () => {
    const { guard } = setup();
    expect(
      guard.acceptsCertificate({ hostname: 'meet.example.org', chain: [other.leaf.cert] }),
    ).toBe(true);
  });

  it('accept the server when its own or its CA key is pinned', () => {
    const leafPinned = setup({ spkiPins: [chain.leaf.pin] }).guard;
    const caPinned = setup({ spkiPins: [chain.ca.pin] }).guard;
    const full = [chain.leaf.cert, chain.ca.cert];
    expect(leafPinned.acceptsCertificate({ hostname: 'meet.example.org', chain: full })).toBe(true);
    expect(caPinned.acceptsCertificate({ hostname: 'meet.example.org', chain: full })).toBe(true);
    expect(caPinned.lastTlsRefusal()).toBeNull();
  });

  it('refuse the server when no key of its chain is pinned, and say which and why', () => {
    const { guard, lines } = setup({ spkiPins: [chain.leaf.pin, chain.ca.pin] });
    expect(
      guard.acceptsCertificate({
        hostname: 'meet.example.org',
        chain: [other.leaf.cert, other.ca.cert],
      }),
    ).toBe(false);
    expect(guard.lastTlsRefusal()).toEqual({
      host: 'meet.example.org',
      reason: 'pin-mismatch',
      at: '2026-11-23T10:00:00.000Z',
    });
    expect(lines.join('\n')).toContain('refused the certificate of meet.example.org');
  });

  it('apply to the extra origins too, and leave hosts the policy blocks anyway to Chromium', () => {
    const { guard } = setup({ spkiPins: [chain.ca.pin], extraOrigins: ['wss://xmpp.example.org'] });
    expect(
      guard.acceptsCertificate({ hostname: 'xmpp.example.org', chain: [other.leaf.cert] }),
    ).toBe(false);
    expect(guard.acceptsCertificate({ hostname: 'elsewhere.test', chain: [other.leaf.cert] })).toBe(
      true,
    );
  });

  it('refuse a chain that is not PEM rather than throw', () => {
    const { guard } = setup({ spkiPins: [chain.leaf.pin] });
    expect(guard.acceptsCertificate({ hostname: 'meet.example.org', chain: ['garbage'] })).toBe(
      false,
    );
  });
});

describe('the network guard', () => {
  it('counts blocked hosts for the consultation under way only, without paths', () => {
    const { guard, lines } = setup();
    guard.filter({ url: 'https://www.gravatar.com/avatar/before' });
    guard.beginConsultation('7b0c1f3e-25a1-4c8e-9d59-2f7e1c9e0a11');
    for (const url of [
      'https://www.gravatar.com/avatar/abc?d=404',
      'https://www.gravatar.com/avatar/def',
      'https://www.google-analytics.com/collect?tid=1',
      'https://meet.example.org/http-bind',
      'not a url',
    ]) {
      guard.filter({ url });
    }
    expect(guard.currentReport()).toEqual({
      appointmentId: '7b0c1f3e-25a1-4c8e-9d59-2f7e1c9e0a11',
      report: {
        total: 4,
        hosts: [
          { host: 'www.gravatar.com', count: 2 },
          { host: '*', count: 1 },
          { host: 'www.google-analytics.com', count: 1 },
        ],
      },
    });
    expect(guard.endConsultation()?.report.total).toBe(4);
    expect(guard.currentReport()).toBeNull();
    guard.filter({ url: 'https://www.gravatar.com/avatar/after' });
    expect(guard.endConsultation()).toBeNull();
    const log = lines.join('\n');
    expect(log).toContain('www.gravatar.com');
    expect(log).not.toMatch(/\/avatar|collect|tid=/);
    // Each host is logged once.
    expect(log.match(/www\.gravatar\.com/g)).toHaveLength(1);
  });

  it('follows a change of the server without a restart', () => {
    const { guard, change } = setup();
    expect(guard.filter({ url: 'https://meet.example.org/' }).action).toBe('allow');
    change({ serverUrl: 'https://jitsi.beratung.example' });
    expect(guard.filter({ url: 'https://meet.example.org/' }).action).toBe('block');
    expect(guard.filter({ url: 'wss://jitsi.beratung.example/xmpp-websocket' }).action).toBe(
      'allow',
    );
  });
});

const quietLog: Logger = { info() {}, warn() {}, error() {} };

type Handler = (...args: never[]) => unknown;

function fakeSession() {
  const handlers: Record<string, Handler> = {};
  const calls: Record<string, unknown[]> = {};
  const record = (name: string) => (value: unknown) => {
    if (typeof value === 'function') handlers[name] = value as Handler;
    (calls[name] ??= []).push(value);
  };
  const session = {
    webRequest: {
      onBeforeRequest: record('onBeforeRequest'),
      onBeforeSendHeaders: record('onBeforeSendHeaders'),
      onHeadersReceived: record('onHeadersReceived'),
    },
    on: (event: string, listener: unknown) => record(event)(listener),
    serviceWorkers: { on: (event: string, listener: unknown) => record(event)(listener) },
    clearStorageData: () => Promise.resolve(),
    setPermissionRequestHandler: record('request'),
    setPermissionCheckHandler: record('check'),
    setCertificateVerifyProc: record('verify'),
    setSSLConfig: record('ssl'),
    setSpellCheckerEnabled: record('spellcheck'),
  } as unknown as GuardableSession;
  return { session, handlers, calls };
}

const asCertificate = (pems: string[]): Certificate =>
  pems.reduceRight<Certificate | undefined>(
    (issuer, data) => ({ data, issuerCert: issuer }) as Certificate,
    undefined,
  )!;

describe('a guarded session', () => {
  it('cancels every request the policy blocks, redirect hops included', () => {
    const { guard } = setup();
    const { session, handlers } = fakeSession();
    guardSession(session, guard, quietLog);
    const ask = (url: string, resourceType: string) =>
      new Promise<unknown>((resolve) =>
        handlers.onBeforeRequest!({ url, resourceType } as never, resolve as never),
      );
    return Promise.all([
      expect(ask('https://meet.example.org/external_api.js', 'script')).resolves.toEqual({
        cancel: false,
      }),
      expect(ask('https://www.gravatar.com/avatar/x', 'image')).resolves.toEqual({ cancel: true }),
      expect(ask('https://evil.test/flash', 'object')).resolves.toEqual({ cancel: true }),
      expect(ask('https://meet.example.org/', 'mainFrame')).resolves.toEqual({ cancel: true }),
      expect(ask('app://sprechstunde/index.html', 'mainFrame')).resolves.toEqual({ cancel: false }),
    ]);
  });

  it('blocks a request and refuses a connection when the decision itself throws, and logs it', () => {
    const errors: string[] = [];
    const failing = {
      ...setup().guard,
      filter: () => {
        throw new TypeError('settings.extraOrigins is not iterable');
      },
      acceptsCertificate: () => {
        throw new TypeError('settings.spkiPins is not iterable');
      },
    };
    const { session, handlers } = fakeSession();
    guardSession(session, failing, { ...quietLog, error: (message) => errors.push(message) });
    const answer = new Promise<unknown>((resolve) =>
      handlers.onBeforeRequest!(
        { url: 'https://meet.example.org/', resourceType: 'xhr' } as never,
        resolve as never,
      ),
    );
    const verdict = new Promise<number>((resolve) =>
      handlers.verify!(
        {
          hostname: 'meet.example.org',
          errorCode: 0,
          certificate: asCertificate([chain.leaf.cert]),
        } as never,
        resolve as never,
      ),
    );
    return Promise.all([
      expect(answer).resolves.toEqual({ cancel: true }),
      expect(verdict).resolves.toBe(REFUSE),
    ]).then(() =>
      expect(errors).toEqual([
        'the network decision failed; the request is blocked',
        'the certificate check failed; the connection is refused',
      ]),
    );
  });

  it('asks for TLS 1.2 at least and turns the spell-check downloads off', () => {
    const { session, calls } = fakeSession();
    guardSession(session, setup().guard, quietLog);
    expect(calls.ssl).toEqual([{ minVersion: 'tls1.2' }]);
    expect(calls.spellcheck).toEqual([false]);
  });

  it("keeps Chromium's verdict, and refuses on top of it when no pin matches", () => {
    const { session, handlers } = fakeSession();
    guardSession(session, setup({ spkiPins: [chain.ca.pin] }).guard, quietLog);
    const verify = (request: object) =>
      new Promise<number>((resolve) => handlers.verify!(request as never, resolve as never));
    const good = asCertificate([chain.leaf.cert, chain.ca.cert]);
    const bad = asCertificate([other.leaf.cert, other.ca.cert]);
    return Promise.all([
      expect(
        verify({
          hostname: 'meet.example.org',
          errorCode: 0,
          certificate: good,
          validatedCertificate: good,
        }),
      ).resolves.toBe(USE_CHROMIUM_VERDICT),
      expect(
        verify({
          hostname: 'meet.example.org',
          errorCode: 0,
          certificate: bad,
          validatedCertificate: bad,
        }),
      ).resolves.toBe(REFUSE),
      // Chromium refused (-202 = CERT_AUTHORITY_INVALID): pins cannot overrule it.
      expect(
        verify({
          hostname: 'meet.example.org',
          errorCode: -202,
          certificate: good,
          validatedCertificate: good,
        }),
      ).resolves.toBe(USE_CHROMIUM_VERDICT),
    ]);
  });

  it('reads the chain up to the root and stops at a loop', () => {
    const loop = { data: 'a' } as Certificate;
    (loop as { issuerCert: Certificate }).issuerCert = loop;
    expect(certificateChain(loop)).toEqual(['a']);
    expect(certificateChain(asCertificate(['leaf', 'ca']))).toEqual(['leaf', 'ca']);
    expect(certificateChain(undefined)).toEqual([]);
  });

  it('grants the meeting frame inside the app its camera, and nobody else anything', () => {
    const { session, handlers } = fakeSession();
    guardSession(session, setup().guard, quietLog);
    const app = { getURL: () => 'app://sprechstunde/index.html' };
    const request = (permission: string, details: object) =>
      new Promise<boolean>((resolve) =>
        handlers.request!(app as never, permission as never, resolve as never, details as never),
      );
    const check = (contents: object | null, permission: string, origin: string, details: object) =>
      handlers.check!(contents as never, permission as never, origin as never, details as never);
    return Promise.all([
      expect(
        request('media', {
          requestingUrl: 'https://meet.example.org/room',
          isMainFrame: false,
          mediaTypes: ['video', 'audio'],
        }),
      ).resolves.toBe(true),
      expect(
        request('media', {
          requestingUrl: 'app://sprechstunde/index.html',
          isMainFrame: true,
          mediaTypes: ['video'],
        }),
      ).resolves.toBe(false),
      expect(
        request('geolocation', {
          requestingUrl: 'https://meet.example.org/room',
          isMainFrame: false,
        }),
      ).resolves.toBe(false),
      expect(
        Promise.resolve(
          check(null, 'media', 'https://meet.example.org', {
            isMainFrame: false,
            embeddingOrigin: 'app://sprechstunde',
            mediaType: 'audio',
          }),
        ),
      ).resolves.toBe(true),
      expect(
        Promise.resolve(
          check(null, 'media', 'https://meet.example.org', {
            isMainFrame: false,
            mediaType: 'audio',
          }),
        ),
      ).resolves.toBe(false),
      expect(
        Promise.resolve(
          check(app, 'notifications', 'https://meet.example.org', {
            isMainFrame: false,
            embeddingOrigin: 'app://sprechstunde',
          }),
        ),
      ).resolves.toBe(false),
    ]);
  });
});
