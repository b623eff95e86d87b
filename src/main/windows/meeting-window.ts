import { randomUUID } from 'node:crypto';
import type { BrowserWindow, BrowserWindowConstructorOptions, Session } from 'electron';
import type { MeetingWindow, OpenMeetingWindow } from '../consultation/consultations';
import { isSwallowedShortcut } from '../kiosk/kiosk-window';
import type { Logger } from '../log/logger';
import { mainWindowOptions } from './main-window';
import { webRtcIpPolicy } from './web-contents-guard';

export interface MeetingWindowOptions {
  BrowserWindow: typeof BrowserWindow;
  /** `session.fromPartition`: a name without `persist:` is a session kept in memory only. */
  fromPartition: (partition: string) => Session;
  /** Serves the app's bundle (`app://`) on a new session; the guard is already on it. */
  serveApp: (session: Session) => void;
  /** The meeting preload: meeting channels and the Jitsi SDK bridge only. */
  preload: string;
  /** `app://sprechstunde/meeting.html`. */
  url: string;
  devTools: boolean;
  /**
   * The Jitsi Electron SDK's main-process parts for this window (screen sharing,
   * PiP, power). A window it opens for the meeting goes into `meeting.companions`.
   */
  attachJitsiSdk: (window: BrowserWindow, meeting: MeetingContext) => void;
  /**
   * At a kiosk terminal: the meeting fills the screen in kiosk mode, without a
   * menu, and the shortcuts that close, reload or open windows are swallowed
   * (kiosk-window.ts); the client leaves with the page's own Leave button.
   */
  kiosk?: boolean;
  log: Logger;
}

/** A window opened for a meeting (the screen-sharing indicator, a pop-up of the page). */
export type MeetingCompanion = Pick<BrowserWindow, 'once' | 'isDestroyed' | 'destroy'>;

export interface MeetingContext {
  /** The meeting's partition: a companion page loads there, under the same guard and handler. */
  partition: string;
  companions: MeetingCompanions;
}

export interface MeetingCompanions {
  /** Closes `window` with the meeting window; at once if that is already closed. */
  add(window: MeetingCompanion): void;
}

/**
 * The windows opened for one meeting. None may outlive it: a frameless
 * always-on-top bar left behind would also keep `window-all-closed` from firing.
 */
export function createMeetingCompanions(): MeetingCompanions & { closeAll(): void } {
  const open = new Set<MeetingCompanion>();
  let meetingClosed = false;
  // destroy(), not close(): a page cannot hold it open with beforeunload, and
  // Electron still emits `closed`.
  const destroy = (window: MeetingCompanion) => {
    if (!window.isDestroyed()) window.destroy();
  };
  return {
    add(window) {
      if (meetingClosed) return destroy(window);
      open.add(window);
      window.once('closed', () => open.delete(window));
    },
    closeAll() {
      meetingClosed = true;
      for (const window of [...open]) destroy(window);
      open.clear();
    },
  };
}

/** The meeting window's switches: the main window's, in its own partition. */
export function meetingWindowOptions(options: {
  preload: string;
  partition: string;
  devTools: boolean;
  title: string;
  kiosk?: boolean;
}): BrowserWindowConstructorOptions {
  const base = mainWindowOptions(options);
  return {
    ...base,
    width: 1280,
    height: 820,
    ...(options.kiosk
      ? { kiosk: true, fullscreen: true, autoHideMenuBar: true, minimizable: false }
      : {}),
    webPreferences: { ...base.webPreferences, partition: options.partition },
  };
}

/**
 * Opens each consultation in a new window on a new in-memory partition: no
 * cookie, storage or cache of one consultation is there in the next, and all
 * of it is cleared as soon as the window is gone.
 */
export function createMeetingWindowOpener(options: MeetingWindowOptions): OpenMeetingWindow {
  return async ({ title, relayOnly }) => {
    const partition = `meeting-${randomUUID()}`;
    // Creating it emits `session-created`, where index.ts puts the network guard on it.
    const session = options.fromPartition(partition);
    options.serveApp(session);
    const window = new options.BrowserWindow(
      meetingWindowOptions({
        preload: options.preload,
        partition,
        devTools: options.devTools,
        title,
        ...(options.kiosk ? { kiosk: true } : {}),
      }),
    );
    if (options.kiosk) {
      window.removeMenu();
      window.webContents.on('before-input-event', (event, input) => {
        if (isSwallowedShortcut(input, process.platform)) event.preventDefault();
      });
    }
    // A crashed meeting page ends the meeting: the window goes, the partition is
    // wiped, and (at a kiosk) the terminal resets, as after leaving.
    window.webContents.on('render-process-gone', (_event, details) => {
      options.log.error(`the meeting page is gone (${details.reason}); the meeting ends`);
      if (!window.isDestroyed()) window.destroy();
    });
    // Before anything loads, and as the setting was when joining: with relayOnly no
    // address of this machine, otherwise no local one (the guard's default).
    window.webContents.setWebRTCIPHandlingPolicy(webRtcIpPolicy(relayOnly));
    // The title bar names the appointment, which the page (running the server's
    // script) never gets; so the page's own <title> does not replace it.
    window.on('page-title-updated', (event) => event.preventDefault());
    const companions = createMeetingCompanions();
    // The guard denies every window.open today; one allowed later still closes with the meeting.
    window.webContents.on('did-create-window', (child) => companions.add(child));
    options.attachJitsiSdk(window, { partition, companions });
    window.once('ready-to-show', () => window.show());
    const closed = new Promise<void>((resolve) =>
      window.once('closed', () => {
        companions.closeAll();
        resolve();
      }),
    );
    return Promise.resolve<MeetingWindow>({
      contentsId: window.webContents.id,
      closed,
      load: () => window.loadURL(options.url),
      close: () => {
        if (!window.isDestroyed()) window.close();
      },
      wipe: () => wipeSession(session, options.log),
    });
  };
}

/** Everything a page can leave in a session, and the connections it kept open. */
export async function wipeSession(
  session: Pick<
    Session,
    'clearData' | 'clearCache' | 'clearAuthCache' | 'clearHostResolverCache' | 'closeAllConnections'
  >,
  log: Logger,
): Promise<void> {
  await session.closeAllConnections();
  await session.clearData();
  await session.clearCache();
  await session.clearAuthCache();
  await session.clearHostResolverCache();
  log.info('meeting partition wiped');
}
