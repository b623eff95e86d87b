import type { WebContents } from 'electron';
import { isAppOrigin } from '../ipc/router';
import type { Logger } from '../log/logger';

type GuardedContents = Pick<
  WebContents,
  'on' | 'setWindowOpenHandler' | 'setWebRTCIPHandlingPolicy'
>;

/**
 * What WebRTC may show of this machine's addresses (Electron's
 * `webContents.setWebRTCIPHandlingPolicy`, Chromium's webrtc_ip_handling_policy.h):
 * - `default_public_interface_only`: only the interface of the default route, the one
 *   HTTP uses; no local (private) address is offered as a candidate;
 * - `disable_non_proxied_udp`: no UDP at all unless a proxy carries it, so media goes
 *   over TCP to the server or a TURN server (`turns:`/`?transport=tcp`); no address of
 *   this machine is offered.
 */
export type WebRtcIpPolicy = 'default_public_interface_only' | 'disable_non_proxied_udp';

/** The policy for a meeting: stricter when the counsellor chose "relay only". */
export function webRtcIpPolicy(relayOnly: boolean): WebRtcIpPolicy {
  return relayOnly ? 'disable_non_proxied_udp' : 'default_public_interface_only';
}

/** What the guard reads of a navigation event (Electron's `Event<…EventParams>`). */
interface NavigationEvent {
  url: string;
  isMainFrame: boolean;
  preventDefault(): void;
}

/**
 * Every window stays on the app: the top-level page never navigates or is
 * redirected away, no new windows open, no <webview> attaches. A link that asks
 * for a new window may open in the system browser instead, if `openExternal`
 * allows it (after asking).
 *
 * Frames inside the page (the Jitsi meeting) are not pinned here: Electron
 * emits `will-redirect` for sub-frames too (electron_navigation_throttle.cc),
 * and a server behind a sign-in proxy or load balancer redirects its room
 * page. Every hop of a frame's navigation passes the network guard instead,
 * which allows only the configured server and extra origins.
 */
export function guardWebContents(
  contents: GuardedContents,
  appOrigin: string,
  log: Logger,
  openExternal: (url: string) => Promise<boolean> = () => Promise.resolve(false),
): void {
  // Local addresses never reach the bridge or another participant; the meeting
  // window sets the stricter policy on top when relayOnly is on (meeting-window.ts).
  contents.setWebRTCIPHandlingPolicy(webRtcIpPolicy(false));
  contents.setWindowOpenHandler(({ url }) => {
    log.warn('refused to open a new window');
    openExternal(url).catch((error: unknown) => log.error('opening a link failed', error));
    return { action: 'deny' };
  });
  const pinTopLevel = (event: NavigationEvent, what: string) => {
    if (!event.isMainFrame || isAppOrigin(event.url, appOrigin)) return;
    event.preventDefault();
    log.warn(`refused to ${what} the window away from the app`);
  };
  // `will-navigate` is emitted for the main frame only; `will-redirect` for every frame.
  contents.on('will-navigate', (event) => pinTopLevel(event, 'navigate'));
  contents.on('will-redirect', (event) => pinTopLevel(event, 'redirect'));
  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
    log.warn('refused to attach a webview');
  });
  // A preload that cannot run leaves the page without its API: say so in the log.
  contents.on('preload-error', (_event, _path, error) => log.error('a preload failed', error));
}
