import { dirname, join } from 'node:path';
import type { Appointment } from '../shared/appointment';
import { LIST_PAGE_SIZE, queryAppointments } from '../shared/appointment-views';
import { contentSecurityPolicy } from '../shared/content-security-policy';
import { appointmentIcs } from '../shared/ical';
import { invitationFor } from '../shared/invitation';
import type { ServerStatus, StartupNotice } from '../shared/ipc-contract';
import type { TokenStatus } from '../shared/moderator-token';
import { AppFailure } from '../shared/result';
import type { Language } from '../shared/settings';
import { PLAIN_APPOINTMENTS_FILE } from './appointments/appointment-file';
import { openAppointmentStore } from './appointments/appointment-store';
import { createRetention, forgetRoomPassword } from './appointments/retention';
import { createCredentials, KEYCHAIN_SERVICE, type Keychain } from './credentials/credentials';
import { createModeratorToken } from './credentials/moderator-token';
import { createRoomPasswords } from './credentials/room-passwords';
import { createConsultations, type OpenMeetingWindow } from './consultation/consultations';
import { createRouter, type Handlers, type Router } from './ipc/router';
import { createSenderCheck } from './ipc/trusted-senders';
import { createKnownSecrets, type KnownSecrets } from './log/known-secrets';
import { createLogger, type LogSink } from './log/logger';
import { createNetworkGuard, type NetworkGuard } from './network/network-guard';
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
  /** Every origin of the app's own bundle the network may load; defaults to `appOrigin`. */
  appOrigins?: readonly string[];
  /** The OS keychain: keytar in the app and in the tests. */
  keychain: Keychain;
  /** The keychain service name; tests use their own. */
  keychainService?: string;
  /** Opens the settings file: electron-store in the app, `conf` in tests. */
  createSettingsFile: () => SettingsFile;
  settingsPath: string;
  fetch: Fetch;
  /** The system clipboard (Electron's clipboard module in the app). */
  clipboard: { writeText(text: string): void };
  /** Asks where to save a file and writes it; resolves null when the user cancels. */
  saveFile(suggestedName: string, content: string): Promise<string | null>;
  /** Opens the meeting window in a fresh partition (a BrowserWindow in the app). */
  openMeetingWindow: OpenMeetingWindow;
  /** The main window's web contents id, if it exists already (see `setMainContentsId`). */
  mainContentsId?: number;
  now?: () => Date;
  logSink?: LogSink;
  /**
   * What the log sink redacts by knowledge; the services feed it (keychain
   * secrets, room names). index.ts passes the one its own loggers use.
   */
  knownSecrets?: KnownSecrets;
  /** What the log sink had to tell (a log path moved aside, or no log at all). */
  logNotices?: readonly StartupNotice[];
  /** The log file's path, whose moved-aside copies (and its folder's) retention deletes. */
  logPath?: string;
}

export interface MainServices {
  router: Router;
  /** Deletes what the retention setting says is due; the app calls it daily. */
  purgeExpired: () => Promise<number>;
  /** The CSP of an app page (by path) at this moment: it follows the configured server. */
  contentSecurityPolicy: (page: string) => string;
  /** The network policy every session applies, and what it counted. */
  network: NetworkGuard;
  /** The UI language of the moment, for dialogs main shows itself. */
  language: () => Language;
  /**
   * The web contents that may use the main window's channels: the composition
   * root sets it whenever it creates the main window. Before that, nobody may.
   */
  setMainContentsId: (contentsId: number | null) => void;
}

/**
 * The composition of every main-process service behind the IPC router, free of
 * Electron: the app calls it from index.ts, the end-to-end harness from Node.
 */
