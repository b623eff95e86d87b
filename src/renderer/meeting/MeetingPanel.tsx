import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MeetingSpec } from '../../shared/ipc-contract';
import { suggestsAudioOnly } from '../../shared/meeting-state';
import type { PrivacyReport } from '../../shared/privacy-report';
import { PrivacyReportView } from '../components/PrivacyReport';
import { useAnnounce } from './announcer';
import { meetingApi } from './api';
import type { JitsiMeeting } from './use-jitsi-meeting';

const REPORT_REFRESH_MS = 2000;
/** 180p: enough to see a face, light on a weak line. */
const LOW_VIDEO_HEIGHT = 180;

type FirstAid = 'audioOnly' | 'cameraOn' | 'lowerQuality' | 'blur';

/** Beside the meeting: who is there, who knocks, first aid, what was blocked, leaving. */
export function MeetingPanel({ spec, meeting }: { spec: MeetingSpec; meeting: JitsiMeeting }) {
  const { t } = useTranslation();
  const { state } = meeting;
  const [done, setDone] = useState<FirstAid | null>(null);
  const [headsetHint, setHeadsetHint] = useState(false);
  const report = useLiveReport();
  const announce = useAnnounce();
  const people = state.phase === 'joined' ? state.participants.length + 1 : 0;
  const e2eeText = meeting.e2ee.requested
    ? t('meeting.e2ee.asked')
    : t(`meeting.e2ee.${meeting.e2ee.reason === 'one-to-one' ? 'waiting' : meeting.e2ee.reason}`);
  // Said aloud when the app switches it on or off, with the reason.
  const lastRequested = useRef(meeting.e2ee.requested);
  useEffect(() => {
    if (lastRequested.current === meeting.e2ee.requested) return;
    lastRequested.current = meeting.e2ee.requested;
    announce(e2eeText);
  }, [meeting.e2ee.requested, e2eeText, announce]);

  const firstAid = (aid: FirstAid) => {
    switch (aid) {
      case 'audioOnly':
      case 'cameraOn':
        meeting.send({ name: 'toggleVideo', args: [] });
        break;
      case 'lowerQuality':
        meeting.send({ name: 'setVideoQuality', args: [LOW_VIDEO_HEIGHT] });
        break;
      case 'blur':
        meeting.send({ name: 'setBlurredBackground', args: ['slight-blur'] });
        break;
    }
    setDone(aid);
  };

  return (
    <aside className="meeting-panel" aria-label={t('meeting.panel')}>
      <section aria-labelledby="meeting-status">
        <h2 id="meeting-status">{t('meeting.status.heading')}</h2>
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
        {state.phase === 'joined' && <p className="e2ee">{e2eeText}</p>}
        {spec.jwt === null && <p className="hint">{t('meeting.guest')}</p>}
      </section>

      {state.knocking.length > 0 && (
        <section aria-labelledby="meeting-knocking" className="knocking">
          <h2 id="meeting-knocking">{t('meeting.knocking.heading')}</h2>
          <ul>
            {state.knocking.map((person) => {
              const name = person.displayName || t('meeting.knocking.unnamed');
              const answer = (approved: boolean) => {
                meeting.send({ name: 'answerKnockingParticipant', args: [person.id, approved] });
                meeting.note({ name: 'knockAnswered', id: person.id });
                announce(t(`meeting.announce.${approved ? 'admitted' : 'rejected'}`, { name }));
              };
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
        </section>
      )}

      <section aria-labelledby="meeting-people">
        <h2 id="meeting-people">{t('meeting.people.heading')}</h2>
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
      </section>

      <section aria-labelledby="meeting-first-aid" className="first-aid">
        <h2 id="meeting-first-aid">{t('meeting.firstAid.heading')}</h2>
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
          {done ? t(`meeting.firstAid.done.${done}`) : ''}
        </p>
        {headsetHint && <p className="notice">{t('meeting.firstAid.headsetHint')}</p>}
      </section>

      {report && <PrivacyReportView report={report} live />}

      <button type="button" className="danger hang-up" onClick={() => meeting.hangUp()}>
        {t('meeting.leave')}
      </button>
    </aside>
  );
}

/** What the network guard has blocked in this consultation so far. */
function useLiveReport(): PrivacyReport | null {
  const [report, setReport] = useState<PrivacyReport | null>(null);
  useEffect(() => {
    let current = true;
    const poll = async () => {
      const result = await meetingApi().meeting.report();
      if (current && result.ok) setReport(result.value);
    };
    void poll();
    const timer = window.setInterval(() => void poll(), REPORT_REFRESH_MS);
    return () => {
      current = false;
      window.clearInterval(timer);
    };
  }, []);
  return report;
}
