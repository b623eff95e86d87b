import { readdir, writeFile } from 'node:fs/promises';
import { release, userInfo } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import jitsiSdk from '@jitsi/electron-sdk/main';
import {
  BrowserWindow,
  app,
  clipboard,
  desktopCapturer,
  dialog,
  Menu,
  net,
  protocol,
  screen,
  session,
  shell,
} from 'electron';
import ElectronStore from 'electron-store';
import electronUpdater from 'electron-updater';
import { loadKeychain } from './credentials/load-keychain';
import { registerIpc } from './ipc/electron-transport';
import { createFileSink } from './log/file-sink';
import { createLinkInbox } from './links/link-inbox';
import { createKnownSecrets } from './log/known-secrets';
import { createLogger } from './log/logger';
import { guardSession } from './network/session-guard';
import { createPolicyService } from './policy/policy-service';
import { runRegExe } from './policy/registry';
import { isRegistrySource } from './policy/source-read';
import { readPolicy } from './policy/sources';
import { createKioskServices, type KioskServices } from './kiosk/kiosk-services';
import { createKioskWindow, lockKioskWindow } from './kiosk/kiosk-window';
import { resetTerminal } from './kiosk/reset';
import { createMainServices, type MainServices } from './services';
import { decideUpdates, installationOf } from './update/update-decision';
import { updaterSessionDecisions } from './update/update-network';
import { startUpdater } from './update/updater';
import type { StartupNotice } from '../shared/ipc-contract';
import { APP_ORIGIN, APP_SCHEME } from '../shared/app-origin';
import { policyValue, type Policy } from '../shared/effective-settings';
import { DAY_MS } from '../shared/time';
import { createAppRequestHandler } from './windows/app-protocol';
import { devToolsAllowed } from './windows/dev-tools';
import { createExternalLinkOpener } from './windows/external-links';
import { claimSingleInstance, registerScheme } from './windows/deep-links';
import { bringUpMainWindow, createMainWindow } from './windows/main-window';
import type { OpenMeetingWindow } from './consultation/meeting-runner';
import { createMeetingWindowOpener } from './windows/meeting-window';
import { createScreenSharingSetup } from './windows/screen-sharing-indicator';
import { createScreenSourcePicker } from './windows/screen-source-picker';
import { guardWebContents } from './windows/web-contents-guard';

// Composition root: the only place that wires Electron objects into the
// plain modules. Everything it calls is tested under Node with small fakes.
const here = fileURLToPath(new URL('.', import.meta.url));

protocol.registerSchemesAsPrivileged([
  {
    scheme: APP_SCHEME,
    // codeCache: V8 keeps the compiled bundle between starts (needs `standard`).
    privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
  },
]);
app.enableSandbox();
// A fresh profile for the _electron tests; never honoured in a packaged app.
if (!app.isPackaged && process.env.SPRECHSTUNDE_USER_DATA_DIR) {
  app.setPath('userData', process.env.SPRECHSTUNDE_USER_DATA_DIR);
}

// Redacted log lines go to <userData>/logs for support (and the console in development).
const logPath = join(app.getPath('userData'), 'logs', 'sprechstunde.log');
// Every logger writes through knownSecrets: what the keychain and the store hold never
// reaches the file, whatever a message carries.
const knownSecrets = createKnownSecrets();
const logFile = createFileSink(logPath, app.isPackaged ? null : (line) => console.error(line));
const logSink = knownSecrets.guard(logFile);
const log = createLogger('main', logSink);

const devServerUrl = !app.isPackaged ? process.env.ELECTRON_RENDERER_URL : undefined;
const rendererOrigin = devServerUrl ? new URL(devServerUrl).origin : APP_ORIGIN;
let mainWindow: BrowserWindow | null = null;
// Set once start() can open windows; a second start before that gets start()'s window.
let openMainWindow: (() => BrowserWindow) | null = null;
/** What the pages' handler and main's own dialogs ask of the running mode. */
let services: Pick<MainServices, 'contentSecurityPolicy' | 'language'> | null = null;
// The last update that was not installed, for the next first screen.
let updateNotice: StartupNotice | null = null;

// sprechstunde:// links wait here until the main window's page takes them (links:take).
const deepLinkLog = createLogger('deep-links', logSink);
const linkInbox = createLinkInbox({ log: deepLinkLog });

