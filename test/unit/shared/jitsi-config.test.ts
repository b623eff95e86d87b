import { describe, expect, it } from 'vitest';
import { hardenedJitsiOptions, safeToolbarButtons } from '../../../src/shared/jitsi-config';

/**
 * The overwrite paths jitsi-meet accepts through the IFrame API, as far as the
 * app uses them: each one is listed in jitsi/jitsi-meet's
 * react/features/base/config/configWhitelist.ts at commit
 * 5649934ab5789f8bcf85911a54b50ed8dc4ffbe5 (the version that adds
 * isEmbeddedConfigWhitelist.ts for pages in an iframe), and the interface keys
 * in interfaceConfigWhitelist.ts at 3dbf5948a724ae1c1f2b35f6fc1e6942897113c5.
 * jitsi-meet filters overwrites with lodash `pick` on these paths and drops the
 * rest without a word. Add a path here only after reading it in that file.
 */
const whitelisted = new Set([
  'disableThirdPartyRequests',
  'analytics.disabled',
  'analytics.rtcstatsEnabled',
  'analytics.watchRTCEnabled',
  'enableDisplayNameInStats',
  'enableEmailInStats',
  'gravatar.disabled',
  'giphy',
  'deeplinking.disabled',
  'disableDeepLinking',
  'enableCalendarIntegration',
  'googleApiApplicationClientID',
  'dropbox.appKey',
  'whiteboard.enabled',
  'liveStreaming.enabled',
  'liveStreamingEnabled',
  'openSharedDocumentOnJoin',
  'p2p.enabled',
  'p2p.iceTransportPolicy',
  'forceTurnRelay',
  'faceLandmarks',
  'e2eping',
  'feedbackPercentage',
  'disableRemoteControl',
  'disableInviteFunctions',
  'prejoinConfig.enabled',
  'toolbarButtons',
]);
const interfaceWhitelisted = new Set([
  'SHOW_CHROME_EXTENSION_BANNER',
  'SETTINGS_SECTIONS',
  'SHARING_FEATURES',
  'RECENT_LIST_ENABLED',
]);

/**
 * Paths above that the whitelist before it was narrowed to paths (e.g. at
 * e6096f5a6c24eb3170bffae6a0b948ce5e87e02e, which still whitelists `hosts`,
 * `p2p` and `dropbox` whole) does not list, so a server that old drops them;
 * each with the path both versions keep that still does (part of) its job.
 */
const droppedByOlderServers: Record<string, string> = {
  enableCalendarIntegration: 'googleApiApplicationClientID',
};

/** Leaf paths of an object, stopping at whitelisted whole objects and at arrays. */
function paths(value: Record<string, unknown>, allowed: Set<string>, prefix = ''): string[] {
  return Object.entries(value).flatMap(([key, child]) => {
    const path = `${prefix}${key}`;
    if (allowed.has(path) || child === null || typeof child !== 'object' || Array.isArray(child)) {
      return [path];
    }
    return paths(child as Record<string, unknown>, allowed, `${path}.`);
  });
}

