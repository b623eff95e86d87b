import { decodeJwt } from 'jose';
import type { Appointment } from '../../shared/appointment';
import type { MeetingSpec, ServerStatus } from '../../shared/ipc-contract';
import { hardenedJitsiOptions } from '../../shared/jitsi-config';
import type { PrivacyReport } from '../../shared/privacy-report';
import { AppFailure } from '../../shared/result';
import type { Language, UserSettings } from '../../shared/settings';
import type { AppointmentStore } from '../appointments/appointment-store';
import { inspectToken } from '../credentials/moderator-token';
import type { RoomPasswords } from '../credentials/room-passwords';
import type { Logger } from '../log/logger';
import type { NetworkGuard } from '../network/network-guard';

/** The meeting's own window, in a fresh in-memory partition (Electron's, or the harness's). */
export interface MeetingWindow {
  /** The web contents allowed to use the meeting channels, and nothing else. */
  readonly contentsId: number;
  /** Settles once the window is gone: closed by the counsellor, by Jitsi's hang-up, or by close(). */
  readonly closed: Promise<void>;
  /** Loads the meeting page; called once the window is known to be the meeting's. */
  load(): Promise<void>;
  close(): void;
  /** Clears what the meeting stored in its partition: cookies, storage, cache. */
  wipe(): Promise<void>;
}

export type OpenMeetingWindow = (options: { language: Language }) => Promise<MeetingWindow>;

export interface ConsultationsOptions {
  appointments: AppointmentStore;
  settings: () => { settings: UserSettings; language: Language };
  /** The moderator token from the keychain; null when none is stored. */
  readToken: () => Promise<string | null>;
  roomPasswords: RoomPasswords;
  network: NetworkGuard;
  checkServer: () => Promise<ServerStatus>;
  openMeetingWindow: OpenMeetingWindow;
  now: () => Date;
  log: Logger;
}

interface Running {
  appointmentId: string;
  /** Null while the checks before opening the window run. */
  spec: MeetingSpec | null;
  window: MeetingWindow | null;
}

export interface Consultations {
  /**
   * Opens the appointment's meeting and settles when it is over, with the
   * appointment (its privacy report merged in) and what this consultation blocked.
   */
  join(id: string, asGuest: boolean): Promise<{ appointment: Appointment; report: PrivacyReport }>;
  /** What the meeting window needs to start the IFrame API. */
  spec(): MeetingSpec;
  /** What the network guard blocked so far in the running consultation. */
  report(): PrivacyReport;
  /** The meeting window is done (Jitsi's hang-up, or leaving before joining). */
  leave(): void;
  isMeetingWindow(contentsId: number | undefined): boolean;
}

/**
 * One consultation at a time: checks that it can start (server reachable,
 * token or the counsellor's consent to join as guest), opens the meeting
 * window, counts what the guard blocks, and afterwards wipes the meeting's
 * partition and keeps the privacy report on the appointment.
 */
export function createConsultations(options: ConsultationsOptions): Consultations {
  const { appointments, network, log } = options;
  let running: Running | null = null;

  const current = (): Running => {
    if (!running) throw new AppFailure('no-consultation');
    return running;
  };

  async function prepare(id: string, asGuest: boolean): Promise<MeetingSpec> {
    const appointment = appointments.get(id);
    const { settings, language } = options.settings();
    if (!settings.serverUrl) throw new AppFailure('server-not-configured');
    const server = await options.checkServer();
    if (server.state !== 'reachable') throw new AppFailure('server-unreachable');
    const stored = await options.readToken();
    // An expired token would be refused by the server: the same as none.
    const token = stored && inspectToken(stored, options.now()).ok ? stored : null;
    if (token === null && !asGuest) throw new AppFailure('token-required');
    const roomPassword = await options.roomPasswords.get(id);
    const jitsi = hardenedJitsiOptions(settings);
    return {
      serverOrigin: settings.serverUrl,
      domain: new URL(settings.serverUrl).host,
      roomName: appointment.roomName,
      jwt: token,
      displayName: settings.displayName || nameInToken(token) || defaultNames[language],
      language,
      roomPassword,
      lobby: appointment.lobby,
      configOverwrite: jitsi.configOverwrite,
      interfaceConfigOverwrite: jitsi.interfaceConfigOverwrite,
      ...(jitsi.iceServers ? { iceServers: jitsi.iceServers } : {}),
      start: appointment.start,
      durationMinutes: appointment.durationMinutes,
    };
  }

  return {
    async join(id, asGuest) {
      if (running) throw new AppFailure('consultation-running');
      // Taken before the first await, so a second click cannot open a second meeting.
      const consultation: Running = { appointmentId: id, spec: null, window: null };
      running = consultation;
      let report: PrivacyReport | null = null;
      try {
        const spec = await prepare(id, asGuest);
        consultation.spec = spec;
        network.beginConsultation(id);
        log.info(`consultation started (${spec.jwt ? 'with token' : 'as guest'})`);
        const window = await options.openMeetingWindow({ language: spec.language });
        consultation.window = window;
        await window.load();
        await window.closed;
      } finally {
        running = null;
        await consultation.window
          ?.wipe()
          .catch((error: unknown) => log.error('wiping the meeting partition failed', error));
        if (consultation.spec) report = network.endConsultation()?.report ?? null;
      }
      const counted = report ?? { total: 0, hosts: [] };
      log.info(`consultation ended; ${counted.total} requests blocked`);
      return { appointment: await appointments.addPrivacyReport(id, counted), report: counted };
    },
    spec: () => {
      const { spec } = current();
      if (!spec) throw new AppFailure('no-consultation');
      return spec;
    },
    report: () => {
      current();
      return network.currentReport()?.report ?? { total: 0, hosts: [] };
    },
    leave: () => current().window?.close(),
    isMeetingWindow: (contentsId) =>
      contentsId !== undefined && running?.window?.contentsId === contentsId,
  };
}

const defaultNames: Record<Language, string> = { de: 'Beratung', en: 'Counselling' };

/** Jitsi tokens carry the user's name in `context.user.name`. */
function nameInToken(token: string | null): string | null {
  if (!token) return null;
  try {
    const { context } = decodeJwt(token) as { context?: { user?: { name?: unknown } } };
    const name = context?.user?.name;
    return typeof name === 'string' && name.trim() ? name.trim().slice(0, 80) : null;
  } catch {
    return null;
  }
}
