import type { MeetingSpec } from '../../shared/ipc-contract';
import { emptyPrivacyReport, type PrivacyReport } from '../../shared/privacy-report';
import { AppFailure } from '../../shared/result';
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

/** What a meeting is opened with: the page's spec, and what only main sees. */
export interface PreparedMeeting {
  spec: MeetingSpec;
  /** The window's title bar, never shown to the page. */
  title: string;
  relayOnly: boolean;
}

export interface MeetingRunner {
  /**
   * Prepares and opens one meeting (a second while one runs is refused with
   * `consultation-running`), and settles when it is over and its partition
   * wiped, with what the network guard blocked meanwhile. `key` names the
   * meeting in the privacy tally: an appointment's id, or the kiosk's session.
   */
  run(key: string, prepare: () => Promise<PreparedMeeting>): Promise<PrivacyReport>;
  /** What the meeting window needs to start the IFrame API; once per meeting. */
  spec(): MeetingSpec;
  /** What the network guard blocked so far in the running meeting. */
  report(): PrivacyReport;
  /** The meeting window is done (Jitsi's hang-up, or leaving before joining). */
  leave(): void;
  isMeetingWindow(contentsId: number | undefined): boolean;
  /** A meeting is being prepared or runs. */
  isRunning(): boolean;
}

interface Running {
  /** Null while the checks before opening the window run. */
  spec: MeetingSpec | null;
  /** The meeting page reads its spec once: a second reader (a reload, a script) gets none. */
  specRead: boolean;
  window: MeetingWindow | null;
}

/**
 * One meeting at a time, for the counsellor's consultations and the kiosk's
 * sessions alike: opens the meeting window, hands its page the spec once,
 * counts what the guard blocks, and afterwards wipes the meeting's partition.
 */
export function createMeetingRunner(options: {
  network: Pick<NetworkGuard, 'beginConsultation' | 'currentReport' | 'endConsultation'>;
  openMeetingWindow: OpenMeetingWindow;
  log: Logger;
}): MeetingRunner {
  const { network, log } = options;
  let running: Running | null = null;

  const current = (): Running => {
    if (!running) throw new AppFailure('no-consultation');
    return running;
  };

  async function openWindow(request: Parameters<OpenMeetingWindow>[0]): Promise<MeetingWindow> {
    try {
      return await options.openMeetingWindow(request);
    } catch (error) {
      log.error('the meeting window did not open', error);
      throw new AppFailure('meeting-window-failed');
    }
  }

  return {
    async run(key, prepare) {
      if (running) throw new AppFailure('consultation-running');
      // Taken before the first await, so a second click cannot open a second meeting.
      const meeting: Running = { spec: null, specRead: false, window: null };
      running = meeting;
      let report: PrivacyReport | null = null;
      try {
        const { spec, title, relayOnly } = await prepare();
        meeting.spec = spec;
        network.beginConsultation(key);
        log.info(
          `${spec.mode === 'kiosk' ? 'kiosk session' : 'consultation'} started (${spec.jwt ? 'with token' : 'as guest'})`,
        );
        const window = await openWindow({ title, relayOnly });
        meeting.window = window;
        try {
          await window.load();
        } catch (error) {
          // A window left open on a blank or error page would hold the meeting
          // (and its partition) until someone closed it: close and wipe it now.
          log.error('the meeting page did not load', error);
          window.close();
          throw new AppFailure('meeting-window-failed');
        }
        await window.closed;
      } finally {
        running = null;
        await meeting.window
          ?.wipe()
          .catch((error: unknown) => log.error('wiping the meeting partition failed', error));
        if (meeting.spec) report = network.endConsultation()?.report ?? null;
      }
      const counted = report ?? emptyPrivacyReport;
      log.info(`meeting ended; ${counted.total} requests blocked`);
      return counted;
    },
    spec: () => {
      const meeting = current();
      if (!meeting.spec) throw new AppFailure('no-consultation');
      // The token and the room password, for the page's first reader only.
      if (meeting.specRead) throw new AppFailure('meeting-spec-already-read');
      meeting.specRead = true;
      return meeting.spec;
    },
    report: () => {
      current();
      return network.currentReport()?.report ?? emptyPrivacyReport;
    },
    leave: () => current().window?.close(),
    isMeetingWindow: (contentsId) =>
      contentsId !== undefined && running?.window?.contentsId === contentsId,
    isRunning: () => running !== null,
  };
}