/** Every host named anywhere in the options: in URLs and in stun:/turn: addresses. */
function hostsIn(options: unknown): string[] {
  const text = JSON.stringify(options);
  const urls = [...text.matchAll(/\b[a-z][a-z0-9+.-]*:\/\/([^/"?#:\s]+)/gi)].map((m) => m[1]!);
  const ice = [...text.matchAll(/\b(?:stuns?|turns?):\[?([^"?:\]\s]+)/gi)].map((m) => m[1]!);
  const bare = [...text.matchAll(/\b(?:[a-z0-9-]+\.)+(?:com|net|org|io|de|eu|me)\b/gi)].map(
    (m) => m[0],
  );
  return [...new Set([...urls, ...ice, ...bare])];
}

const variants = [
  { iceServers: [], relayOnly: false },
  { iceServers: [], relayOnly: true },
  { iceServers: ['turns:turn.beratung.example:443?transport=tcp'], relayOnly: true },
  {
    iceServers: ['stun:stun.beratung.example:3478', 'turn:turn.beratung.example:3478'],
    relayOnly: false,
  },
];

describe('hardened Jitsi options', () => {
  it.each(variants)('use only overwrite paths Jitsi accepts (%j)', (settings) => {
    const options = hardenedJitsiOptions(settings);
    for (const path of paths(options.configOverwrite, whitelisted)) {
      expect(whitelisted, path).toContain(path);
    }
    for (const path of paths(options.interfaceConfigOverwrite, interfaceWhitelisted)) {
      expect(interfaceWhitelisted, path).toContain(path);
    }
  });

  it('back each path an older server drops with one it keeps', () => {
    const { configOverwrite } = hardenedJitsiOptions(variants[0]!);
    for (const [path, backstop] of Object.entries(droppedByOlderServers)) {
      expect(configOverwrite[path], path).toBe(false);
      expect(whitelisted, backstop).toContain(backstop);
      expect(configOverwrite[backstop], backstop).toBe('');
    }
  });

  it.each(variants)('never name a host other than the configured ones (%j)', (settings) => {
    const configured = settings.iceServers.map((url) => url.split(':')[1]!);
    expect(hostsIn(hardenedJitsiOptions(settings)).sort()).toEqual([...new Set(configured)].sort());
  });

  it('finds hosts where they would hide (the check itself works)', () => {
    expect(
      hostsIn({
        a: 'stun:meet-jit-si-turnrelay.jitsi.net:443',
        b: 'https://www.gravatar.com/x',
        c: 'giphy.com',
      }),
    ).toEqual(['www.gravatar.com', 'meet-jit-si-turnrelay.jitsi.net', 'giphy.com']);
  });

  it('turn off every third-party feature of a stock Jitsi Meet', () => {
    const { configOverwrite, interfaceConfigOverwrite } = hardenedJitsiOptions(variants[0]!);
    expect(configOverwrite).toMatchObject({
      disableThirdPartyRequests: true,
      analytics: { disabled: true, rtcstatsEnabled: false, watchRTCEnabled: false },
      gravatar: { disabled: true },
      giphy: { enabled: false },
      deeplinking: { disabled: true },
      disableDeepLinking: true,
      enableCalendarIntegration: false,
      dropbox: { appKey: null },
      whiteboard: { enabled: false },
      liveStreaming: { enabled: false },
      p2p: { enabled: false },
      feedbackPercentage: 0,
      disableRemoteControl: true,
      prejoinConfig: { enabled: true },
    });
    expect(configOverwrite.toolbarButtons).toEqual([...safeToolbarButtons]);
    for (const risky of [
      'sharedvideo',
      'livestreaming',
      'recording',
      'etherpad',
      'whiteboard',
      'invite',
      'help',
      'download',
      'feedback',
      'embedmeeting',
      'linktosalesforce',
    ]) {
      expect(safeToolbarButtons).not.toContain(risky);
    }
    expect(interfaceConfigOverwrite.SETTINGS_SECTIONS).not.toContain('calendar');
    expect(interfaceConfigOverwrite.SHOW_CHROME_EXTENSION_BANNER).toBe(false);
  });

  it('keeps media on the relay when asked', () => {
    expect(hardenedJitsiOptions({ iceServers: [], relayOnly: true }).configOverwrite).toMatchObject(
      {
        forceTurnRelay: true,
        p2p: { enabled: false, iceTransportPolicy: 'relay' },
      },
    );
    expect(
      hardenedJitsiOptions({ iceServers: [], relayOnly: false }).configOverwrite,
    ).toMatchObject({
      forceTurnRelay: false,
      p2p: { iceTransportPolicy: 'all' },
    });
  });

  it('replaces the announced STUN/TURN servers with the configured ones and drops the rest', () => {
    expect(hardenedJitsiOptions({ iceServers: [], relayOnly: false }).iceServers).toBeUndefined();
    expect(
      hardenedJitsiOptions({
        iceServers: ['turns:turn.beratung.example:443?transport=tcp'],
        relayOnly: true,
      }).iceServers,
    ).toEqual({
      replace: [
        { targetType: 'stun', urls: null },
        { targetType: 'turn', urls: null },
        { targetType: 'turns', urls: 'turns:turn.beratung.example:443?transport=tcp' },
      ],
    });
  });
});
