import { lstat, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import Conf from 'conf';
import keytar from 'keytar';
import {
  request as playwrightRequest,
  type Browser,
  type BrowserContext,
  type Page,
  type Request as PlaywrightRequest,
} from 'playwright-core';
import type { OpenMeetingWindow } from '../../src/main/consultation/meeting-runner';
import type { Keychain } from '../../src/main/credentials/credentials';
import type { IdleClock } from '../../src/main/kiosk/idle-timer';
import { createKioskServices, type KioskServices } from '../../src/main/kiosk/kiosk-services';
import { noPolicy, type Policy } from '../../src/shared/effective-settings';
import { createFileSink } from '../../src/main/log/file-sink';
import { createKnownSecrets } from '../../src/main/log/known-secrets';
import { createLogger } from '../../src/main/log/logger';
import { createMainServices, type MainServices } from '../../src/main/services';
import { createLinkInbox } from '../../src/main/links/link-inbox';
import { claimSingleInstance, type DeepLinkApp } from '../../src/main/windows/deep-links';
import { createAppRequestHandler } from '../../src/main/windows/app-protocol';
import { guardWebContents } from '../../src/main/windows/web-contents-guard';
import { channels } from '../../src/shared/ipc-channels';
import type { ResourceType } from '../../src/shared/network-policy';
import { asElectronNetFetch } from '../fixtures/electron-net-fetch';
import { forward, fulfilWith, launchChromiumProfile } from './browser';
import { sandboxedPreloadScript } from './sandboxed-preload';
import { WindowContents } from './web-contents-events';

/**
 * The app's origin in the harness. Chromium cannot load `app://`, so the same
 * protocol handler serves the same files at a name that never resolves.
 */
export const APP_ORIGIN = 'https://sprechstunde.invalid';

export interface StartOptions {
  userDataDir: string;
  locale?: string;
  keychain?: Keychain;
  /**
   * Accept the test servers' self-signed certificates for requests the harness
   * forwards from Node (the browser trusts them by SPKI pin on its command line).
   */
  trustTestCertificates?: boolean;
  /** Where meeting windows load their page; a test of a page that fails to load points it elsewhere. */
  meetingUrl?: string;
  /**
   * The main window's Chromium keeps its profile in `userDataDir`, as Electron
   * keeps the default session's there (else: a context in memory, faster).
   */
  chromiumProfileInUserDataDir?: boolean;
  /**
   * The organisation's policy, as main's policy service would hold it; a
   * function is asked on every use, so a test can change policy while the app runs.
   */
  policy?: Policy | (() => Policy);
  /**
   * Kiosk mode (issue 17): the kiosk's services instead of the counsellor's (no
   * settings file, no store, no keychain), and kiosk.html with its preload in
   * the main window. `policy` is then the kiosk's only configuration.
   */
  kiosk?: KioskStartOptions;
  /**
   * Main's clock (the renderer keeps the real one): a test of dated input, such
   * as a calendar file's fixed dates, sets the day it runs on.
   */
  now?: () => Date;
  /**
   * The renderer's clock, running from this time: in the page and in the preload
   * (whose world takes its copy of Date before the page's scripts run). A
   * screenshot of dated screens sets it with `now`, so the images do not change
   * with the day they are made.
   */
  pageTime?: Date;
  /**
   * Record what each meeting partition held when the app wiped it (storedAtWipe),
   * for the tests that look; a bench turns it off, as the app reads nothing there.
   */
  recordStorageAtWipe?: boolean;
}

export interface KioskStartOptions {
  /** The idle countdown's timers; real ones otherwise. */
  clock?: IdleClock;
  /** Appended to kiosk.html, e.g. `?thankYouMs=100` (kiosk-timing.ts). */
  query?: string;
  /**
   * Awaited after main's reset and before the blank start page loads, so a test
   * can look at the thank-you page for as long as it needs.
   */
  beforeStartPage?: () => Promise<void>;
}

/** What main's kiosk composition did to the terminal, as the harness saw it. */
export interface KioskTerminal {
  /** How often main reset the terminal (the default session's storage and cache, the clipboard). */
  resets: number;
  /** How often main loaded a blank start page. */
  reloads: number;
  /** Resolves once main quit the app (the exit PIN was right). */
  quit: Promise<void>;
  quitCalled: boolean;
  /** Resolves at the next blank start page main loads (after it finished loading). */
  nextStartPage(): Promise<void>;
}

/** One consultation's meeting window: a fresh browser context stands in for its partition. */
export interface MeetingWindowHandle {
  page: Page;
  context: BrowserContext;
  /** The window's title bar, as main set it (the page cannot read it). */
  title: string;
  /** What the meeting's partition held when the app wiped it (cookies and storage per origin). */
  storedAtWipe: Awaited<ReturnType<BrowserContext['storageState']>> | null;
  /** True once the app wiped the partition (the harness then closes the context). */
  wiped: boolean;
}

export interface RunningApp<Services = MainServices> {
  page: Page;
  context: BrowserContext;
  /** The counsellor's services, or in kiosk mode the kiosk's. */
  services: Services;
  /** Set in kiosk mode: the kiosk's services and what they did to the terminal. */
  kiosk: KioskTerminal | null;
  userDataDir: string;
  /** Every request the network policy blocked, as the page asked for it. */
  blocked: string[];
  /** What the app put on the clipboard, in order. */
  clipboard: string[];
  /** Files the app saved (the save dialog answered with `<userData>/saved/<name>`). */
  saved: { path: string; content: string }[];
  logLines: string[];
  /** Every meeting window the app opened, in order. */
  meetings: MeetingWindowHandle[];
  /** The next meeting window the app opens (or the one it opened since the last call). */
  nextMeeting(): Promise<MeetingWindowHandle>;
  /**
   * Another window on an app page with the main window's preload, as a stray
   * window would be: its own web contents, which the app never made its main window.
   */
  openOtherWindow(page: string): Promise<Page>;
  /**
   * Another start of the app with this command line, as Electron hands it to the
   * running one ('second-instance'): a `sprechstunde:` link in it goes to the app.
   */
  secondStart(argv: readonly string[]): void;
  close(): Promise<void>;
}

const INVOKE_BINDING = '__electronIpcInvoke';
const SEND_BINDING = '__electronIpcSend';

/** A built preload, as Electron would read it from `out/preload`. */
async function builtPreload(name: string): Promise<{ source: string; path: string }> {
  const path = resolve('out/preload', name);
  return { source: await readFile(path, 'utf8'), path };
}

/** The page sends JSON text (empty: no argument); anything else reaches the router as it came, to be refused. */
function parsePayload(payload: unknown): unknown {
  if (payload === '') return undefined;
  if (typeof payload !== 'string') return payload;
  try {
    return JSON.parse(payload) as unknown;
  } catch {
    return payload;
  }
}

/**
 * Each user-data folder gets its own keychain service, so a test's secrets
 * belong to its "installation" and a restart on the same folder finds them.
 */
export function testKeychainService(userDataDir: string): string {
  return `de.sprechstunde.desktop.test/${basename(userDataDir)}`;
}

/** Removes every secret a test left in the keychain. */
export async function forgetTestSecrets(userDataDir: string): Promise<void> {
  const service = testKeychainService(userDataDir);
  for (const { account } of await keytar.findCredentials(service)) {
    await keytar.deletePassword(service, account);
  }
}

/** Playwright's resource types in the terms of the network policy (Electron's). */
function resourceTypeOf(request: PlaywrightRequest): ResourceType {
  switch (request.resourceType()) {
    case 'document':
      return request.frame().parentFrame() === null ? 'mainFrame' : 'subFrame';
    case 'fetch':
    case 'xhr':
    case 'eventsource':
      return 'xhr';
    case 'websocket':
      return 'webSocket';
    case 'stylesheet':
    case 'script':
    case 'image':
    case 'font':
    case 'media':
      return request.resourceType() as ResourceType;
    default:
      return 'other';
  }
}

/** The policy option as the policy service's `current()`. */
function policyOf(policy: Policy | (() => Policy)): () => Policy {
  return typeof policy === 'function' ? policy : () => policy;
}

/** A fetch from Node that accepts the test servers' self-signed certificates. */
async function trustingFetch(url: string, init: RequestInit): Promise<Response> {
  const client = await playwrightRequest.newContext({ ignoreHTTPSErrors: true });
  try {
    const response = await client.fetch(url, {
      method: init.method ?? 'GET',
      maxRedirects: init.redirect === 'manual' ? 0 : 20,
      timeout: 5000,
    });
    return new Response(null, { status: response.status() });
  } finally {
    await client.dispose();
  }
}

/** Every file below a folder, as bytes (Chromium's lock symlinks are not files). */
export async function allFiles(folder: string): Promise<Map<string, Buffer>> {
  const files = new Map<string, Buffer>();
  for (const name of await readdir(folder, { recursive: true })) {
    const path = join(folder, name);
    if ((await lstat(path)).isFile()) files.set(name, await readFile(path));
  }
  return files;
}

export async function newUserDataDir(): Promise<string> {
  return mkdtemp(join(tmpdir(), 'sprechstunde-e2e-'));
}

export async function removeUserDataDir(path: string) {
  await forgetTestSecrets(path);
  await rm(path, { recursive: true, force: true });
}

/**
 * Starts "the app": the real main services over `userDataDir`, and the built
 * renderer in a fresh Chromium context wired to them through the real router.
 * Starting again on the same folder is a restart.
 */
export async function startApp(
  browser: Browser,
  options: StartOptions & { kiosk: KioskStartOptions },
): Promise<RunningApp<KioskServices> & { kiosk: KioskTerminal }>;
export async function startApp(browser: Browser, options: StartOptions): Promise<RunningApp>;
export async function startApp(
  browser: Browser,
  options: StartOptions,
): Promise<RunningApp<MainServices | KioskServices>> {
  const locale = options.locale ?? 'en-US';
  const { userDataDir } = options;
  const logLines: string[] = [];
  const clipboard: string[] = [];
  const saved: { path: string; content: string }[] = [];
  const blocked: string[] = [];
  const meetings: MeetingWindowHandle[] = [];
  const meetingWaiters: ((meeting: MeetingWindowHandle) => void)[] = [];
  let meetingsTaken = 0;
  let nextContentsId = 1;
  const preloads = {
    main: await builtPreload('index.cjs'),
    meeting: await builtPreload('meeting.cjs'),
    kiosk: await builtPreload(options.kiosk ? 'kiosk.cjs' : 'index.cjs'),
  };

  /**
   * A browser context wired as the app wires a window's session: every request
   * through the network guard, the app bundle served by the real protocol
   * handler, and the window's preload API over the real router.
   */
  async function newWindowContext(
    preload: 'main' | 'meeting' | 'kiosk',
    profile: 'memory' | 'userData',
  ) {
    const contentsId = nextContentsId++;
    const contextOptions = {
      locale,
      serviceWorkers: 'block',
      ignoreHTTPSErrors: options.trustTestCertificates ?? false,
    } as const;
    const context =
      profile === 'userData'
        ? await launchChromiumProfile(userDataDir, contextOptions)
        : await browser.newContext(contextOptions);
    // As `web-contents-created` in src/main/index.ts: the app's guards on the window.
    const contents = new WindowContents();
    guardWebContents(contents as never, APP_ORIGIN, createLogger('web-contents', logSink));
    await guardContext(context, services, handle, blocked, contents);
    // Payloads cross as one JSON string each way, as Electron's IPC moves one
    // structured clone: Playwright's own serializer walks every object and made
    // the harness, not the app, the slow part (440 ms vs 80 ms for 5,000 appointments).
    // ipcMain.handle is registered for the contract's channels only (electron-transport.ts).
    await context.exposeBinding(
      INVOKE_BINDING,
      async (source, channel: unknown, payload: unknown) => {
        if (!channels.includes(channel as never)) return JSON.stringify({ handled: false });
        const result = await services.router.dispatch(channel, parsePayload(payload), {
          url: source.frame.url(),
          isMainFrame: source.frame.parentFrame() === null,
          contentsId,
        });
        return JSON.stringify({ handled: true, result });
      },
    );
    // ipcRenderer.send (the Jitsi SDK's events): nothing in the harness's main listens.
    await context.exposeBinding(SEND_BINDING, () => undefined);
    // Before the preload's script: its world copies Date when it starts.
    if (options.pageTime) await context.clock.setSystemTime(options.pageTime);
    await context.addInitScript({
      content: sandboxedPreloadScript({
        ...preloads[preload],
        invokeBinding: INVOKE_BINDING,
        sendBinding: SEND_BINDING,
      }),
    });
    return { context, contentsId, contents };
  }

  const startPage = `${APP_ORIGIN}/${options.kiosk ? `kiosk.html${options.kiosk.query ?? ''}` : 'index.html'}`;

  /**
   * What main's kiosk hooks do in the app, done to the kiosk window's context:
   * the reset clears what the app's origin stored there (as clearStorageData and
   * clearCache on the default session do) and the clipboard; the reload loads
   * the start page anew.
   */
  function kioskTerminal() {
    let quitted = () => {};
    const startPageWaiters: (() => void)[] = [];
    const terminal: KioskTerminal = {
      resets: 0,
      reloads: 0,
      quitCalled: false,
      quit: new Promise<void>((resolve) => (quitted = resolve)),
      nextStartPage: () => new Promise((resolve) => startPageWaiters.push(resolve)),
    };
    const hooks = {
      reset: async () => {
        terminal.resets++;
        clipboard.length = 0;
        const cdp = await context.newCDPSession(page);
        try {
          await cdp.send('Storage.clearDataForOrigin', { origin: APP_ORIGIN, storageTypes: 'all' });
          await cdp.send('Network.clearBrowserCookies');
          await cdp.send('Network.clearBrowserCache');
        } finally {
          await cdp.detach();
        }
      },
      reload: () => {
        terminal.reloads++;
        void Promise.resolve(options.kiosk?.beforeStartPage?.())
          .then(() => contents.loadURL(page, startPage))
          .then(() => startPageWaiters.splice(0).forEach((notify) => notify()));
      },
      quit: () => {
        terminal.quitCalled = true;
        quitted();
      },
    };
    return { terminal, hooks };
  }

  // As src/main/index.ts: one registry of known secrets guards every logger's lines.
  const knownSecrets = createKnownSecrets();
  const logFile = createFileSink(join(userDataDir, 'logs', 'sprechstunde.log'), (line) =>
    logLines.push(line),
  );
  const logSink = knownSecrets.guard(logFile);
  // What src/main/windows/meeting-window.ts does with a BrowserWindow on a new partition.
  const openMeetingWindow: OpenMeetingWindow = async ({ title }) => {
    const { context, contentsId, contents } = await newWindowContext('meeting', 'memory');
    const page = await context.newPage();
    contents.watchPreloadErrors(page);
    const meeting: MeetingWindowHandle = {
      page,
      context,
      title,
      storedAtWipe: null,
      wiped: false,
    };
    meetings.push(meeting);
    meetingWaiters.splice(0).forEach((notify) => notify(meeting));
    return {
      contentsId,
      closed: new Promise<void>((resolve) => page.once('close', () => resolve())),
      load: async () => {
        await contents.loadURL(page, options.meetingUrl ?? `${APP_ORIGIN}/meeting.html`);
      },
      close: () => void page.close(),
      wipe: async () => {
        if (options.recordStorageAtWipe !== false) {
          meeting.storedAtWipe = await context.storageState();
        }
        await context.close();
        meeting.wiped = true;
      },
    };
  };
  const kiosk = options.kiosk ? kioskTerminal() : null;
  // src/main/index.ts's link glue on a stand-in for Electron's app: it holds the lock,
  // and secondStart() emits 'second-instance' as a second start would.
  const linkInbox = createLinkInbox({ log: createLogger('deep-links', logSink) });
  const secondInstance: ((event: unknown, argv: readonly string[]) => void)[] = [];
  claimSingleInstance({
    app: {
      requestSingleInstanceLock: () => true,
      quit: () => {},
      setAsDefaultProtocolClient: () => true,
      on: (event: string, listener: (event: unknown, argv: readonly string[]) => void) => {
        if (event === 'second-instance') secondInstance.push(listener);
      },
    } as unknown as DeepLinkApp,
    argv: [],
    onLink: (url) => linkInbox.receive(url),
    bringUp: () => {},
    log: createLogger('deep-links', logSink),
  });
  const services = kiosk
    ? createKioskServices({
        appOrigin: APP_ORIGIN,
        // The kiosk's only configuration; without it there is no ServerUrl: out of order.
        policy: { current: policyOf(options.policy ?? noPolicy) },
        fetch: asElectronNetFetch(
          options.trustTestCertificates ? trustingFetch : (url, init) => fetch(url, init),
        ),
        openMeetingWindow,
        resetTerminal: () => kiosk.hooks.reset(),
        reloadStartPage: () => kiosk.hooks.reload(),
        quit: () => kiosk.hooks.quit(),
        ...(options.kiosk?.clock ? { clock: options.kiosk.clock } : {}),
        logSink,
        checkReplies: true,
      })
    : await createMainServices({
        userDataDir,
        systemLocales: [locale],
        appOrigin: APP_ORIGIN,
        settingsPath: join(userDataDir, 'settings.json'),
        createSettingsFile: () => new Conf({ cwd: userDataDir, configName: 'settings' }),
        // As Electron's net.fetch would, with the test servers' certificates trusted.
        fetch: asElectronNetFetch(
          options.trustTestCertificates ? trustingFetch : (url, init) => fetch(url, init),
        ),
        clipboard: { writeText: (text) => clipboard.push(text) },
        saveFile: async (name, content) => {
          const path = join(userDataDir, 'saved', name);
          await mkdir(join(userDataDir, 'saved'), { recursive: true });
          await writeFile(path, content, 'utf8');
          saved.push({ path, content });
          return path;
        },
        openMeetingWindow,
        keychain: options.keychain ?? keytar,
        keychainService: testKeychainService(userDataDir),
        logSink: logFile,
        knownSecrets,
        logNotices: logFile.notices,
        linkInbox,
        ...(options.policy ? { policy: { current: policyOf(options.policy) } } : {}),
        ...(options.now ? { now: options.now } : {}),
      });
  const handle = createAppRequestHandler({
    root: resolve('out/renderer'),
    origin: APP_ORIGIN,
    contentSecurityPolicy: services.contentSecurityPolicy,
  });

  const {
    context,
    contents,
    contentsId: mainContentsId,
  } = await newWindowContext(
    options.kiosk ? 'kiosk' : 'main',
    options.chromiumProfileInUserDataDir ? 'userData' : 'memory',
  );
  // As index.ts does for the window it creates: its page alone gets the main channels.
  services.setMainContentsId(mainContentsId);
  const others: BrowserContext[] = [];
  const page = await context.newPage();
  contents.watchPreloadErrors(page);
  await contents.loadURL(page, startPage);
  if (logLines.some((line) => line.includes('a preload failed'))) {
    throw new Error("the main window's preload failed to run (see the log): it would start blank");
  }
  return {
    page,
    context,
    services,
    kiosk: kiosk?.terminal ?? null,
    userDataDir,
    blocked,
    clipboard,
    saved,
    logLines,
    meetings,
    nextMeeting: () => {
      const opened = meetings[meetingsTaken];
      if (opened) {
        meetingsTaken++;
        return Promise.resolve(opened);
      }
      return new Promise((resolve) =>
        meetingWaiters.push((meeting) => {
          meetingsTaken++;
          resolve(meeting);
        }),
      );
    },
    openOtherWindow: async (path) => {
      const other = await newWindowContext('main', 'memory');
      others.push(other.context);
      const otherPage = await other.context.newPage();
      await other.contents.loadURL(otherPage, `${APP_ORIGIN}/${path}`);
      return otherPage;
    },
    secondStart: (argv) => secondInstance.forEach((listener) => listener({}, argv)),
    close: async () => {
      await Promise.all(others.map((other) => other.close()));
      await Promise.all(meetings.map((meeting) => meeting.context.close()));
      await context.close();
    },
  };
}

/**
 * What session.webRequest.onBeforeRequest does in the app, with the same
 * guard: every request, and every hop of a redirect, is decided first.
 */
async function guardContext(
  context: BrowserContext,
  services: Pick<MainServices, 'network'>,
  handle: ReturnType<typeof createAppRequestHandler>,
  blocked: string[],
  contents: WindowContents,
) {
  const allowed = (url: string, resourceType: ResourceType) => {
    const decision = services.network.filter({ url, resourceType });
    if (decision.action === 'block') blocked.push(url);
    return decision.action === 'allow';
  };
  await context.route('**/*', async (route) => {
    const request = route.request();
    const navigation = request.isNavigationRequest();
    // Electron's navigation throttle asks the window's guards before the request starts.
    if (navigation && !contents.navigationStarts(request)) return route.abort('aborted');
    if (!allowed(request.url(), resourceTypeOf(request))) return route.abort('blockedbyclient');
    if (request.url().startsWith(`${APP_ORIGIN}/`)) {
      const response = await handle(new Request(request.url(), { method: request.method() }));
      return fulfilWith(route, response);
    }
    // Playwright hands only a redirect's first hop to a route: follow the
    // hops here, from Node, deciding each one as Chromium would ask for it
    // (a navigation's hop first by the window's guards, as `will-redirect`).
    // Simplified: the document keeps the first hop's URL.
    let response = await forward(route, { maxRedirects: 0 });
    let hops = 0;
    while (response && response.status() >= 300 && response.status() < 400) {
      const location = response.headers().location;
      if (!location) break;
      const next = new URL(location, response.url()).href;
      if (navigation && !contents.redirects(request, next)) return route.abort('aborted');
      if (hops++ > 10 || !allowed(next, resourceTypeOf(request))) {
        return route.abort('blockedbyclient');
      }
      const keepsMethod = response.status() === 307 || response.status() === 308;
      response = await forward(route, {
        url: next,
        maxRedirects: 0,
        ...(keepsMethod ? {} : { method: 'GET', postData: undefined }),
      });
    }
    if (!response) return route.abort('failed').catch(() => {});
    return route.fulfill({ response }).catch(() => {});
  });
  await context.routeWebSocket(/.*/, (socket) => {
    if (allowed(socket.url(), 'webSocket')) socket.connectToServer();
    else socket.close({ code: 1008, reason: 'blocked' }).catch(() => {});
  });
}
