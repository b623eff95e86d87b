import { Check, X } from 'lucide-react';
import { useCallback, useState } from 'react';
import { useTranslation } from '../i18n/react';
import type { MeetingSpec } from '../../shared/ipc-contract';
import { suggestsAudioOnly, type FirstAid } from '../../shared/meeting-state';
import type { PrivacyReport } from '../../shared/privacy-report';
import { HeadedSection } from '../components/HeadedSection';
import { PrivacyReportView } from '../components/PrivacyReport';
import { usePolling, type PollSignal } from '../use-polling';
import { meetingApi } from './api';
import { e2eeText } from './meeting-texts';
import type { JitsiMeeting } from './use-jitsi-meeting';

const REPORT_REFRESH_MS = 2000;

/**
 * Beside the meeting: who is there, who knocks, first aid, what was blocked,
 * leaving; when the conference could not start, only what was blocked and leaving.
 */
export function MeetingPanel({ spec, meeting }: { spec: MeetingSpec; meeting: JitsiMeeting }) {
  const { t } = useTranslation();
  const { state, dispatch } = meeting;
  const [headsetHint, setHeadsetHint] = useState(false);
  const report = useLiveReport();
  const people = state.phase === 'joined' ? state.participants.length + 1 : 0;
  const firstAid = (aid: FirstAid) => dispatch({ name: 'firstAid', aid });
  const leave = (
    <button type="button" className="danger hang-up" onClick={() => dispatch({ name: 'hangUp' })}>
      {t('meeting.leave')}
    </button>
  );

  if (meeting.failed) {
    // Nothing runs to answer, mute or help with: what was blocked, and the way out.
    return (
      <aside className="meeting-panel" aria-label={t('meeting.panel')}>
        {report && <PrivacyReportView report={report} live />}
        {leave}
      </aside>
    );
  }

  return (
    <aside className="meeting-panel" aria-label={t('meeting.panel')}>
      <HeadedSection heading={t('meeting.status.heading')}>
        <p role="status">
          {state.phase !== 'joined'
            ? t('meeting.status.waiting')
            : state.role === 'moderator'
              ? t('meeting.status.moderator')
              : t('meeting.status.participant')}
        </p>
        {state.secured.password && (
          <p className="secured">
            {state.secured.lobby ? t('meeting.status.securedLobby') : t('meeting.status.secured')}
          </p>
        )}
        {state.phase === 'joined' && <p className="e2ee">{e2eeText(t, state.e2ee)}</p>}
        {spec.jwt === null && <p className="hint">{t('meeting.guest')}</p>}
      </HeadedSection>

      <button
        type="button"
        className="knock-sound"
        aria-pressed={meeting.knockSound}
        onClick={() => meeting.setKnockSound(!meeting.knockSound)}
      >
        {/* Its state in a shape besides the border's colour; aria-pressed says it. */}
        {meeting.knockSound ? (
          <Check className="icon" aria-hidden="true" />
        ) : (
          <X className="icon" aria-hidden="true" />
        )}
        {t('meeting.knockSound')}
      </button>

      {state.knocking.length > 0 && (
        <HeadedSection heading={t('meeting.knocking.heading')} className="knocking">
          <ul>
            {state.knocking.map((person) => {
              const name = person.displayName || t('meeting.knocking.unnamed');
              const answer = (admit: boolean) =>
                dispatch({ name: 'knockAnswered', id: person.id, admit });
              return (
                <li key={person.id}>
                  <span>{name}</span>
                  <button type="button" className="primary" onClick={() => answer(true)}>
                    {t('meeting.knocking.admit', { name })}
                  </button>
                  <button type="button" onClick={() => answer(false)}>
                    {t('meeting.knocking.reject', { name })}
                  </button>
                </li>
              );
            })}
          </ul>
        </HeadedSection>
      )}

      <HeadedSection heading={t('meeting.people.heading')}>
        <p>{t('meeting.people.count', { count: people })}</p>
        <p className="hint">{t('meeting.people.oneToOne')}</p>
        {suggestsAudioOnly(state) && (
          <div className="notice warning" role="alert">
            <p>{t('meeting.people.tooMany')}</p>
            <button type="button" onClick={() => firstAid('audioOnly')}>
              {t('meeting.firstAid.audioOnly')}
            </button>
          </div>
        )}
      </HeadedSection>

      <HeadedSection heading={t('meeting.firstAid.heading')} className="first-aid">
        <div className="actions">
          {state.videoMuted ? (
            <button type="button" onClick={() => firstAid('cameraOn')}>
              {t('meeting.firstAid.cameraOn')}
            </button>
          ) : (
            <button type="button" onClick={() => firstAid('audioOnly')}>
              {t('meeting.firstAid.audioOnly')}
            </button>
          )}
          <button type="button" onClick={() => firstAid('lowerQuality')}>
            {t('meeting.firstAid.lowerQuality')}
          </button>
          <button type="button" onClick={() => firstAid('blur')}>
            {t('meeting.firstAid.blur')}
          </button>
          <button
            type="button"
            aria-expanded={headsetHint}
            onClick={() => setHeadsetHint((shown) => !shown)}
          >
            {t('meeting.firstAid.echo')}
          </button>
        </div>
        <p role="status" className="hint">
          {state.firstAid ? t(`meeting.firstAid.done.${state.firstAid}`) : ''}
        </p>
        {headsetHint && <p className="notice">{t('meeting.firstAid.headsetHint')}</p>}
      </HeadedSection>

      {report && <PrivacyReportView report={report} live />}

      {leave}
    </aside>
  );
}

/** What the network guard has blocked in this consultation so far. */
function useLiveReport(): PrivacyReport | null {
  const [report, setReport] = useState<PrivacyReport | null>(null);
  const poll = useCallback(async (signal: PollSignal) => {
    const result = await meetingApi().meeting.report();
    if (signal.active && result.ok) setReport(result.value);
  }, []);
  usePolling(poll, REPORT_REFRESH_MS);
  return report;
}
