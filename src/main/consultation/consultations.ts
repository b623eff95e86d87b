import { decodeJwt } from 'jose';
import type { Appointment } from '../../shared/appointment';
import type { MeetingSpec, ServerStatus, SettingsView } from '../../shared/ipc-contract';
import { hardenedJitsiOptions } from '../../shared/jitsi-config';
import { meetingWindowTitle } from '../../shared/meeting-window-title';
import type { PrivacyReport } from '../../shared/privacy-report';
import { AppFailure } from '../../shared/result';
import type { Language } from '../../shared/settings';
import type { AppointmentStore } from '../appointments/appointment-store';
import { inspectToken } from '../credentials/moderator-token';
import type { RoomPasswords } from '../credentials/room-passwords';
import type { Logger } from '../log/logger';
import type { NetworkGuard } from '../network/network-guard';
import {
  createMeetingRunner,
  type OpenMeetingWindow,
  type PreparedMeeting,
} from './meeting-runner';

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

export type { MeetingWindow, OpenMeetingWindow } from './meeting-runner';

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
  const { appointments } = options;
  const runner = createMeetingRunner(options);

  /** The meeting page's spec, and the window's title (which the page never sees). */
  async function prepare(id: string, asGuest: boolean): Promise<PreparedMeeting> {
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

  return {
    async join(id, asGuest) {
      const report = await runner.run(id, () => prepare(id, asGuest));
      return { appointment: await appointments.addPrivacyReport(id, report), report };
    },
    spec: () => runner.spec(),
    report: () => runner.report(),
    leave: () => runner.leave(),
    isMeetingWindow: (contentsId) => runner.isMeetingWindow(contentsId),
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
