import { dirname, join } from 'node:path';
import type { Appointment } from '../shared/appointment';
import { contentSecurityPolicy } from '../shared/content-security-policy';
import type { StartupNotice } from '../shared/ipc-contract';
import type { Language } from '../shared/settings';
import { PLAIN_APPOINTMENTS_FILE } from './appointments/appointment-file';
import { openAppointmentStore } from './appointments/appointment-store';
import { createRetention } from './appointments/retention';
import { createCredentials, KEYCHAIN_SERVICE, type Keychain } from './credentials/credentials';
import { createModeratorToken } from './credentials/moderator-token';
import { createRoomPasswords } from './credentials/room-passwords';
import { createConsultations, type OpenMeetingWindow } from './consultation/consultations';
import { appHandlers } from './handlers/app';
import { appointmentHandlers } from './handlers/appointments';
import { calendarHandlers } from './handlers/calendar';
import { consultationHandlers } from './handlers/consultation';
import { invitationHandlers } from './handlers/invitation';
import { linkHandlers } from './handlers/links';
import { networkHandlers } from './handlers/network';
import { settingsHandlers } from './handlers/settings';
import { tokenHandlers } from './handlers/token';
import type { MainChannel, MeetingChannel } from '../shared/ipc-channels';
import { createRouter, type ModeHandlers, type Router } from './ipc/router';
import { createSenderCheck } from './ipc/trusted-senders';
import { createLinkInbox, type LinkInbox } from './links/link-inbox';
import { createKnownSecrets, type KnownSecrets } from './log/known-secrets';
import { createLogger, type LogSink } from './log/logger';
import { createNetworkGuard, type NetworkGuard } from './network/network-guard';
import type { PolicyService } from './policy/policy-service';
import { createDialIn } from './network/dial-in';
import { createServerStatusCheck, type Fetch } from './network/server-status';
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
  /** The organisation's policy (policy-service.ts); none where IT set nothing. */
  policy?: Pick<PolicyService, 'current'>;
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
  /** What arises while the app runs (an update that was not installed), read at every first screen. */
  runningNotices?: () => readonly StartupNotice[];
  /** The log file's path, whose moved-aside copies (and its folder's) retention deletes. */
  logPath?: string;
  /** The sprechstunde:// links that arrived (index.ts feeds it from Electron's events); none otherwise. */
  linkInbox?: Pick<LinkInbox, 'take'>;
  /**
   * Parse every reply against the contract (see createRouter). On by default where
   * tests run (Vitest, NODE_ENV=test), off in the app.
   */
  checkReplies?: boolean;
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
    ...(options.policy ? { policy: options.policy.current } : {}),
  });
  // While policy keeps the network closed, the guard sees no server at all.
  const network = createNetworkGuard({
    settings: () => settings.network(),
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

  const serverStatus = createServerStatusCheck({
    fetch: options.fetch,
    serverUrl: () => settings.network().serverUrl,
    lastTlsRefusal: () => network.lastTlsRefusal(),
    now,
  });
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

  const handlers: ModeHandlers<MainChannel | MeetingChannel> = {
    ...appointmentHandlers({ appointments, credentials, log: logger('appointments') }),
    ...appHandlers({
      appointments,
      settings,
      token,
      retention,
      notices: () => [
        ...startupNotices,
        ...(options.logNotices ?? []),
        ...(options.runningNotices?.() ?? []),
      ],
    }),
    ...settingsHandlers({ settings, retention }),
    ...tokenHandlers(token),
    ...networkHandlers(serverStatus),
    ...invitationHandlers({
      appointments,
      settings,
      roomPasswords,
      saveFile: (name, content) => options.saveFile(name, content),
      clipboard: options.clipboard,
      now,
      dialIn: createDialIn({
        fetch: options.fetch,
        networkPolicy: () => network.policy(),
        // The effective settings: the organisation's policy over what was set in the app.
        urls: () => {
          const { dialInNumbersUrl, dialInConfCodeUrl } = settings.view().settings;
          return { numbers: dialInNumbersUrl, code: dialInConfCodeUrl };
        },
        log: logger('dial-in'),
      }),
    }),
    ...consultationHandlers({ consultations, network }),
    ...linkHandlers({
      inbox: options.linkInbox ?? createLinkInbox({ log: logger('deep-links') }),
      appointments,
      serverOrigin: () => settings.network().serverUrl,
      log: logger('deep-links'),
    }),
    ...calendarHandlers({
      appointments,
      defaultAccess: () => settings.view().settings.defaultAccess,
      now,
      log: logger('calendar'),
    }),
  };

  return {
    network,
    language: () => settings.view().language,
    setMainContentsId: (contentsId) => {
      mainContentsId = contentsId;
    },
    purgeExpired: () => retention.purge(),
    contentSecurityPolicy: (page) =>
      contentSecurityPolicy({ page, serverOrigin: settings.network().serverUrl }),
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
      checkReplies: options.checkReplies ?? underTest(),
    }),
  };
}

const NO_APPOINTMENTS: readonly Appointment[] = [];

function underTest(): boolean {
  return process.env.VITEST !== undefined || process.env.NODE_ENV === 'test';
}
