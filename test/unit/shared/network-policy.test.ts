import { describe, expect, it } from 'vitest';
import {
  compileNetworkPolicy,
  decide,
  type BlockReason,
  type ResourceType,
} from '../../../src/shared/network-policy';

const policy = compileNetworkPolicy({
  serverUrl: 'https://meet.example.org',
  extraOrigins: ['wss://xmpp.example.org', 'https://media.example.org:8443'],
  appOrigins: ['app://sprechstunde'],
});

type Row = [url: string, expected: 'allow' | BlockReason, resourceType?: ResourceType];

// Every trick the issue names, and the plain cases around them.
const table: Row[] = [
  // The app's own bundle.
  ['app://sprechstunde/index.html', 'allow', 'mainFrame'],
  ['app://sprechstunde/assets/index-abc.js', 'allow', 'script'],
  ['app://other/index.html', 'scheme-not-allowed', 'script'],
  ['app://other/index.html', 'navigation-not-allowed', 'mainFrame'],
  ['APP://SPRECHSTUNDE/index.html', 'allow', 'mainFrame'],
  // No file page at all, not even one shipped with the app (the Jitsi SDK's own indicator).
  [
    'file:///opt/Sprechstunde/resources/app.asar/sdk/screenSharingTracker.html?sharingIdentity=x',
    'navigation-not-allowed',
    'mainFrame',
  ],
  ['file:///opt/Sprechstunde/resources/app.asar/sdk/screenSharingTracker.js', 'scheme-not-allowed'],
  // The configured server.
  ['https://meet.example.org/', 'allow', 'subFrame'],
  ['https://meet.example.org/libs/external_api.min.js', 'allow', 'script'],
  ['wss://meet.example.org/xmpp-websocket?room=x', 'allow', 'webSocket'],
  ['https://meet.example.org', 'allow'],
  ['https://meet.example.org:443/http-bind', 'allow', 'xhr'],
  ['https://meet.example.org?x=1', 'allow'],
  // Letter case and percent-encoding: judged on the host the request reaches.
  ['HTTPS://MEET.Example.ORG/path', 'allow'],
  ['https://meet%2Eexample.org/', 'allow'],
  ['https://meet.example.org%2Fevil.test/', 'malformed-url'],
  ['https://evil.test%2F@meet.example.org/', 'credentials-in-url'],
  // Userinfo.
  ['https://meet.example.org@evil.test/', 'credentials-in-url'],
  ['https://meet.example.org:443@evil.test/', 'credentials-in-url'],
  ['https://user:pw@meet.example.org/', 'credentials-in-url'],
  ['https://evil.test/@meet.example.org/', 'host-not-allowed'],
  ['https://evil.test\\@meet.example.org/', 'host-not-allowed'],
  ['https://evil.test#@meet.example.org/', 'host-not-allowed'],
  // A path that looks like a host is still a path on the server.
  ['https://meet.example.org/@evil.test/', 'allow'],
  ['https://meet.example.org/\\@evil.test', 'allow'],
  // Trailing dots: another origin, not the configured one.
  ['https://meet.example.org./', 'host-not-allowed'],
  ['https://meet.example.org../', 'host-not-allowed'],
  // Subdomains and look-alikes.
  ['https://evil.meet.example.org/', 'host-not-allowed'],
  ['https://meet.example.org.evil.test/', 'host-not-allowed'],
  ['https://meetexample.org/', 'host-not-allowed'],
  ['https://example.org/', 'host-not-allowed'],
  // IDN: Cyrillic "е" and "а", full-width letters, punycode.
  ['https://m\u0435et.example.org/', 'host-not-allowed'],
  ['https://meet.ex\u0430mple.org/', 'host-not-allowed'],
  ['https://xn--mt-jlc.example.org/', 'host-not-allowed'],
  ['https://\uff4d\uff45\uff45\uff54.example.org/', 'allow'],
  // Ports.
  ['https://meet.example.org:8443/', 'host-not-allowed'],
  ['https://meet.example.org:444/', 'host-not-allowed'],
  ['https://media.example.org:8443/stream', 'allow'],
  ['https://media.example.org/', 'host-not-allowed'],
  ['wss://media.example.org:8443/', 'host-not-allowed'],
  // Extra origins: exactly the scheme listed.
  ['wss://xmpp.example.org/xmpp-websocket', 'allow', 'webSocket'],
  ['https://xmpp.example.org/', 'host-not-allowed'],
  // IP literals.
  ['https://[::1]/', 'host-not-allowed'],
  ['https://[0:0:0:0:0:0:0:1]:443/', 'host-not-allowed'],
  ['https://127.0.0.1/', 'host-not-allowed'],
  ['https://2130706433/', 'host-not-allowed'],
  ['https://0x7f.0.0.1/', 'host-not-allowed'],
  // Schemes.
  ['http://meet.example.org/', 'insecure-scheme'],
  ['ws://meet.example.org/xmpp-websocket', 'insecure-scheme', 'webSocket'],
  ['file:///etc/passwd', 'scheme-not-allowed'],
  ['file://server/share/x', 'scheme-not-allowed'],
  ['ftp://meet.example.org/', 'scheme-not-allowed'],
  ['chrome://settings', 'scheme-not-allowed'],
  ['javascript:alert(1)', 'scheme-not-allowed'],
  ['jitsi-meet://meet.example.org/room', 'scheme-not-allowed'],
  ['data:image/png;base64,iVBORw0KGgo=', 'allow', 'image'],
  ['blob:https://meet.example.org/6f1c', 'allow', 'script'],
  ['blob:app://sprechstunde/6f1c', 'allow'],
  ['blob:https://evil.test/6f1c', 'host-not-allowed'],
  ['about:blank', 'allow', 'subFrame'],
  ['about:config', 'scheme-not-allowed'],
  // Third parties a stock Jitsi page contacts.
  ['https://www.gravatar.com/avatar/abc?d=404', 'host-not-allowed', 'image'],
  ['https://www.google-analytics.com/collect', 'host-not-allowed', 'ping'],
  ['https://apis.google.com/js/api.js', 'host-not-allowed', 'script'],
  ['https://api.giphy.com/v1/gifs/search', 'host-not-allowed', 'xhr'],
  ['wss://rtcstats-server-pilot.jitsi.net/', 'host-not-allowed', 'webSocket'],
  ['https://web-cdn.jitsi.net/faq', 'host-not-allowed'],
  // The window never navigates to the server or anywhere else.
  ['https://meet.example.org/', 'navigation-not-allowed', 'mainFrame'],
  ['https://evil.test/', 'navigation-not-allowed', 'mainFrame'],
  // Not URLs.
  ['', 'malformed-url'],
  ['meet.example.org/room', 'malformed-url'],
  ['https://', 'malformed-url'],
  ['https://meet example.org/', 'malformed-url'],
];

