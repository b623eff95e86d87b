import type { BrowserWindow, BrowserWindowConstructorOptions, Rectangle } from 'electron';
import type { Language } from '../../shared/language';
import type { Logger } from '../log/logger';
import { mainWindowOptions } from './main-window';
import type { MeetingContext } from './meeting-window';

/** Wide enough for the German text and both buttons. */
export const INDICATOR_SIZE = { width: 680, height: 44 } as const;

/** The switches of the app's windows; frameless, always on top, at the bottom centre. */
export function screenSharingIndicatorOptions(options: {
  preload: string;
  partition: string;
  devTools: boolean;
  title: string;
  workArea: Rectangle;
}): BrowserWindowConstructorOptions {
  const { width, height } = INDICATOR_SIZE;
  const { workArea } = options;
  return {
    width,
    height,
    x: Math.round(workArea.x + (workArea.width - width) / 2),
    y: workArea.y + workArea.height - height - 8,
    title: options.title,
    show: false,
    frame: false,
    transparent: true,
    resizable: false,
    maximizable: false,
    minimizable: true,
    fullscreenable: false,
    alwaysOnTop: true,
    webPreferences: {
      ...mainWindowOptions(options).webPreferences,
      partition: options.partition,
    },
  };
}

/**
 * Windows before 10 version 2004 can only black a protected window out of a
 * capture, which would put a black bar into the shared screen: there it stays visible.
 */
export function hidesFromScreenCapture(platform: string, osRelease: string): boolean {
  if (platform !== 'win32') return true;
  const [major = 0, minor = 0, build = 0] = osRelease.split('.').map(Number);
  return major > 10 || (major === 10 && (minor > 0 || build >= 19041));
}

export interface ScreenSharingIndicatorOptions {
  BrowserWindow: typeof BrowserWindow;
  /** Where the indicator goes: `screen.getPrimaryDisplay().workArea` at that moment. */
  workArea: () => Rectangle;
  /** The indicator's preload: the two SDK events, nothing else. */
  preload: string;
  /** `app://sprechstunde/screen-sharing-indicator.html`. */
  url: string;
  devTools: boolean;
  title: string;
  platform: string;
  osRelease: string;
  log: Logger;
}

/**
 * Opens the app's own indicator page in the meeting's partition, where the
 * `app://` handler and the network guard already are; the language goes in the
 * query, as the page has no IPC to ask for it.
 */
export function createScreenSharingIndicatorOpener(options: ScreenSharingIndicatorOptions) {
  return (meeting: { partition: string; language: Language }): BrowserWindow => {
    const window = new options.BrowserWindow(
      screenSharingIndicatorOptions({
        preload: options.preload,
        partition: meeting.partition,
        devTools: options.devTools,
        title: options.title,
        workArea: options.workArea(),
      }),
    );
    // The shared screen should not show the bar that says it is shared.
    if (hidesFromScreenCapture(options.platform, options.osRelease)) {
      window.setContentProtection(true);
    }
    // Shown without taking the focus from what the counsellor is sharing.
    window.once('ready-to-show', () => {
      if (!window.isDestroyed()) window.showInactive();
    });
    const url = new URL(options.url);
    url.searchParams.set('lang', meeting.language);
    window.loadURL(url.href).catch((error: unknown) => {
      options.log.error('screen-sharing indicator did not load', error);
    });
    return window;
  };
}

/**
 * The two members of the SDK's `ScreenShareMainHook` (screensharing/main.js)
 * that own its tracker window: the hook opens it on the meeting page's
 * "open tracker" event, accepts stop/hide events from its web contents, and
 * closes it on "close tracker".
 */
interface TrackerOwner {
  _screenShareTracker?: BrowserWindow | undefined;
  _createScreenShareTracker: () => void;
}

function isTrackerOwner(hook: unknown): hook is TrackerOwner {
  return (
    typeof hook === 'object' &&
    hook !== null &&
    typeof (hook as Partial<TrackerOwner>)._createScreenShareTracker === 'function'
  );
}

/**
 * Makes the hook returned by `setupScreenSharingMain` open the app's indicator
 * instead of the SDK's file page, and keeps the SDK's sender check and close
 * logic working by making it the hook's tracker. False if the SDK has changed.
 */
export function replaceScreenSharingTracker(
  hook: unknown,
  openIndicator: () => BrowserWindow,
): boolean {
  if (!isTrackerOwner(hook)) return false;
  hook._createScreenShareTracker = () => {
    if (hook._screenShareTracker && !hook._screenShareTracker.isDestroyed()) return;
    const indicator = openIndicator();
    hook._screenShareTracker = indicator;
    indicator.once('closed', () => {
      if (hook._screenShareTracker === indicator) hook._screenShareTracker = undefined;
    });
  };
  return true;
}

export interface ScreenSharingSetupOptions extends ScreenSharingIndicatorOptions {
  /** The SDK's `setupScreenSharingMain` for one window; returns its hook. */
  setupScreenSharingMain: (window: BrowserWindow) => unknown;
  /** The UI language when sharing starts. */
  language: () => Language;
}

/**
 * The SDK's screen sharing for a meeting window (source picker, getDisplayMedia),
 * with the app's indicator, which closes with the meeting.
 */
export function createScreenSharingSetup(options: ScreenSharingSetupOptions) {
  const openIndicator = createScreenSharingIndicatorOpener(options);
  return (window: BrowserWindow, meeting: MeetingContext): void => {
    const hook = options.setupScreenSharingMain(window);
    const replaced = replaceScreenSharingTracker(hook, () => {
      const indicator = openIndicator({
        partition: meeting.partition,
        language: options.language(),
      });
      meeting.companions.add(indicator);
      return indicator;
    });
    // Sharing still works; only the bar is missing. The unit test holds the SDK to this shape.
    if (!replaced) options.log.error('the Jitsi SDK changed: no screen-sharing indicator');
  };
}
