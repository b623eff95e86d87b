import { contentSecurityPolicy } from '../../shared/content-security-policy';
import {
  effectiveSettings,
  policyValue,
  withNetworkClosed,
  type Policy,
} from '../../shared/effective-settings';
import type { KioskChannel, MeetingChannel } from '../../shared/ipc-channels';
import type { KioskState, MeetingSpec } from '../../shared/ipc-contract';
import { hardenedJitsiOptions } from '../../shared/jitsi-config';
import { checkDisplayName, parseKioskInput } from '../../shared/kiosk-input';
import { AppFailure, type FieldIssue } from '../../shared/result';
import { defaultUserSettings, languages, type Language } from '../../shared/settings';
import { createMeetingRunner, type OpenMeetingWindow } from '../consultation/meeting-runner';
import { meetingHandlers } from '../handlers/consultation';
import { createRouter, type ModeHandlers, type Router } from '../ipc/router';
import { createSenderCheck } from '../ipc/trusted-senders';
import { createLogger, type LogSink } from '../log/logger';
import { createNetworkGuard, type NetworkGuard } from '../network/network-guard';
import { createServerStatusCheck, type Fetch } from '../network/server-status';
import { createPinGate } from './exit-pin';
import { createIdleTimer, type IdleClock } from './idle-timer';

export interface KioskServicesOptions {
  /** Origin the pages are served from: `app://sprechstunde` in the app. */
  appOrigin: string;
  appOrigins?: readonly string[];
  /** IT's policy: the only configuration a kiosk has (no settings file, no keychain). */
  policy: { current(): Policy };
  fetch: Fetch;
  /** Opens the meeting window in a fresh partition, as for a consultation. */
  openMeetingWindow: OpenMeetingWindow;
  /**
   * Clears what a session may have left outside the meeting's partition: the
   * default session's storage, cache and HTTP auth, and the clipboard (reset.ts).
   */
  resetTerminal: () => Promise<void>;
  /** Loads a blank start page in the kiosk window: nothing typed survives in it. */
  reloadStartPage: () => void;
  /** Leaves kiosk mode: the app quits. */
  quit: () => void;
  /** The kiosk window's web contents, once it exists. */
  mainContentsId?: number;
  now?: () => Date;
  /** For the idle countdown; real timers otherwise. */
  clock?: IdleClock;
  logSink?: LogSink;
  checkReplies?: boolean;
}

export interface KioskServices {
  router: Router;
  network: NetworkGuard;
  contentSecurityPolicy: (page: string) => string;
  language: () => Language;
  setMainContentsId: (contentsId: number | null) => void;
  /** Resets the terminal as after a session; the meeting window's crash calls it too. */
  reset: () => Promise<void>;
}

/** Only what a client needs in the meeting: the app adds help beside it. */
const kioskToolbar = ['microphone', 'camera', 'hangup'];

/**
 * The kiosk: a shared terminal where clients join as guests. It never opens
 * the appointment store or reads the keychain; its router answers only the
 * start page's and the meeting's channels. Every session ends in a reset —
 * the meeting's partition, the default session, the clipboard, a blank start
 * page — after leaving, after the idle time (on the start page, at the
 * equipment check, or beside a conference that could not start), or when the
 * meeting window fails.
 */
