import { useCallback, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from '../i18n/react';
import { useActivity } from '../kiosk/use-kiosk-input';
import type { MeetingSpec, MeetingStage } from '../../shared/ipc-contract';
import { formatPlannedEnd, formatPlannedStart } from '../../shared/meeting-window-title';
import { Announcer } from './announcer';
import { meetingApi } from './api';
import { DeviceCheck } from './DeviceCheck';
import { loadExternalApi, type JitsiDevices } from './external-api';
import { KioskMeetingPanel } from './KioskMeetingPanel';
import { MeetingPanel } from './MeetingPanel';
import { useJitsiMeeting } from './use-jitsi-meeting';

/**
 * The meeting window: first the equipment check, then the Jitsi meeting with
 * the counsellor's panel beside it (at a kiosk, the client's few controls). Leaving closes the window; main then
 * wipes its partition and the main window shows the appointment again.
 */
export function MeetingApp({ spec }: { spec: MeetingSpec }) {
  return (
    <Announcer>
      <Meeting spec={spec} />
    </Announcer>
  );
}

function Meeting({ spec }: { spec: MeetingSpec }) {
  const { t } = useTranslation();
  const [joined, setJoined] = useState(false);
  const headingId = useId();
  const container = useRef<HTMLDivElement>(null);
  const [devices, setDevices] = useState<JitsiDevices>({});
  const meeting = useJitsiMeeting(spec, container, joined, devices);
  // Which appointment runs: its start and planned end, from the spec. Its title
  // (typed by the counsellor, it may name the client) stays in the title bar,
  // which main sets: this page runs the Jitsi server's script beside it.
  const times = usePlannedTimes(spec);
  // A kiosk's client has no appointment: main knows no planned end to show.
  const kiosk = spec.mode === 'kiosk';
  useKioskStage(kiosk, meeting.failed ? 'failed' : joined ? 'conference' : 'check');

  useEffect(() => {
    document.title = t(kiosk ? 'kiosk.windowTitle' : 'meeting.windowTitle');
  }, [t, kiosk]);
  // While the counsellor checks the equipment: joining then need not wait for the script.
  useEffect(() => {
    loadExternalApi(spec.serverOrigin).catch(() => {});
  }, [spec.serverOrigin]);

  if (!joined) {
    return (
      <main className={kiosk ? 'meeting-check for-client' : 'meeting-check'}>
        <h1>{t('meeting.before.heading')}</h1>
        <p>
          {kiosk
            ? t('kiosk.check.intro')
            : `${t('meeting.planned', times)} ${t('meeting.titleInTitleBar')} ${t('meeting.before.intro')}`}
        </p>
        {spec.jwt === null && !kiosk && (
          <p className="notice warning" role="note">
            {t('meeting.guest')}
          </p>
        )}
        {/* Unmounted on joining: its camera and microphone are free before Jitsi starts. */}
        <DeviceCheck
          serverOrigin={spec.serverOrigin}
          onDevices={setDevices}
          audience={kiosk ? 'client' : 'counsellor'}
        />
        <div className="actions">
          <button type="button" className="primary" onClick={() => setJoined(true)}>
            {t('meeting.join')}
          </button>
          <button type="button" onClick={() => void meetingApi().meeting.leave()}>
            {t('meeting.cancel')}
          </button>
        </div>
      </main>
    );
  }

  return (
    <div className="meeting">
      <main className="meeting-main" aria-labelledby={headingId}>
        <h1 id={headingId} className="meeting-heading">
          {kiosk ? t('kiosk.windowTitle') : t('meeting.heading', times)}
        </h1>
        <div
          className="meeting-stage"
          ref={container}
          aria-label={t('meeting.stage')}
          role="region"
        >
          {meeting.failed && (
            <p className="notice error" role="alert">
              {t(kiosk ? 'kiosk.meetingFailed' : 'meeting.failed')}
            </p>
          )}
        </div>
      </main>
      {kiosk ? (
        <KioskMeetingPanel meeting={meeting} />
      ) : (
        <MeetingPanel spec={spec} meeting={meeting} />
      )}
    </div>
  );
}

/**
 * At a kiosk, tells main where the page is: main counts the terminal's idle time
 * at the equipment check and beside a failed conference (input there tells it
 * again, as on the start page), never in a conference. A client who walks away
 * leaves no camera running.
 */
function useKioskStage(kiosk: boolean, stage: MeetingStage) {
  const report = useCallback(() => void meetingApi().meeting.stage({ stage }), [stage]);
  useEffect(() => {
    if (kiosk) report();
  }, [kiosk, report]);
  useActivity(report, kiosk && stage !== 'conference');
}

/** Start and planned end in the UI language, each with the date when it is not today. */
function usePlannedTimes(spec: MeetingSpec): { start: string; end: string } {
  const [now] = useState(() => new Date());
  return {
    start: formatPlannedStart(spec, spec.language, now),
    end: formatPlannedEnd(spec, spec.language, now),
  };
}

/** The page without a consultation: after a reload, main gives the spec no second time. */
export function MeetingUnavailable() {
  const { t } = useTranslation();
  useEffect(() => {
    document.title = t('meeting.windowTitle');
  }, [t]);
  const close = async () => {
    // Ends the consultation if this window still is its window; otherwise just closes.
    const left = await meetingApi().meeting.leave();
    if (!left.ok) window.close();
  };
  return (
    <main className="meeting-check">
      <h1>{t('meeting.windowTitle')}</h1>
      <p className="notice error" role="alert">
        {t('meeting.unavailable')}
      </p>
      <div className="actions">
        <button type="button" className="primary" onClick={() => void close()}>
          {t('meeting.close')}
        </button>
      </div>
    </main>
  );
}
