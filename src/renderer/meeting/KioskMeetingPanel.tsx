import { useId, useState } from 'react';
import { useTranslation } from '../i18n/react';
import type { FirstAid } from '../../shared/meeting-state';
import type { JitsiMeeting } from './use-jitsi-meeting';

/**
 * Beside the meeting at a kiosk terminal: what a client needs and nothing of
 * the counsellor's (no knocks to answer, no privacy report, no E2EE details).
 * Microphone, camera, help when picture or sound fail, and leaving; when the
 * conference could not start, only leaving (the rest would do nothing).
 */
export function KioskMeetingPanel({ meeting }: { meeting: JitsiMeeting }) {
  const { t } = useTranslation();
  const helpId = useId();
  const { state, dispatch } = meeting;
  const [echoHint, setEchoHint] = useState(false);
  const aid = (given: FirstAid) => dispatch({ name: 'firstAid', aid: given });
  const done = doneText(state.firstAid);

  const leave = (
    <button type="button" className="danger hang-up" onClick={() => dispatch({ name: 'hangUp' })}>
      {t('kiosk.meeting.leave')}
    </button>
  );
  if (meeting.failed) {
    return (
      <aside className="meeting-panel kiosk-meeting-panel" aria-label={t('kiosk.meeting.panel')}>
        {leave}
      </aside>
    );
  }

  return (
    <aside className="meeting-panel kiosk-meeting-panel" aria-label={t('kiosk.meeting.panel')}>
      <div className="actions kiosk-switches">
        <button
          type="button"
          aria-pressed={state.audioMuted}
          onClick={() => aid(state.audioMuted ? 'microphoneOn' : 'microphoneOff')}
        >
          {t(state.audioMuted ? 'kiosk.meeting.microphoneOn' : 'kiosk.meeting.microphoneOff')}
        </button>
        <button
          type="button"
          aria-pressed={state.videoMuted}
          onClick={() => aid(state.videoMuted ? 'cameraOn' : 'audioOnly')}
        >
          {t(state.videoMuted ? 'kiosk.meeting.cameraOn' : 'kiosk.meeting.cameraOff')}
        </button>
      </div>

      <section aria-labelledby={helpId} className="first-aid">
        <h2 id={helpId}>{t('kiosk.meeting.help.heading')}</h2>
        <div className="actions">
          <button type="button" onClick={() => aid('lowerQuality')}>
            {t('kiosk.meeting.help.lowerQuality')}
          </button>
          {!state.videoMuted && (
            <button type="button" onClick={() => aid('audioOnly')}>
              {t('kiosk.meeting.help.audioOnly')}
            </button>
          )}
          <button
            type="button"
            aria-expanded={echoHint}
            onClick={() => setEchoHint((shown) => !shown)}
          >
            {t('kiosk.meeting.help.echo')}
          </button>
        </div>
        {echoHint && <p className="notice">{t('kiosk.meeting.help.echoHint')}</p>}
        <p className="hint">{t('kiosk.meeting.help.staff')}</p>
      </section>

      <p role="status" className="hint">
        {done ? t(done) : ''}
      </p>

      {leave}
    </aside>
  );
}

/** What the status line confirms after a button; blur is not offered at the kiosk. */
function doneText(aid: FirstAid | null): string | null {
  switch (aid) {
    case 'microphoneOff':
    case 'microphoneOn':
    case 'lowerQuality':
    case 'audioOnly':
      return `kiosk.meeting.done.${aid}`;
    case 'cameraOn':
      return 'kiosk.meeting.done.cameraOn';
    default:
      return null;
  }
}
