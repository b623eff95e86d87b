/**
 * Runs a built preload (`out/preload/*.cjs`) in a Chromium page the way
 * Electron 45 runs a sandboxed preload with contextIsolation on, so the e2e
 * tests run what ships. Playwright injects `runSandboxedPreload` as an init
 * script (its source text, with `options` as JSON): it must not refer to
 * anything outside its own body.
 *
 * Rules followed, with where they come from in electron/electron:
 * - Only the main frame gets the preload (nodeIntegrationInSubFrames off):
 *   docs/api/structures/web-preferences.md, `preload`.
 * - The source is wrapped as `(function(require, process, Buffer, global,
 *   setImmediate, clearImmediate, exports, module) { … })` and called once:
 *   lib/sandboxed_renderer/init.ts, `runPreloadScript`.
 * - `require` knows only `electron`, `electron/common`, `electron/renderer`,
 *   `events`, `timers`, `url` (and their `node:` names); anything else throws
 *   `module not found: <name>`: init.ts, `loadedModules` / `loadableModules` /
 *   `preloadRequire`. So a preload split into chunks fails here as it does there.
 * - A throwing preload is reported as `Unable to load preload script: <path>`
 *   and the error, and the page loads on without it: init.ts.
 * - `electron` in a sandboxed renderer has contextBridge, crashReporter,
 *   ipcRenderer, nativeImage, webFrame, webUtils:
 *   lib/sandboxed_renderer/api/module-list.ts, docs/tutorial/sandbox.md.
 * - `contextBridge.exposeInMainWorld`: functions are proxied, every other
 *   value is copied and frozen; parameters, return values, errors and promise
 *   results are copied on each crossing; prototypes are dropped; symbols are
 *   dropped; a key that exists on window already cannot be bound:
 *   docs/api/context-bridge.md, shell/renderer/api/electron_api_context_bridge.cc.
 * - `ipcRenderer` itself cannot cross the bridge (it arrives as an empty
 *   object): docs/breaking-changes.md (Electron 29).
 * - `ipcRenderer.invoke` serialises its arguments with the structured clone
 *   algorithm and throws on what cannot be cloned; a channel main does not
 *   handle rejects with `Error invoking remote method '<channel>': Error: No
 *   handler registered for '<channel>'`: docs/api/ipc-renderer.md,
 *   lib/browser/ipc-main-impl.ts.
 * - The preload's `window`/`global` is its isolated world: what it assigns
 *   there the page does not see; DOM and built-ins are shared.
 *
 * Simplified: the isolated world is a proxy over the page's window, not a V8
 * world of its own (the preload sees the page's built-ins); `process` carries
 * only platform/type/sandboxed/contextIsolated; `Buffer` is absent (a preload
 * that uses it fails here although it would run in Electron); ipcRenderer.send
 * and `on` reach a recorder in the harness, not the SDK's main-process hooks;
 * crashReporter, nativeImage, webFrame and webUtils throw when used.
 */
export interface SandboxedPreloadOptions {
  /** The built preload's source text. */
  source: string;
  /** Its path, for the error message Electron prints. */
  path: string;
  /** Name of the page binding that carries `invoke` to main (`(channel, json) → json`). */
  invokeBinding: string;
  /** Name of the page binding that records `send` (`(channel, json) → void`). */
  sendBinding: string;
}

/** The preload's source wrapped as Electron wraps it, plus the window names its isolated world shadows. */
export type PreloadFunction = (
  require: (name: string) => unknown,
  process: object,
  buffer: undefined,
  global: object,
  setImmediate: unknown,
  clearImmediate: unknown,
  exports: object,
  module: { exports: object },
  window: object,
  self: object,
  globalThis: object,
) => void;

/**
 * The init script for one window: this file's loader, called with the
 * preload's source as a function. Composed as text, not compiled in the page,
 * because the app's CSP forbids eval (Electron compiles it in the isolated
 * world, which the page's CSP does not cover).
 */