export function createKioskServices(options: KioskServicesOptions): KioskServices {
  const now = options.now ?? (() => new Date());
  const logSink = options.logSink ?? ((line) => console.error(line));
  const log = createLogger('kiosk', logSink);
  let mainContentsId = options.mainContentsId ?? null;

  // The kiosk has no counsellor: policy over the defaults is all there is.
  let cached: { policy: Policy; settings: typeof defaultUserSettings } | null = null;
  const settings = () => {
    const policy = options.policy.current();
    if (cached?.policy !== policy) {
      const effective = effectiveSettings(defaultUserSettings, policy, defaultUserSettings);
      const closed = policy.networkClosed || policy.values.ServerUrl === undefined;
      cached = {
        policy,
        settings: closed ? withNetworkClosed(effective.settings) : effective.settings,
      };
    }
    return cached.settings;
  };
  const languageList = (): Language[] => {
    const set = options.policy.current().values.Language;
    const first: Language = set === 'en' ? 'en' : 'de';
    return [first, ...languages.filter((language) => language !== first)];
  };

  const network = createNetworkGuard({
    settings,
    appOrigins: options.appOrigins ?? [options.appOrigin],
    now,
    log: createLogger('network', logSink),
  });
  const serverStatus = createServerStatusCheck({
    fetch: options.fetch,
    serverUrl: () => settings().serverUrl,
    lastTlsRefusal: () => network.lastTlsRefusal(),
    now,
  });
  const runner = createMeetingRunner({
    network,
    openMeetingWindow: options.openMeetingWindow,
    log: createLogger('meeting', logSink),
  });
  const pinGate = createPinGate({
    hash: () => policyValue(options.policy.current(), 'KioskExitPinHash'),
    now: () => now().getTime(),
    log,
  });

  let resetting: Promise<void> | null = null;
  const reset = (): Promise<void> => {
    resetting ??= (async () => {
      idle.stop();
      if (runner.isRunning()) runner.leave();
      await options.resetTerminal().catch((error: unknown) => log.error('reset failed', error));
      options.reloadStartPage();
      log.info('terminal reset');
    })().finally(() => {
      resetting = null;
    });
    return resetting;
  };
  const idle = createIdleTimer({
    minutes: () => policyValue(options.policy.current(), 'KioskIdleMinutes'),
    onIdle: () => {
      log.info('idle: the terminal resets');
      void reset();
    },
    ...(options.clock ? { clock: options.clock } : {}),
  });

  const state = async (): Promise<KioskState> => {
    const base = {
      languages: languageList(),
      idleMinutes: policyValue(options.policy.current(), 'KioskIdleMinutes'),
    };
    if (settings().serverUrl === null) return { status: 'out-of-order', ...base };
    const server = await serverStatus();
    return { status: server.state === 'reachable' ? 'ready' : 'server-unreachable', ...base };
  };

  const handlers: ModeHandlers<KioskChannel | MeetingChannel> = {
    'kiosk:state': async () => {
      const current = await state();
      if (current.status === 'out-of-order') log.warn('out of order: no valid ServerUrl in policy');
      return current;
    },
    'kiosk:join': async ({ input, displayName, language }) => {
      const serverUrl = settings().serverUrl;
      if (serverUrl === null) throw new AppFailure('policy-invalid');
      const room = parseKioskInput(input, serverUrl);
      const name = checkDisplayName(displayName);
      const issues: FieldIssue[] = [];
      if (!room.ok) issues.push({ path: 'input', message: kioskInputMessages[room.problem] });
      if (!name.ok) issues.push({ path: 'displayName', message: kioskNameMessages[name.problem] });
      // Logged without what was typed: the client's name and code stay off the disk.
      if (!room.ok || !name.ok) {
        log.info(`join refused: ${issues.map((issue) => issue.message).join(', ')}`);
        throw new AppFailure('invalid-request', issues);
      }
      idle.stop();
      try {
        await runner.run('kiosk', async () => {
          if ((await serverStatus()).state !== 'reachable')
            throw new AppFailure('server-unreachable');
          return {
            spec: kioskSpec(serverUrl, room.roomName, name.name, language),
            title: language === 'de' ? 'Video-Beratung' : 'Video consultation',
            relayOnly: settings().relayOnly,
          };
        });
      } catch (error) {
        idle.touch();
        throw error;
      }
      // The meeting's partition is wiped; now everything else a session may leave.
      await options.resetTerminal().catch((error: unknown) => log.error('reset failed', error));
      idle.touch();
      return { ended: true };
    },
    'kiosk:activity': () => {
      if (!runner.isRunning()) idle.touch();
      return { idleMinutes: policyValue(options.policy.current(), 'KioskIdleMinutes') };
    },
    'kiosk:done': async () => {
      await reset();
      return { reset: true };
    },
    'kiosk:exit': async ({ pin }) => {
      const outcome = await pinGate.tryPin(pin);
      if (outcome.accepted) {
        log.info('kiosk mode left with the exit PIN');
        await options.resetTerminal().catch((error: unknown) => log.error('reset failed', error));
        options.quit();
      }
      return outcome;
    },
    // Idle time counts in the meeting window too, except in a conference: at the
    // equipment check (from its last input) and beside a conference that could not
    // start. A client who walks away from either leaves a blank terminal behind
    // (reset() closes the window too) and no camera running.
    ...meetingHandlers(runner, (stage) => {
      if (!runner.isRunning()) return;
      if (stage === 'conference') {
        idle.stop();
        return;
      }
      if (stage === 'failed') log.info('the conference could not start: idle time counts');
      idle.touch();
    }),
  };

  function kioskSpec(
    serverUrl: string,
    roomName: string,
    displayName: string,
    language: Language,
  ): MeetingSpec {
    const jitsi = hardenedJitsiOptions(settings());
    const start = now();
    return {
      serverOrigin: serverUrl,
      domain: new URL(serverUrl).host,
      roomName,
      // Always a guest: the kiosk has no token and never reads the keychain.
      jwt: null,
      displayName,
      language,
      roomPassword: null,
      mode: 'kiosk',
      // Only used once moderator, which a guest never becomes.
      access: 'knock',
      e2ee: settings().endToEndEncryption,
      configOverwrite: { ...jitsi.configOverwrite, toolbarButtons: kioskToolbar },
      interfaceConfigOverwrite: jitsi.interfaceConfigOverwrite,
      ...(jitsi.iceServers ? { iceServers: jitsi.iceServers } : {}),
      start: start.toISOString(),
      durationMinutes: 60,
    };
  }

  idle.touch();
  log.info(`kiosk mode; ${settings().serverUrl === null ? 'out of order' : 'server configured'}`);

  return {
    router: createRouter({
      handlers,
      isTrustedSender: createSenderCheck({
        appOrigin: options.appOrigin,
        mainContentsId: () => mainContentsId,
        isMeetingWindow: (contentsId) => runner.isMeetingWindow(contentsId),
      }),
      log: createLogger('ipc', logSink),
      checkReplies: options.checkReplies ?? false,
    }),
    network,
    contentSecurityPolicy: (page) =>
      contentSecurityPolicy({ page, serverOrigin: settings().serverUrl }),
    language: () => languageList()[0] ?? 'de',
    setMainContentsId: (contentsId) => {
      mainContentsId = contentsId;
    },
    reset,
  };
}

const kioskInputMessages = {
  empty: 'kiosk.error.empty',
  'other-host': 'kiosk.error.otherHost',
  malformed: 'kiosk.error.malformed',
} as const;

const kioskNameMessages = {
  'name-empty': 'kiosk.error.nameEmpty',
  'name-too-long': 'kiosk.error.nameTooLong',
} as const;