describe('decide', () => {
  it('has a table of at least 40 decisions', () => {
    expect(table.length).toBeGreaterThanOrEqual(40);
  });

  it.each(table)('%s → %s (%s)', (url, expected, resourceType) => {
    const decision = decide({ url, resourceType }, policy);
    expect(decision.action === 'allow' ? 'allow' : decision.reason).toBe(expected);
  });

  it('reports the host of a block, never the path or query', () => {
    expect(decide({ url: 'https://www.gravatar.com/avatar/d41d8?s=80' }, policy)).toEqual({
      action: 'block',
      reason: 'host-not-allowed',
      host: 'www.gravatar.com',
    });
    expect(decide({ url: 'https://meet.example.org@evil.test/x' }, policy)).toMatchObject({
      host: 'evil.test',
    });
    expect(decide({ url: 'file:///home/counsellor/notes.txt' }, policy)).toMatchObject({
      host: 'file:',
    });
  });

  it('blocks every https request while no server is configured', () => {
    const unconfigured = compileNetworkPolicy({
      serverUrl: null,
      extraOrigins: [],
      appOrigins: ['app://sprechstunde'],
    });
    expect(decide({ url: 'https://meet.example.org/' }, unconfigured)).toMatchObject({
      reason: 'host-not-allowed',
    });
    expect(decide({ url: 'app://sprechstunde/index.html' }, unconfigured).action).toBe('allow');
  });

  it('normalises configured origins the way requests are parsed', () => {
    const written = compileNetworkPolicy({
      serverUrl: 'HTTPS://Meet.Example.ORG:443/',
      extraOrigins: ['WSS://XMPP.example.org:443'],
      appOrigins: [],
    });
    expect([...written.allowedOrigins]).toEqual([
      'https://meet.example.org',
      'wss://meet.example.org',
      'wss://xmpp.example.org',
    ]);
  });

  it.each([
    'http://meet.example.org',
    'https://meet.example.org/room',
    'https://meet.example.org?x',
    'https://user@meet.example.org',
    'https://meet.example.org.',
    'ftp://meet.example.org',
    'meet.example.org',
  ])('refuses to configure %s as the server', (serverUrl) => {
    expect(() => compileNetworkPolicy({ serverUrl, extraOrigins: [], appOrigins: [] })).toThrow();
  });

  it('gives the same answer on the fast path and after parsing', () => {
    // A URL spelled differently from its canonical form takes the slow path;
    // the canonical spelling takes the fast path: both must agree.
    for (const [url, , resourceType] of table) {
      let canonical: string;
      try {
        canonical = new URL(url).href;
      } catch {
        continue;
      }
      const slow = decide({ url, resourceType }, policy);
      const fast = decide({ url: canonical, resourceType }, policy);
      expect(fast.action, url).toBe(slow.action);
    }
  });
});