// Before 'ready': macOS sends the link that starts the app as 'open-url' early.
const firstStart = claimSingleInstance({
  app,
  argv: process.argv,
  onLink: (url) => linkInbox.receive(url),
  bringUp: () => {
    if (openMainWindow) mainWindow = bringUpMainWindow(mainWindow, openMainWindow);
  },
  log: deepLinkLog,
});
if (firstStart) {
  const linkLog = createLogger('links', logSink);
  const openExternal = createExternalLinkOpener({
    confirm: async (question) => {
      const options = {
        type: 'question' as const,
        message: question.message,
        detail: question.detail,
        buttons: [question.open, question.cancel],
        defaultId: 1,
        cancelId: 1,
      };
      const { response } = mainWindow
        ? await dialog.showMessageBox(mainWindow, options)
        : await dialog.showMessageBox(options);
      return response === 0;
    },
    open: (url) => shell.openExternal(url),
    language: () => services?.language() ?? 'de',
    log: linkLog,
  });
  app.on('web-contents-created', (_event, contents) =>
    guardWebContents(contents, rendererOrigin, createLogger('web-contents', logSink), openExternal),
  );
  app.on('window-all-closed', () => app.quit());
  app
    .whenReady()
    .then(start)
    .catch((error: unknown) => {
      log.error('start failed', error);
      dialog.showErrorBox(
        'Sprechstunde',
        'Sprechstunde konnte nicht starten. Bitte wenden Sie sich an Ihre IT.\n\n' +
          'Sprechstunde could not start. Please contact your IT department.',
      );
      app.exit(1);
    });
}

/** The user whose managed preferences apply (macOS); none when the OS cannot say. */
function signedInUser(): string {
  try {
    return userInfo().username;
  } catch {
    return '';
  }
}

/** How often policy is read again; Chrome refreshes its policy on a timer too. */
const POLICY_REFRESH_MS = 2 * 60_000;

/**
 * Updates from the organisation's server (UpdateUrl, read once: it applies at the
 * next start). Only an NSIS installation updates itself; an MSI one never does.
 */
async function startUpdates(updateUrl: () => string | null): Promise<void> {
  const updateLog = createLogger('updater', logSink);
  const filesBesideExecutable =
    process.platform === 'win32'
      ? await readdir(dirname(process.execPath)).catch((): string[] => [])
      : [];
  startUpdater({
    decision: decideUpdates({
      updateUrl: updateUrl(),
      installation: installationOf({
        platform: process.platform,
        productFilename: 'Sprechstunde',
        filesBesideExecutable,
      }),
      isPackaged: app.isPackaged,
    }),
    createEngine: (url) => {
      const updater = new electronUpdater.NsisUpdater();
      // Its session ('electron-updater', ElectronHttpExecutor's) before its first request.
      guardSession(updater.netSession, updaterSessionDecisions(url, updateLog), updateLog);
      return updater;
    },
    every: (task, ms) => setInterval(task, ms).unref(),
    log: updateLog,
    notify: (notice) => {
      updateNotice = notice;
    },
  });
}

