import { LIST_PAGE_SIZE, queryAppointments } from '../shared/appointment-views';
import { contentSecurityPolicy } from '../shared/content-security-policy';
import { openAppointmentStore } from './appointments/appointment-store';
import { createRouter, isAppOrigin, type Handlers, type Router } from './ipc/router';
import { createLogger, type LogSink } from './log/logger';
import { checkServer, type Fetch } from './network/server-status';
import {
  createSettingsService,
  openSettingsFile,
  type SettingsFile,
} from './settings/settings-service';

export interface MainServicesOptions {
  userDataDir: string;
  systemLocales: readonly string[];
  /** Origin the renderer is served from: `app://sprechstunde` in the app. */
  appOrigin: string;
  /** Opens the settings file: electron-store in the app, `conf` in tests. */
  createSettingsFile: () => SettingsFile;
  settingsPath: string;
  fetch: Fetch;
  now?: () => Date;
  logSink?: LogSink;
}

export interface MainServices {
  router: Router;
  /** The renderer's CSP of the moment: frames only from the configured server. */
  contentSecurityPolicy: () => string;
}

/**
 * The composition of every main-process service behind the IPC router, free of
 * Electron: the app calls it from index.ts, the end-to-end harness from Node.
 */
export async function createMainServices(options: MainServicesOptions): Promise<MainServices> {
  const now = options.now ?? (() => new Date());
  const logger = (scope: string) => createLogger(scope, options.logSink);

  const settingsFile = await openSettingsFile(
    options.createSettingsFile,
    options.settingsPath,
    now,
    logger('settings'),
  );
  const settings = createSettingsService({
    file: settingsFile.file,
    systemLocales: options.systemLocales,
  });
  const { store: appointments, notices } = await openAppointmentStore({
    directory: options.userDataDir,
    now,
    log: logger('appointments'),
  });
  const startupNotices = [...settingsFile.notices, ...notices];

  const handlers: Handlers = {
    'appointments:query': (query) => queryAppointments(appointments.list(), query),
    'appointments:get': ({ id }) => appointments.get(id),
    'appointments:create': (draft) => appointments.create(draft),
    'appointments:update': ({ id, draft }) => appointments.update(id, draft),
    'appointments:setStatus': ({ id, status }) => appointments.setStatus(id, status),
    'appointments:delete': async ({ id }) => {
      await appointments.delete(id);
      return { id };
    },
    // Everything the first screen shows, in one round trip.
    'app:firstScreen': ({ day }) => ({
      settings: settings.view(),
      notices: startupNotices,
      today: queryAppointments(appointments.list(), {
        view: 'today',
        filter: '',
        day,
        offset: 0,
        limit: LIST_PAGE_SIZE,
      }),
    }),
    'settings:update': (change) => settings.update(change),
    'server:status': () => checkServer(options.fetch, settings.view().settings.serverUrl, now),
  };

  return {
    contentSecurityPolicy: () => {
      const { serverUrl } = settings.view().settings;
      return contentSecurityPolicy({ frameOrigins: serverUrl ? [new URL(serverUrl).origin] : [] });
    },
    router: createRouter({
      handlers,
      isTrustedSender: (sender) => isAppOrigin(sender.url, options.appOrigin),
      log: logger('ipc'),
    }),
  };
}