export async function createMainServices(options: MainServicesOptions): Promise<MainServices> {
  const now = options.now ?? (() => new Date());
  let mainContentsId = options.mainContentsId ?? null;
  const knownSecrets = options.knownSecrets ?? createKnownSecrets();
  const logSink = knownSecrets.guard(options.logSink ?? ((line) => console.error(line)));
  const logger = (scope: string) => createLogger(scope, logSink);

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
  const network = createNetworkGuard({
    settings: () => settings.view().settings,
    appOrigins: options.appOrigins ?? [options.appOrigin],
    now,
    log: logger('network'),
  });
  const credentials = createCredentials(
    options.keychain,
    logger('keychain'),
    options.keychainService ?? KEYCHAIN_SERVICE,
    knownSecrets,
  );
  const token = createModeratorToken(credentials, now);
  const roomPasswords = createRoomPasswords(credentials);
  const { store: appointments, notices } = await openAppointmentStore({
    directory: options.userDataDir,
    credentials,
    now,
    log: logger('appointments'),
  });
  // Every room name in the store, as the store holds it at the moment of a log line.
  knownSecrets.follow(
    () => (appointments.state().status === 'open' ? appointments.list() : NO_APPOINTMENTS),
    (appointment) => appointment.roomName,
  );
  const retention = createRetention({
    store: appointments,
    credentials,
    retentionDays: () => settings.view().settings.retentionDays,
    keptFiles: [
      appointments.path,
      join(options.userDataDir, PLAIN_APPOINTMENTS_FILE),
      options.settingsPath,
      ...(options.logPath ? [options.logPath, dirname(options.logPath)] : []),
    ],
    now,
    log: logger('retention'),
  });
  // Deleting old appointments must never keep the app from starting.
  await retention
    .purge()
    .catch((error: unknown) => logger('retention').error('purge failed', error));
  const startupNotices = [...settingsFile.notices, ...notices];
  const state = appointments.state();
  logger('main').info(
    `services ready; appointment store ${state.status === 'open' ? 'open' : `locked (${state.reason})`}`,
  );

  /** The invitation texts; the room password is made and kept in the keychain on first use. */
  async function invitation(id: string, language: Language) {
    const appointment = appointments.get(id);
    const { serverUrl } = settings.view().settings;
    if (!serverUrl) throw new AppFailure('server-not-configured');
    const roomPassword = await roomPasswords.get(id);
    return invitationFor(appointment, { serverOrigin: serverUrl, roomPassword, language });
  }

  /** Whether the server answers; a pin that refused it during the check explains why not. */
  async function serverStatus(): Promise<ServerStatus> {
    const { serverUrl } = settings.view().settings;
    const status = await checkServer(options.fetch, serverUrl, now);
    const refusal = network.lastTlsRefusal();
    if (
      status.state === 'unreachable' &&
      serverUrl &&
      refusal &&
      refusal.host === new URL(serverUrl).hostname &&
      refusal.at >= status.startedAt
    ) {
      return { state: 'certificate-refused', host: refusal.host, checkedAt: status.checkedAt };
    }
    return { state: status.state, checkedAt: status.checkedAt };
  }

  const consultations = createConsultations({
    appointments,
    settings: () => settings.view(),
    readToken: () => token.read(),
    roomPasswords,
    network,
    checkServer: serverStatus,
    openMeetingWindow: options.openMeetingWindow,
    now,
    log: logger('consultation'),
  });

  const handlers: Handlers = {
    'appointments:query': (query) => queryAppointments(appointments.list(), query),
    'appointments:get': ({ id }) => appointments.get(id),
    'appointments:create': (draft) => appointments.create(draft),
    'appointments:update': ({ id, draft }) => appointments.update(id, draft),
    'appointments:setStatus': ({ id, status }) => appointments.setStatus(id, status),
    'appointments:delete': async ({ id }) => {
      await appointments.delete(id);
      await forgetRoomPassword(credentials, id, logger('appointments'));
      return { id };
    },
    // Everything the first screen shows, in one round trip.
    'app:firstScreen': async ({ day }) => {
      const store = appointments.state();
      return {
        settings: settings.view(),
        notices: [...startupNotices, ...(options.logNotices ?? [])],
        store,
        // The keychain may be locked; the first screen still opens.
        token: await token
          .status()
          .catch((): TokenStatus => ({ stored: false, keychainUnavailable: true })),
        today: queryAppointments(store.status === 'open' ? appointments.list() : [], {
          view: 'today',
          filter: '',
          day,
          offset: 0,
          limit: LIST_PAGE_SIZE,
        }),
      };
    },
    'store:startEmpty': async () => {
      const notices = await appointments.startEmpty();
      return { store: appointments.state(), notices };
    },
    'store:retry': async () => {
      const notices = await appointments.retry();
      await retention.purge();
      return { store: appointments.state(), notices };
    },
    'settings:update': async (change) => {
      const view = settings.update(change);
      if (change.retentionDays !== undefined) await retention.purge();
      return view;
    },
    'token:status': () => token.status(),
    'token:save': ({ token: value }) => token.save(value),
    'token:delete': () => token.remove(),
    'server:status': serverStatus,
    'invitation:get': async ({ id, language }) => invitation(id, language),
    'invitation:saveIcs': async ({ id, language }) => {
      const appointment = appointments.get(id);
      const { link, invitation: description } = await invitation(id, language);
      const ics = appointmentIcs(appointment, { link, description, language, now: now() });
      const path = await options.saveFile(`${icsName(appointment.start)}.ics`, ics);
      return { saved: path !== null };
    },
    'clipboard:writeText': ({ text }) => {
      options.clipboard.writeText(text);
      return { copied: true };
    },
    'consultation:join': ({ id, asGuest }) => consultations.join(id, asGuest),
    'consultation:report': () => {
      const current = network.currentReport();
      return current && { id: current.appointmentId, report: current.report };
    },
    'meeting:spec': () => consultations.spec(),
    'meeting:report': () => consultations.report(),
    'meeting:leave': () => {
      consultations.leave();
      return { left: true };
    },
  };

  return {
    network,
    language: () => settings.view().language,
    setMainContentsId: (contentsId) => {
      mainContentsId = contentsId;
    },
    purgeExpired: () => retention.purge(),
    contentSecurityPolicy: (page) =>
      contentSecurityPolicy({ page, serverOrigin: settings.view().settings.serverUrl }),
    router: createRouter({
      handlers,
      // The meeting window runs the server's script: it gets its own channels only,
      // and the main window's channels come from the main window alone.
      isTrustedSender: createSenderCheck({
        appOrigin: options.appOrigin,
        mainContentsId: () => mainContentsId,
        isMeetingWindow: (contentsId) => consultations.isMeetingWindow(contentsId),
      }),
      log: logger('ipc'),
    }),
  };
}

const NO_APPOINTMENTS: readonly Appointment[] = [];

/** `Termin-2026-11-24-1000`: the date and time, nothing about the client. */
function icsName(start: string): string {
  const date = new Date(start);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `Termin-${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}-${pad(date.getHours())}${pad(date.getMinutes())}`;
}
