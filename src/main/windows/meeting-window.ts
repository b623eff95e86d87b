import { randomUUID } from 'node:crypto';
import type { BrowserWindow, BrowserWindowConstructorOptions, Session } from 'electron';
import type { MeetingWindow, OpenMeetingWindow } from '../consultation/consultations';
import type { Logger } from '../log/logger';
import { mainWindowOptions } from './main-window';

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
  title: string;
  /** The Jitsi Electron SDK's main-process parts for this window (screen sharing, PiP, power). */
  attachJitsiSdk: (window: BrowserWindow) => void;
  log: Logger;
}

/** The meeting window's switches: the main window's, in its own partition. */
export function meetingWindowOptions(options: {
  preload: string;
  partition: string;
  devTools: boolean;
  title: string;
}): BrowserWindowConstructorOptions {
  const base = mainWindowOptions(options);
  return {
    ...base,
    width: 1280,
    height: 820,
    webPreferences: { ...base.webPreferences, partition: options.partition },
  };
}

/**
 * Opens each consultation in a new window on a new in-memory partition: no
 * cookie, storage or cache of one consultation is there in the next, and all
 * of it is cleared as soon as the window is gone.
 */
export function createMeetingWindowOpener(options: MeetingWindowOptions): OpenMeetingWindow {
  return async () => {
    const partition = `meeting-${randomUUID()}`;
    // Creating it emits `session-created`, where index.ts puts the network guard on it.
    const session = options.fromPartition(partition);
    options.serveApp(session);
    const window = new options.BrowserWindow(
      meetingWindowOptions({
        preload: options.preload,
        partition,
        devTools: options.devTools,
        title: options.title,
      }),
    );
    options.attachJitsiSdk(window);
    window.once('ready-to-show', () => window.show());
    const closed = new Promise<void>((resolve) => window.once('closed', () => resolve()));
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
