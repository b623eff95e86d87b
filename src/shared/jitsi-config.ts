/**
 * The first line of defence: what the app tells Jitsi Meet not to do. A stock
 * Jitsi page contacts Gravatar, GIPHY, analytics and rtcstats services,
 * calendar and Dropbox APIs, app stores and jitsi.net's STUN server; these
 * switches turn all of that off. The network guard blocks whatever gets past.
 *
 * Jitsi keeps only the overwrites its whitelist names
 * (react/features/base/config/configWhitelist.ts) and drops the rest without a
 * word, so only whitelisted paths are used here; the unit test holds the list
 * and the jitsi-meet commit it was read from. A server older than that list may
 * drop a path it did not know yet: the comment at such a path says what still
 * closes the leak there. The network guard blocks every third-party host in any case.
 */

import type { MeetingSpec } from './ipc-contract';

/** Buttons whose features cannot reach a third party (no shared video, live streaming,
 *  recording upload, etherpad, whiteboard, invitations, help or download links). */
export const safeToolbarButtons = [
  'microphone',
  'camera',
  'desktop',
  'chat',
  'raisehand',
  'participants-pane',
  'tileview',
  'settings',
  'hangup',
  'fullscreen',
  'filmstrip',
  'videoquality',
  'toggle-camera',
  'select-background',
  'security',
  'stats',
  'shortcuts',
] as const;

export interface JitsiNetworkSettings {
  /** The organisation's STUN/TURN servers (`stun:`, `turn:`, `turns:`), at most one per type. */
  iceServers: readonly string[];
  /** Media only through TURN: no participant learns another's IP address. */
  relayOnly: boolean;
}

/**
 * The part of a meeting spec that hardens Jitsi, typed from the contract's schema.
 * `iceServers` is the IFrame API's option: Jitsi takes its STUN/TURN servers from
 * the XMPP server (XEP-0215); this replaces their addresses per type with the
 * configured ones and removes every type that is not configured. Absent when
 * nothing is configured: then the server's own announcement stands.
 */
export type HardenedJitsiOptions = Pick<
  MeetingSpec,
  'configOverwrite' | 'interfaceConfigOverwrite' | 'iceServers'
>;

const iceTypes = ['stun', 'turn', 'turns'] as const;

export function hardenedJitsiOptions(settings: JitsiNetworkSettings): HardenedJitsiOptions {
  const options: HardenedJitsiOptions = {
    configOverwrite: {
      disableThirdPartyRequests: true,
      analytics: { disabled: true, rtcstatsEnabled: false, watchRTCEnabled: false },
      enableDisplayNameInStats: false,
      enableEmailInStats: false,
      gravatar: { disabled: true },
      giphy: { enabled: false },
      // `disabled` ends jitsi-meet's deep-linking check before `desktop` is read
      // (deep-linking/functions.web.ts; it skips Electron too), so `desktop` is not set.
      deeplinking: { disabled: true },
      disableDeepLinking: true,
      // In the whitelist the test names, not in older ones (e6096f5a): an older
      // server drops it. There the blank Google client id still turns the Google calendar
      // off, and the calendar settings tab is not offered (SETTINGS_SECTIONS); a
      // Microsoft calendar the server configures (its client id cannot be
      // overwritten) is left to the network guard.
      enableCalendarIntegration: false,
      googleApiApplicationClientID: '',
      // Dropbox counts as on whenever appKey is a string, even an empty one.
      dropbox: { appKey: null },
      whiteboard: { enabled: false },
      liveStreaming: { enabled: false },
      liveStreamingEnabled: false,
      openSharedDocumentOnJoin: false,
      // Peer-to-peer would use stock config.js's jitsi.net STUN server, which the
      // whitelist does not let us replace, and shows each side the other's IP:
      // all media goes through the organisation's bridge instead.
      p2p: { enabled: false, iceTransportPolicy: settings.relayOnly ? 'relay' : 'all' },
      forceTurnRelay: settings.relayOnly,
      faceLandmarks: {
        enableFaceCentering: false,
        enableFaceExpressionsDetection: false,
        enableDisplayFaceExpressions: false,
        enableRTCStats: false,
      },
      e2eping: { enabled: false },
      feedbackPercentage: 0,
      disableRemoteControl: true,
      disableInviteFunctions: true,
      prejoinConfig: { enabled: true },
      toolbarButtons: [...safeToolbarButtons],
    },
    interfaceConfigOverwrite: {
      SHOW_CHROME_EXTENSION_BANNER: false,
      SETTINGS_SECTIONS: ['devices', 'language', 'moderator', 'profile', 'sounds', 'more'],
      SHARING_FEATURES: [],
      RECENT_LIST_ENABLED: false,
    },
  };
  if (settings.iceServers.length > 0) {
    options.iceServers = {
      replace: iceTypes.map((targetType) => ({
        targetType,
        urls: settings.iceServers.find((url) => url.startsWith(`${targetType}:`)) ?? null,
      })),
    };
  }
  return options;
}
