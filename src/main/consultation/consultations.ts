import { decodeJwt } from 'jose';
import type { Appointment } from '../../shared/appointment';
import type { MeetingSpec, ServerStatus, SettingsView } from '../../shared/ipc-contract';
import { hardenedJitsiOptions } from '../../shared/jitsi-config';
import { meetingWindowTitle } from '../../shared/meeting-window-title';
import { emptyPrivacyReport, type PrivacyReport } from '../../shared/privacy-report';
import { AppFailure } from '../../shared/result';
import type { Language } from '../../shared/settings';
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

/** The page takes its language from the meeting spec, as it takes everything else. */
export type OpenMeetingWindow = (options: {
  /** The window's title bar: the appointment and its planned end, never shown to the page. */
  title: string;
  /** The `relayOnly` setting when joining: WebRTC then offers no address of this machine. */
  relayOnly: boolean;
}) => Promise<MeetingWindow>;

export interface ConsultationsOptions {
  appointments: AppointmentStore;
  settings: () => Pick<SettingsView, 'settings' | 'language' | 'managed'>;
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
  /** The meeting page reads its spec once: a second reader (a reload, a script) gets none. */
  specRead: boolean;
  window: MeetingWindow | null;
}

export interface Consultations {
  /**
   * Opens the appointment's meeting and settles when it is over, with the
   * appointment (its privacy report merged in) and what this consultation blocked.
   */
  join(id: string, asGuest: boolean): Promise<{ appointment: Appointment; report: PrivacyReport }>;
  /** What the meeting window needs to start the IFrame API; once per consultation. */
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

  /** The meeting page's spec, and the window's title (which the page never sees). */
  async function prepare(
    id: string,
    asGuest: boolean,
  ): Promise<{ spec: MeetingSpec; title: string; relayOnly: boolean }> {
    const appointment = appointments.get(id);
    const { settings, language, managed } = options.settings();
    if (managed.networkClosed) throw new AppFailure('policy-invalid');
    if (!settings.serverUrl) throw new AppFailure('server-not-configured');
    const server = await options.checkServer();
    if (server.state !== 'reachable') throw new AppFailure('server-unreachable');
    const stored = await options.readToken();
    // An expired token would be refused by the server: the same as none.
    const token = stored && inspectToken(stored, options.now()).ok ? stored : null;
    if (token === null && !asGuest) throw new AppFailure('token-required');
    if (token === null && !managed.allowGuestJoin) throw new AppFailure('guest-join-not-allowed');
    const roomPassword = await options.roomPasswords.get(id);
    const jitsi = hardenedJitsiOptions(settings);
    const spec: MeetingSpec = {
      serverOrigin: settings.serverUrl,
      domain: new URL(settings.serverUrl).host,
      roomName: appointment.roomName,
      jwt: token,
      displayName: settings.displayName || nameInToken(token) || defaultNames[language],
      language,
      roomPassword,
      mode: 'counsellor',
      access: appointment.access,
      e2ee: settings.endToEndEncryption,
      configOverwrite: jitsi.configOverwrite,
      interfaceConfigOverwrite: jitsi.interfaceConfigOverwrite,
      ...(jitsi.iceServers ? { iceServers: jitsi.iceServers } : {}),
      start: appointment.start,
      durationMinutes: appointment.durationMinutes,
    };
    return {
      spec,
      title: meetingWindowTitle(appointment, language, options.now()),
      relayOnly: settings.relayOnly,
    };
  }

  async function openWindow(request: Parameters<OpenMeetingWindow>[0]): Promise<MeetingWindow> {
    try {
      return await options.openMeetingWindow(request);
    } catch (error) {
      log.error('the meeting window did not open', error);
      throw new AppFailure('meeting-window-failed');
    }
  }

  return {
    async join(id, asGuest) {
      if (running) throw new AppFailure('consultation-running');
      // Taken before the first await, so a second click cannot open a second meeting.
      const consultation: Running = {
        appointmentId: id,
        spec: null,
        specRead: false,
        window: null,
      };
      running = consultation;
      let report: PrivacyReport | null = null;
      try {
        const { spec, title, relayOnly } = await prepare(id, asGuest);
        consultation.spec = spec;
        network.beginConsultation(id);
        log.info(`consultation started (${spec.jwt ? 'with token' : 'as guest'})`);
        const window = await openWindow({ title, relayOnly });
        consultation.window = window;
        try {
          await window.load();
        } catch (error) {
          // A window left open on a blank or error page would hold the consultation
          // (and its partition) until the counsellor closed it: close and wipe it now.
          log.error('the meeting page did not load', error);
          window.close();
          throw new AppFailure('meeting-window-failed');
        }
        await window.closed;
      } finally {
        running = null;
        await consultation.window
          ?.wipe()
          .catch((error: unknown) => log.error('wiping the meeting partition failed', error));
        if (consultation.spec) report = network.endConsultation()?.report ?? null;
      }
      const counted = report ?? emptyPrivacyReport;
      log.info(`consultation ended; ${counted.total} requests blocked`);
      return { appointment: await appointments.addPrivacyReport(id, counted), report: counted };
    },
    spec: () => {
      const consultation = current();
      if (!consultation.spec) throw new AppFailure('no-consultation');
      // The token and the room password, for the page's first reader only.
      if (consultation.specRead) throw new AppFailure('meeting-spec-already-read');
      consultation.specRead = true;
      return consultation.spec;
    },
    report: () => {
      current();
      return network.currentReport()?.report ?? emptyPrivacyReport;
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
