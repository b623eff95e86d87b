import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MeetingSpec } from '../../shared/ipc-contract';
import { meetingApi } from './api';
import { DeviceCheck } from './DeviceCheck';
import { loadExternalApi } from './external-api';
import { MeetingPanel } from './MeetingPanel';
import { useJitsiMeeting } from './use-jitsi-meeting';

/**
 * The meeting window: first the equipment check, then the Jitsi meeting with
 * the counsellor's panel beside it. Leaving closes the window; main then
 * wipes its partition and the main window shows the appointment again.
 */
export function MeetingApp({ spec }: { spec: MeetingSpec }) {
  const { t } = useTranslation();
  const [joined, setJoined] = useState(false);
  const container = useRef<HTMLDivElement>(null);
  const meeting = useJitsiMeeting(spec, container, joined);

  useEffect(() => {
    document.title = t('meeting.windowTitle');
  }, [t]);
  // While the counsellor checks the equipment: joining then need not wait for the script.
  useEffect(() => {
    loadExternalApi(spec.serverOrigin).catch(() => {});
  }, [spec.serverOrigin]);

  if (!joined) {
    return (
      <main className="meeting-check">
        <h1>{t('meeting.before.heading')}</h1>
        <p>{t('meeting.before.intro')}</p>
        {spec.jwt === null && (
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
      <div className="meeting-stage" ref={container} aria-label={t('meeting.stage')} role="region">
        {meeting.failed && (
          <p className="notice error" role="alert">
            {t('meeting.failed')}
          </p>
        )}
      </div>
      <MeetingPanel spec={spec} meeting={meeting} />
    </div>
  );
}
