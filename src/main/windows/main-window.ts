import type { BrowserWindow, BrowserWindowConstructorOptions } from 'electron';

/** The secure shell: every switch that matters is set explicitly. */
export function mainWindowOptions(options: {
  preload: string;
  devTools: boolean;
  title: string;
}): BrowserWindowConstructorOptions {
  return {
    width: 1200,
    height: 800,
    minWidth: 720,
    minHeight: 500,
    title: options.title,
    show: false,
    backgroundColor: '#f6f5f2',
    webPreferences: {
      preload: options.preload,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInSubFrames: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      spellcheck: false,
      devTools: options.devTools,
    },
  };
}

export function createMainWindow(
  BrowserWindowClass: typeof BrowserWindow,
  options: Parameters<typeof mainWindowOptions>[0],
  url: string,
): BrowserWindow {
  const window = new BrowserWindowClass(mainWindowOptions(options));
  window.once('ready-to-show', () => window.show());
  void window.loadURL(url);
  return window;
}

/**
 * What a second start of the app does: bring up the main window, opening a new
 * one if there is none (only a meeting or a stray window was left), and return it.
 */
export function bringUpMainWindow<Window extends MainWindowLike>(
  current: Window | null,
  open: () => Window,
): Window {
  if (!current || current.isDestroyed()) return open();
  if (current.isMinimized()) current.restore();
  current.focus();
  return current;
}

type MainWindowLike = Pick<BrowserWindow, 'isDestroyed' | 'isMinimized' | 'restore' | 'focus'>;