export function sandboxedPreloadScript(options: SandboxedPreloadOptions): string {
  const { source, ...rest } = options;
  // Under tsx (the benches), esbuild's keepNames wraps this file's functions in
  // `__name(…)` calls, which the page does not define: a local no-op stands in.
  return (
    `(() => { const __name = (target) => target;\n` +
    `(${runSandboxedPreload.toString()})(${JSON.stringify(rest)}, function (require, process, ` +
    `Buffer, global, setImmediate, clearImmediate, exports, module, window, self, globalThis) {\n` +
    `${source}\n}); })();`
  );
}

export function runSandboxedPreload(
  options: Omit<SandboxedPreloadOptions, 'source'>,
  preload: PreloadFunction,
): void {
  if (window.top !== window) return;
  const pageWindow = window as unknown as Record<string, unknown>;
  const invokeMain = pageWindow[options.invokeBinding] as (
    channel: string,
    json: string,
  ) => Promise<string>;
  const sendMain = pageWindow[options.sendBinding] as (channel: string, json: string) => unknown;

  class EventEmitter {
    private listeners = new Map<string, ((...args: unknown[]) => void)[]>();
    on(name: string, listener: (...args: unknown[]) => void) {
      this.listeners.set(name, [...(this.listeners.get(name) ?? []), listener]);
      return this;
    }
    addListener(name: string, listener: (...args: unknown[]) => void) {
      return this.on(name, listener);
    }
    once(name: string, listener: (...args: unknown[]) => void) {
      const once = (...args: unknown[]) => {
        this.off(name, once);
        listener(...args);
      };
      return this.on(name, once);
    }
    off(name: string, listener: (...args: unknown[]) => void) {
      this.listeners.set(
        name,
        (this.listeners.get(name) ?? []).filter((item) => item !== listener),
      );
      return this;
    }
    removeListener(name: string, listener: (...args: unknown[]) => void) {
      return this.off(name, listener);
    }
    removeAllListeners(name?: string) {
      if (name === undefined) this.listeners.clear();
      else this.listeners.delete(name);
      return this;
    }
    emit(name: string, ...args: unknown[]) {
      const listeners = this.listeners.get(name) ?? [];
      listeners.forEach((listener) => listener(...args));
      return listeners.length > 0;
    }
    listenerCount(name: string) {
      return (this.listeners.get(name) ?? []).length;
    }
  }

  // The structured clone algorithm, as Electron's IPC serialises arguments.
  const cloneForIpc = (value: unknown) => structuredClone(value);

  const ipcRenderer = new EventEmitter() as EventEmitter & Record<string, unknown>;
  ipcRenderer.invoke = async (channel: string, ...args: unknown[]) => {
    const [request] = cloneForIpc(args) as unknown[];
    const reply = JSON.parse(
      await invokeMain(String(channel), request === undefined ? '' : JSON.stringify(request)),
    ) as { handled: boolean; result?: unknown };
    if (!reply.handled) {
      throw new Error(
        `Error invoking remote method '${channel}': Error: No handler registered for '${channel}'`,
      );
    }
    return reply.result;
  };
  ipcRenderer.send = (channel: string, ...args: unknown[]) => {
    void sendMain(String(channel), JSON.stringify(cloneForIpc(args)));
  };
  ipcRenderer.sendSync = () => {
    throw new Error('ipcRenderer.sendSync is not provided by the e2e harness');
  };

  const unavailable = (name: string) =>
    new Proxy(
      {},
      {
        get: (_target, property) => {
          throw new Error(`${name}.${String(property)} is not provided by the e2e harness`);
        },
      },
    );

  // contextBridge: copy (and freeze) values into the main world, proxy functions.
  const MAX_DEPTH = 1000;
  const copy = (value: unknown, depth: number): unknown => {
    if (depth > MAX_DEPTH) throw new Error('Electron contextBridge recursion depth exceeded');
    if (value === ipcRenderer) return Object.freeze({});
    if (typeof value === 'symbol') return undefined;
    if (value === null || typeof value !== 'object') {
      return typeof value === 'function' ? proxyFunction(value as never) : value;
    }
    if (value instanceof Promise) return value.then((result) => copy(result, 0));
    if (value instanceof Error) {
      const error = new Error(value.message);
      error.stack = value.stack;
      return error;
    }
    if (value instanceof Element || value instanceof Blob) return value;
    if (Array.isArray(value)) return Object.freeze(value.map((item) => copy(item, depth + 1)));
    const prototype = Object.getPrototypeOf(value) as unknown;
    if (prototype !== Object.prototype && prototype !== null) {
      try {
        // Cloneable types (Date, Map, ArrayBuffer, …) travel as structured clones.
        const isPlainClass = Object.prototype.toString.call(value) === '[object Object]';
        if (!isPlainClass) return Object.freeze(structuredClone(value));
      } catch {
        // Not cloneable: copied field by field below, without its prototype.
      }
    }
    const copied: Record<string, unknown> = {};
    for (const key of Object.keys(value)) {
      copied[key] = copy((value as Record<string, unknown>)[key], depth + 1);
    }
    return Object.freeze(copied);
  };
  const proxyFunction = (fn: (...args: unknown[]) => unknown) =>
    function bridged(...args: unknown[]) {
      let result: unknown;
      try {
        result = fn(...args.map((arg) => copy(arg, 0)));
      } catch (error) {
        throw copy(error, 0);
      }
      return copy(result, 0);
    };
  const contextBridge = {
    exposeInMainWorld(key: string, api: unknown) {
      if (key in pageWindow) {
        throw new Error('Cannot bind an API on top of an existing property on the window object');
      }
      Object.defineProperty(pageWindow, key, { value: copy(api, 0), enumerable: true });
    },
    exposeInIsolatedWorld() {
      throw new Error('contextBridge.exposeInIsolatedWorld is not provided by the e2e harness');
    },
  };

  const electron = {
    contextBridge,
    ipcRenderer,
    crashReporter: unavailable('crashReporter'),
    nativeImage: unavailable('nativeImage'),
    webFrame: unavailable('webFrame'),
    webUtils: unavailable('webUtils'),
  };
  const events = Object.assign(EventEmitter, { EventEmitter, default: EventEmitter });
  const setImmediate = (callback: (...args: unknown[]) => void, ...args: unknown[]) =>
    setTimeout(callback, 0, ...args);
  const clearImmediate = (handle: number) => clearTimeout(handle);
  const timers = {
    setTimeout,
    clearTimeout,
    setInterval,
    clearInterval,
    setImmediate,
    clearImmediate,
  };
  const url = { URL, URLSearchParams };
  const modules = new Map<string, unknown>([
    ['electron', electron],
    ['electron/common', electron],
    ['electron/renderer', electron],
    ['events', events],
    ['node:events', events],
    ['timers', timers],
    ['node:timers', timers],
    ['url', url],
    ['node:url', url],
  ]);
  const preloadRequire = (name: string) => {
    if (modules.has(name)) return modules.get(name);
    throw new Error(`module not found: ${name}`);
  };

  // The isolated world's global: reads fall through to the page's window
  // (shared DOM and built-ins), writes stay in the preload's world.
  const own: Record<PropertyKey, unknown> = {};
  const isolatedGlobal: object = new Proxy(own, {
    get: (_target, property) => {
      if (property in own) return own[property];
      if (property === 'window' || property === 'self' || property === 'globalThis') {
        return isolatedGlobal;
      }
      const value = Reflect.get(window, property) as unknown;
      return typeof value === 'function' && !/^[A-Z]/.test(String(property))
        ? (value as (...args: unknown[]) => unknown).bind(window)
        : value;
    },
    set: (_target, property, value) => {
      own[property] = value;
      return true;
    },
    has: (_target, property) => property in own || property in window,
  });
  const preloadProcess = Object.assign(new EventEmitter(), {
    platform: /Win/.test(navigator.platform)
      ? 'win32'
      : /Mac/.test(navigator.platform)
        ? 'darwin'
        : 'linux',
    type: 'renderer',
    sandboxed: true,
    contextIsolated: true,
  });

  try {
    const exports = {};
    preload(
      preloadRequire,
      preloadProcess,
      undefined,
      isolatedGlobal,
      setImmediate,
      clearImmediate,
      exports,
      { exports },
      isolatedGlobal,
      isolatedGlobal,
      isolatedGlobal,
    );
  } catch (error) {
    console.error(`Unable to load preload script: ${options.path}`);
    console.error(error);
  }
}