async function start(): Promise<void> {
  const userDataDir = app.getPath('userData');
  // IT's policy before anything else: it decides the network, the settings and the mode.
  const policy = await createPolicyService({
    read: () =>
      readPolicy(process.platform, {
        env: process.env,
        username: signedInUser(),
        runReg: runRegExe(),
        // Tests of the unpackaged app give it a policy below a folder of their own;
        // a packaged app reads only the real places.
        ...(!app.isPackaged && process.env.SPRECHSTUNDE_POLICY_ROOT
          ? { root: process.env.SPRECHSTUNDE_POLICY_ROOT }
          : {}),
      }),
    caseInsensitive: isRegistrySource,
    log: createLogger('policy', logSink),
  });
  policy.watch(POLICY_REFRESH_MS);
  // KioskMode applies at restart: the policy service keeps its value from the start.
  const kioskMode = policyValue(policy.current(), 'KioskMode');
  // Policy can switch DevTools off (kiosk), never on.
  const devTools = devToolsAllowed({ isPackaged: app.isPackaged, kioskMode });
  // Plain system DNS: no DNS-over-HTTPS provider learns which hosts are asked for.
  app.configureHostResolver({ secureDnsMode: 'off' });

  const settingsPath = join(userDataDir, 'settings.json');
  const serveApp = createAppRequestHandler({
    root: join(here, '../renderer'),
    origin: APP_ORIGIN,
    contentSecurityPolicy: (page) => services?.contentSecurityPolicy(page) ?? "default-src 'none'",
  });
  const pageUrl = (page: string) =>
    devServerUrl ? new URL(page, devServerUrl).href : `${APP_ORIGIN}/${page}`;
  const meetingLog = createLogger('meeting-window', logSink);
  // The app's own "you are sharing your screen" bar in place of the SDK's file page,
  // which the sandbox and the network guard both stop (issue 12).
  const setUpScreenSharing = createScreenSharingSetup({
    setupScreenSharingMain: (window) =>
      jitsiSdk.setupScreenSharingMain(window, 'Sprechstunde', 'de.sprechstunde.desktop'),
    language: () => services?.language() ?? 'de',
    BrowserWindow,
    workArea: () => screen.getPrimaryDisplay().workArea,
    preload: join(here, '../preload/screen-sharing-indicator.cjs'),
    url: pageUrl('screen-sharing-indicator.html'),
    devTools,
    title: 'Sprechstunde',
    platform: process.platform,
    osRelease: release(),
    log: meetingLog,
  });
  // Main, not the meeting page (the server's script), lists the screens and windows
  // and grants only the one the counsellor picks in the app's own picker.
  const pickScreenSource = createScreenSourcePicker({
    BrowserWindow,
    getSources: (options) => desktopCapturer.getSources(options),
    preload: join(here, '../preload/screen-source-picker.cjs'),
    url: pageUrl('screen-source-picker.html'),
    devTools,
    title: 'Sprechstunde',
    language: () => services?.language() ?? 'de',
    log: meetingLog,
  });
  const openMeetingWindow = createMeetingWindowOpener({
    BrowserWindow,
    fromPartition: (partition) => session.fromPartition(partition),
    serveApp: (meetingSession) => meetingSession.protocol.handle(APP_SCHEME, serveApp),
    preload: join(here, '../preload/meeting.cjs'),
    url: pageUrl('meeting.html'),
    devTools,
    attachJitsiSdk: (window, meeting) => {
      setUpScreenSharing(window, meeting);
      // After the SDK: it replaces the SDK's display-media handler (one per session).
      pickScreenSource(window, meeting);
      jitsiSdk.setupPictureInPictureMain(window);
      jitsiSdk.setupPowerMonitorMain(window);
      // Remote control (setupRemoteControlMain) is never set up: nobody steers this machine.
    },
    kiosk: kioskMode,
    log: meetingLog,
  });
  if (kioskMode) {
    // A shared terminal: no appointment list, no keychain, no settings file, no links.
    linkInbox.ignoreAll();
    services = startKiosk({ policy, openMeetingWindow, serveApp, pageUrl, devTools });
    return;
  }
  const counsellor = await createMainServices({
    userDataDir,
    policy,
    systemLocales: app.getPreferredSystemLanguages(),
    appOrigin: rendererOrigin,
    // Development only: Vite's dev server and its hot-reload socket, and DevTools.
    appOrigins: [
      rendererOrigin,
      ...(devServerUrl ? [rendererOrigin.replace(/^http/, 'ws')] : []),
      ...(devTools ? ['devtools://devtools'] : []),
    ],
    openMeetingWindow,
    settingsPath,
    createSettingsFile: () => new ElectronStore({ name: 'settings', cwd: userDataDir }),
    fetch: (url, init) => net.fetch(url, init),
    clipboard,
    saveFile: async (suggestedName, content) => {
      const options = {
        defaultPath: join(app.getPath('downloads'), suggestedName),
        filters: [{ name: 'iCalendar', extensions: ['ics'] }],
      };
      const { canceled, filePath } = mainWindow
        ? await dialog.showSaveDialog(mainWindow, options)
        : await dialog.showSaveDialog(options);
      if (canceled || !filePath) return null;
      await writeFile(filePath, content, 'utf8');
      return filePath;
    },
    keychain: await loadKeychain(createLogger('keychain', logSink)),
    // The file itself: the services guard it with the same knownSecrets.
    logSink: logFile,
    logPath,
    knownSecrets,
    logNotices: logFile.notices,
    runningNotices: () => (updateNotice ? [updateNotice] : []),
    linkInbox,
  });
  registerScheme({
    app,
    defaultApp: process.defaultApp === true,
    execPath: process.execPath,
    argv: process.argv,
    resolvePath: (path) => resolve(path),
    log: deepLinkLog,
  });
  // Every session under the network guard before anything loads: the default
  // one now, and any the app creates later (the meeting's own partition).
  services = counsellor;
  const { network } = counsellor;
  const networkLog = createLogger('session-guard', logSink);
  guardSession(session.defaultSession, network, networkLog);
  // Before pages' sessions are guarded as they are created: electron-updater's own
  // session gets the updater's guard alone (the update server, nothing else).
  // UpdateUrl applies at restart: the policy service keeps its value from the start.
  await startUpdates(() => policyValue(policy.current(), 'UpdateUrl'));
  app.on('session-created', (created) => guardSession(created, network, networkLog));
  registerIpc(counsellor.router);
  const running = counsellor;
  setInterval(() => {
    running.purgeExpired().catch((error: unknown) => log.error('retention failed', error));
  }, DAY_MS).unref();

  protocol.handle(APP_SCHEME, serveApp);

  openMainWindow = () => {
    const window = createMainWindow(
      BrowserWindow,
      {
        preload: join(here, '../preload/index.cjs'),
        devTools,
        title: 'Sprechstunde',
      },
      devServerUrl ?? `${APP_ORIGIN}/index.html`,
    );
    // The main window's channels answer this window's page alone (again for one a
    // second start opens); a meeting window or any other page of the app gets none.
    running.setMainContentsId(window.webContents.id);
    window.on('closed', () => {
      if (mainWindow === window) mainWindow = null;
    });
    return window;
  };
  mainWindow = openMainWindow();
}

