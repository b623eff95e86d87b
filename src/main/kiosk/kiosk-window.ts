import type { BrowserWindow, BrowserWindowConstructorOptions, Event, Input } from 'electron';
import type { Logger } from '../log/logger';
import { mainWindowOptions } from '../windows/main-window';

/**
 * The kiosk's window: full screen, no menu, no DevTools, and the app's own
 * shortcuts for closing, reloading, new windows, printing, saving and zoom
 * swallowed. What the OS itself handles (Ctrl+Alt+Del, Win+L, Alt+Tab, Cmd+Tab,
 * Force Quit) never reaches the app: docs/kiosk-lockdown.md says how IT closes those.
 *
 * Options checked against Electron 45's BrowserWindowConstructorOptions
 * (electron.d.ts): `closable`, `minimizable`, `maximizable` and `movable` are
 * not implemented on Linux; `autoHideMenuBar` and the menu bar exist on
 * Windows and Linux only (macOS hides its menu bar in kiosk mode).
 */
export function kioskWindowOptions(options: {
  preload: string;
  title: string;
}): BrowserWindowConstructorOptions {
  return {
    title: options.title,
    show: false,
    backgroundColor: '#f6f5f2',
    kiosk: true,
    fullscreen: true,
    // setFullScreen(true) must keep working when something takes the window out of it.
    fullscreenable: true,
    autoHideMenuBar: true,
    // Not closable: app.quit() is then cancelled too (electron/electron#5891),
    // so leaving the kiosk releases the window first (`release()` below).
    closable: false,
    minimizable: false,
    maximizable: false,
    movable: false,
    resizable: false,
    webPreferences: {
      // The main window's secure switches, DevTools off whatever the build.
      ...mainWindowOptions({ ...options, devTools: false }).webPreferences,
      // alert()/confirm() would open a native window beside the kiosk's.
      disableDialogs: true,
    },
  };
}

/** Makes the kiosk window (hidden until its page is ready); the caller locks it and loads the page. */
export function createKioskWindow(
  BrowserWindowClass: typeof BrowserWindow,
  options: Parameters<typeof kioskWindowOptions>[0],
): BrowserWindow {
  const window = new BrowserWindowClass(kioskWindowOptions(options));
  window.once('ready-to-show', () => window.show());
  return window;
}

/** What `before-input-event` reports of a key (Electron's `Input`, the part used here). */
export interface KeyInput {
  type: string;
  key: string;
  code?: string;
  control: boolean;
  meta: boolean;
  alt: boolean;
  shift: boolean;
  isAutoRepeat?: boolean;
}

/** With the platform's command key (Cmd on macOS, Ctrl elsewhere), with or without Shift/Alt. */
const commandLetters = new Set(['w', 'q', 'r', 'n', 't', 'p', 'o', 's']);
const macOnlyLetters = new Set(['h', 'm']);
/** Zoom in, out and back (`=` is plus without Shift on many layouts). */
const zoomKeys = new Set(['+', '=', '-', '_', '0']);
const zoomCodes = new Set(['Equal', 'Minus', 'Digit0', 'NumpadAdd', 'NumpadSubtract', 'Numpad0']);
const devToolsLetters = new Set(['i', 'j', 'c']);
/** Reload, full screen, DevTools, caret browsing. */
const functionKeys = new Set(['F5', 'F7', 'F11', 'F12']);
/** Media keyboards' and mice's own keys: back, forward, reload, home, a new tab. */
const browserKeys = new Set(['BrowserBack', 'BrowserForward', 'BrowserRefresh', 'BrowserHome']);

/** The letter a key stands for, by the character it types or else its place (`KeyW`). */
function letterOf(input: KeyInput): string | null {
  if (/^[a-z]$/i.test(input.key)) return input.key.toLowerCase();
  const place = /^Key([A-Z])$/.exec(input.code ?? '');
  return place ? place[1]!.toLowerCase() : null;
}

function matchesLetter(input: KeyInput, letters: ReadonlySet<string>, byPlace: boolean): boolean {
  // Both the character and the place: Ctrl+Q on AZERTY types `a` at KeyQ's place.
  const byKey = /^[a-z]$/i.test(input.key) && letters.has(input.key.toLowerCase());
  const place = byPlace ? /^Key([A-Z])$/.exec(input.code ?? '') : null;
  return byKey || (place !== null && letters.has(place[1]!.toLowerCase()));
}

/**
 * Whether the kiosk swallows this key: Escape is not among them, the pages need
 * it, and it only ends HTML full screen (an element's), never the window's kiosk
 * mode (electron/electron#2517, #4316).
 */
