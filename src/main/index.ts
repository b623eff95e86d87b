import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BrowserWindow, app, dialog, net, protocol, session } from 'electron';
import ElectronStore from 'electron-store';
import keytar from 'keytar';
import { registerIpc } from './ipc/electron-transport';
import { createFileSink } from './log/file-sink';
import { createLogger } from './log/logger';
import { createMainServices } from './services';
import { createAppRequestHandler } from './windows/app-protocol';
import { createMainWindow } from './windows/main-window';
import { denyAllPermissions } from './windows/permissions';
import { guardWebContents } from './windows/web-contents-guard';

// Composition root: the only place that wires Electron objects into the
// plain modules. Everything it calls is tested under Node with small fakes.
const APP_SCHEME = 'app';
const APP_ORIGIN = `${APP_SCHEME}://sprechstunde`;
const DAY_MS = 86_400_000;
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
const logSink = createFileSink(
  join(app.getPath('userData'), 'logs', 'sprechstunde.log'),
  app.isPackaged ? null : (line) => console.error(line),
);
const log = createLogger('main', logSink);

const devServerUrl = !app.isPackaged ? process.env.ELECTRON_RENDERER_URL : undefined;
const rendererOrigin = devServerUrl ? new URL(devServerUrl).origin : APP_ORIGIN;
let mainWindow: BrowserWindow | null = null;

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  app.on('web-contents-created', (_event, contents) =>
    guardWebContents(contents, rendererOrigin, createLogger('web-contents', logSink)),
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

async function start(): Promise<void> {
  const userDataDir = app.getPath('userData');
  denyAllPermissions(session.defaultSession, createLogger('permissions', logSink));

  const settingsPath = join(userDataDir, 'settings.json');
  const services = await createMainServices({
    userDataDir,
    systemLocales: app.getPreferredSystemLanguages(),
    appOrigin: rendererOrigin,
    settingsPath,
    createSettingsFile: () => new ElectronStore({ name: 'settings', cwd: userDataDir }),
    fetch: (url, init) => net.fetch(url, init),
    keychain: keytar,
    logSink,
  });
  registerIpc(services.router);
  setInterval(() => {
    services.purgeExpired().catch((error: unknown) => log.error('retention failed', error));
  }, DAY_MS).unref();

  protocol.handle(
    APP_SCHEME,
    createAppRequestHandler({
      root: join(here, '../renderer'),
      origin: APP_ORIGIN,
      contentSecurityPolicy: services.contentSecurityPolicy,
    }),
  );

  mainWindow = createMainWindow(
    BrowserWindow,
    {
      preload: join(here, '../preload/index.cjs'),
      devTools: !app.isPackaged,
      title: 'Sprechstunde',
    },
    devServerUrl ?? `${APP_ORIGIN}/index.html`,
  );
  mainWindow.on('closed', () => (mainWindow = null));
}