/**
 * Kiosk mode (policy KioskMode): one locked full-screen window with the
 * kiosk's start page; every session ends in a reset (kiosk-services.ts).
 */
function startKiosk(parts: {
  policy: { current(): Policy };
  openMeetingWindow: OpenMeetingWindow;
  serveApp: (request: Request) => Promise<Response>;
  pageUrl: (page: string) => string;
  devTools: boolean;
}): KioskServices {
  const kioskLog = createLogger('kiosk-window', logSink);
  let window: BrowserWindow | null = null;
  let lock: { release(): void } | null = null;
  const startPage = parts.pageUrl('kiosk.html');
  const kiosk = createKioskServices({
    appOrigin: rendererOrigin,
    appOrigins: [rendererOrigin, ...(devServerUrl ? [rendererOrigin.replace(/^http/, 'ws')] : [])],
    policy: parts.policy,
    fetch: (url, init) => net.fetch(url, init),
    openMeetingWindow: parts.openMeetingWindow,
    resetTerminal: async () => {
      await resetTerminal({ defaultSession: session.defaultSession, clipboard, log: kioskLog });
    },
    reloadStartPage: () => {
      window?.loadURL(startPage).catch((error: unknown) => kioskLog.error('start page', error));
    },
    quit: () => {
      lock?.release();
      app.quit();
    },
    logSink,
  });
  // No application menu either (macOS keeps one beside the window's).
  Menu.setApplicationMenu(null);
  const networkLog = createLogger('session-guard', logSink);
  guardSession(session.defaultSession, kiosk.network, networkLog);
  app.on('session-created', (created) => guardSession(created, kiosk.network, networkLog));
  registerIpc(kiosk.router);
  protocol.handle(APP_SCHEME, parts.serveApp);

  window = createKioskWindow(BrowserWindow, {
    preload: join(here, '../preload/kiosk.cjs'),
    title: 'Sprechstunde',
  });
  // The exit combination reaches the page, which asks for the PIN (kiosk:exit).
  lock = lockKioskWindow(window, {
    platform: process.platform,
    onExitCombination: () => {},
    log: kioskLog,
  });
  kiosk.setMainContentsId(window.webContents.id);
  const shown = window;
  // A crashed start page resets the terminal like the end of a session.
  shown.webContents.on('render-process-gone', () => void kiosk.reset());
  shown.loadURL(startPage).catch((error: unknown) => kioskLog.error('start page', error));
  return kiosk;
}