export function isSwallowedShortcut(input: KeyInput, platform: NodeJS.Platform): boolean {
  const mac = platform === 'darwin';
  const command = mac ? input.meta : input.control;
  if (functionKeys.has(input.key) || browserKeys.has(input.key)) return true;
  // Alt+F4 closes a window on Windows and Linux; Ctrl+F4 a tab or document.
  if (input.key === 'F4' && (input.alt || input.control)) return true;
  // Back and forward: Alt+Left/Right, and Cmd+[ / Cmd+] on macOS.
  if (input.alt && !command && (input.key === 'ArrowLeft' || input.key === 'ArrowRight'))
    return true;
  if (!command) return false;
  // AltGr is Ctrl+Alt on Windows: AltGr+Q types @ and AltGr+0 } on a German
  // keyboard. Then only the character counts, never the key's place.
  const byPlace = mac || !input.alt;
  // Cmd+` cycles the app's windows on macOS.
  if (mac && (input.key === '[' || input.key === ']' || input.key === '`')) return true;
  if (zoomKeys.has(input.key) || (byPlace && zoomCodes.has(input.code ?? ''))) return true;
  if (matchesLetter(input, commandLetters, byPlace)) return true;
  if (mac && matchesLetter(input, macOnlyLetters, byPlace)) return true;
  // DevTools and its panels: Ctrl+Shift+I/J/C, Cmd+Alt+I/J/C.
  const devToolsModifier = mac ? input.alt : input.shift;
  return devToolsModifier && matchesLetter(input, devToolsLetters, byPlace);
}

/**
 * Staff's way to the exit PIN: Ctrl+Alt+Shift+K, on macOS Cmd+Option+Shift+K.
 * Only the key going down, not its repeats while held.
 */
export function isExitCombination(input: KeyInput, platform: NodeJS.Platform): boolean {
  return input.type === 'keyDown' && !input.isAutoRepeat && hasExitKeys(input, platform);
}

/** The exit combination's keys, going down, repeating or up. */
function hasExitKeys(input: KeyInput, platform: NodeJS.Platform): boolean {
  const mac = platform === 'darwin';
  const modifiers = mac
    ? input.meta && !input.control && input.alt && input.shift
    : input.control && !input.meta && input.alt && input.shift;
  return modifiers && letterOf(input) === 'k';
}

export type KioskWindow = Pick<
  BrowserWindow,
  | 'removeMenu'
  | 'setMenuBarVisibility'
  | 'isKiosk'
  | 'setKiosk'
  | 'isFullScreen'
  | 'setFullScreen'
  | 'setClosable'
  | 'on'
  | 'off'
> & {
  webContents: Pick<BrowserWindow['webContents'], 'on' | 'off' | 'closeDevTools'>;
};

/**
 * Locks the kiosk window: no menu, the shortcuts swallowed (the page sees
 * neither them nor the exit combination), no context menu, DevTools closed if
 * they open anyway, and back to kiosk full screen whenever it leaves it.
 * `release()` undoes what stops the app from quitting, for leaving the kiosk.
 */
export function lockKioskWindow(
  window: KioskWindow,
  options: { platform: NodeJS.Platform; onExitCombination: () => void; log: Logger },
): { release(): void } {
  const { platform, log } = options;
  window.removeMenu();
  window.setMenuBarVisibility(false);

  const onInput = (event: Event, input: Input) => {
    if (hasExitKeys(input, platform)) {
      // The page asks staff for the PIN (kiosk:exit checks it in main): the
      // combination reaches it, and is never taken for a swallowed shortcut.
      if (!isExitCombination(input, platform)) return;
      log.info('kiosk: exit combination pressed');
      options.onExitCombination();
    } else if (isSwallowedShortcut(input, platform)) {
      event.preventDefault();
    }
  };
  const onContextMenu = (event: Event) => event.preventDefault();
  const onDevToolsOpened = () => {
    log.warn('kiosk: DevTools opened; closed again');
    window.webContents.closeDevTools();
  };
  // Leaving an element's full screen (Escape in the page) leaves the window in
  // kiosk mode; anything that takes the window itself out is put back.
  const backToKiosk = () => {
    if (window.isKiosk() && window.isFullScreen()) return;
    log.warn('kiosk: the window left full screen; back to kiosk mode');
    window.setKiosk(true);
    if (!window.isFullScreen()) window.setFullScreen(true);
  };

  window.webContents.on('before-input-event', onInput);
  window.webContents.on('context-menu', onContextMenu);
  window.webContents.on('devtools-opened', onDevToolsOpened);
  window.on('leave-full-screen', backToKiosk);
  window.on('leave-html-full-screen', backToKiosk);

  return {
    release() {
      window.off('leave-full-screen', backToKiosk);
      window.off('leave-html-full-screen', backToKiosk);
      window.setClosable(true);
    },
  };
}
