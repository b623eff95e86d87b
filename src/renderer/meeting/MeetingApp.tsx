import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MeetingSpec } from '../../shared/ipc-contract';
import { formatPlannedEnd } from '../../shared/meeting-window-title';
import { Announcer } from './announcer';
import { meetingApi } from './api';
import { DeviceCheck } from './DeviceCheck';
import { loadExternalApi } from './external-api';
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
  const container = useRef<HTMLDivElement>(null);
  const meeting = useJitsiMeeting(spec, container, joined);
  // The appointment's title stays in the title bar, which main sets: this page runs the server's script.
  const end = usePlannedEnd(spec);
  // A kiosk's client has no appointment: main knows no planned end to show.
  const kiosk = spec.mode === 'kiosk';

  useEffect(() => {
    document.title = t(kiosk ? 'kiosk.windowTitle' : 'meeting.windowTitle');
  }, [t, kiosk]);
  // While the counsellor checks the equipment: joining then need not wait for the script.
  useEffect(() => {
    loadExternalApi(spec.serverOrigin).catch(() => {});
  }, [spec.serverOrigin]);

  if (!joined) {
    return (
      <main className="meeting-check">
        <h1>{t('meeting.before.heading')}</h1>
        <p>
          {kiosk ? '' : `${t('meeting.plannedEnd', { end })} `}
          {t('meeting.before.intro')}
        </p>
        {spec.jwt === null && !kiosk && (
          <p className="notice warning" role="note">
            {t('meeting.guest')}
          </p>
        )}
        {/* Unmounted on joining: its camera and microphone are free before Jitsi starts. */}
        <DeviceCheck serverOrigin={spec.serverOrigin} />
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
      <main className="meeting-main" aria-labelledby="meeting-heading">
        <h1 id="meeting-heading" className="meeting-heading">
          {kiosk ? t('kiosk.windowTitle') : t('meeting.heading', { end })}
        </h1>
        <div
          className="meeting-stage"
          ref={container}
          aria-label={t('meeting.stage')}
          role="region"
        >
          {meeting.failed && (
            <p className="notice error" role="alert">
              {t('meeting.failed')}
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

/** The planned end in the UI language, with the date when it is not today. */
function usePlannedEnd(spec: MeetingSpec): string {
  const [now] = useState(() => new Date());
  return formatPlannedEnd(spec, spec.language, now);
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
