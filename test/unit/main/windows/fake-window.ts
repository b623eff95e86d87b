import { EventEmitter } from 'node:events';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { compileFunction } from 'node:vm';
import type { BrowserWindow, BrowserWindowConstructorOptions } from 'electron';

let nextContentsId = 40;

/** A WebContents as far as the windows and the Jitsi SDK's hook use it. */
export class FakeContents extends EventEmitter {
  readonly id = nextContentsId++;
  readonly sent: [string, unknown][] = [];
  /** The session's display-media handler: as in Electron, the last one set is the one. */
  readonly session = {
    displayMediaHandler: null as unknown,
    setDisplayMediaRequestHandler(handler: unknown) {
      this.displayMediaHandler = handler;
    },
  };
  /** `webContents.ipc`: messages of this web contents' own page only. */
  readonly ipc = new FakeIpcMain();
  /** Each WebRTC IP handling policy set, and whether the page had been loaded by then. */
  readonly webRtcIpPolicies: { policy: string; afterLoad: boolean }[] = [];
  /** Set by the window when it loads a page. */
  loaded = false;
  setWebRTCIPHandlingPolicy(policy: string) {
    this.webRtcIpPolicies.push({ policy, afterLoad: this.loaded });
  }
  send(channel: string, payload: unknown) {
    this.sent.push([channel, payload]);
  }
}

/** A BrowserWindow: events, and what the code under test calls on it. Like Electron, it throws once destroyed. */
export class FakeWindow extends EventEmitter {
  static created: FakeWindow[] = [];
  readonly webContents = new FakeContents();
  loaded: string | null = null;
  destroyed = false;
  minimized = false;
  shown: 'no' | 'focused' | 'inactive' = 'no';
  contentProtection = false;
  focused = false;
  constructor(readonly options: BrowserWindowConstructorOptions) {
    super();
    FakeWindow.created.push(this);
  }
  static asClass() {
    return FakeWindow as unknown as typeof BrowserWindow;
  }
  private alive() {
    if (this.destroyed) throw new TypeError('Object has been destroyed');
  }
  loadURL(url: string) {
    this.alive();
    this.loaded = url;
    this.webContents.loaded = true;
    return Promise.resolve();
  }
  isDestroyed() {
    return this.destroyed;
  }
  close() {
    this.alive();
    this.destroyed = true;
    this.emit('closed');
  }
  destroy() {
    this.close();
  }
  show() {
    this.alive();
    this.shown = 'focused';
  }
  showInactive() {
    this.alive();
    this.shown = 'inactive';
  }
  minimize() {
    this.alive();
    this.minimized = true;
  }
  isMinimized() {
    return this.minimized;
  }
  restore() {
    this.alive();
    this.minimized = false;
  }
  focus() {
    this.alive();
    this.focused = true;
  }
  setContentProtection(enabled: boolean) {
    this.contentProtection = enabled;
  }
  menuRemoved = false;
  removeMenu() {
    this.menuRemoved = true;
  }
}

/** ipcMain as the SDK's ipcRouter uses it; a test sends with `emit(channel, { sender }, payload)`. */
export class FakeIpcMain extends EventEmitter {
  readonly handlers = new Map<string, unknown>();
  handle(channel: string, handler: unknown) {
    this.handlers.set(channel, handler);
  }
  removeHandler(channel: string) {
    this.handlers.delete(channel);
  }
}

const sdkRoot = dirname(createRequire(import.meta.url).resolve('@jitsi/electron-sdk/package.json'));

/**
 * The installed Jitsi SDK's `screensharing/main.js`, run under Node with a fake
 * 'electron' (its CommonJS files, loaded fresh: the SDK keeps its routes in
 * module state). Any BrowserWindow the SDK makes itself lands in `sdkWindows`.
 */
export function loadSdkScreenSharing() {
  const ipcMain = new FakeIpcMain();
  const sdkWindows: BrowserWindowConstructorOptions[] = [];
  const electron = {
    ipcMain,
    BrowserWindow: class {
      constructor(options: BrowserWindowConstructorOptions) {
        sdkWindows.push(options);
        return new FakeWindow(options);
      }
    },
    desktopCapturer: { getSources: () => Promise.resolve([]) },
    screen: {
      getPrimaryDisplay: () => ({ workArea: { x: 0, y: 0, width: 1920, height: 1040 } }),
    },
    systemPreferences: { getMediaAccessStatus: () => 'granted' },
  };
  const loaded = new Map<string, { exports: unknown }>();
  const load = (file: string): unknown => {
    const cached = loaded.get(file);
    if (cached) return cached.exports;
    const module = { exports: {} as unknown };
    loaded.set(file, module);
    const nodeRequire = createRequire(file);
    const requireIn = (id: string): unknown => {
      if (id === 'electron') return electron;
      if (id.startsWith('.')) return load(nodeRequire.resolve(resolve(dirname(file), id)));
      return nodeRequire(id) as unknown;
    };
    // Node's own CommonJS wrapper, with our require.
    const body = compileFunction(
      readFileSync(file, 'utf8'),
      ['require', 'module', 'exports', '__dirname', '__filename'],
      { filename: file },
    ) as (...args: unknown[]) => void;
    body(requireIn, module, module.exports, dirname(file), file);
    return module.exports;
  };
  const setupScreenSharingMain = load(join(sdkRoot, 'screensharing/main.js')) as (
    window: BrowserWindow,
    identity: string,
  ) => unknown;
  const constants = load(join(sdkRoot, 'screensharing/constants.js')) as {
    SCREEN_SHARE_EVENTS_CHANNEL: string;
    SCREEN_SHARE_EVENTS: Record<string, string>;
  };
  return { setupScreenSharingMain, constants, ipcMain, sdkWindows };
}
