import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { resolveLanguage } from '../../shared/language';
import { CrashBoundary } from '../components/CrashBoundary';
import { setUpI18n } from '../i18n';
import { meetingApi } from './api';
import { MeetingApp, MeetingUnavailable } from './MeetingApp';
import '../styles.css';
import './meeting.css';

async function start() {
  // Main answers once per consultation: after a reload there is nothing to join.
  const spec = await meetingApi().meeting.spec();
  // At a kiosk, the client's texts too (its equipment check speaks to clients).
  const kiosk = spec.ok && spec.value.mode === 'kiosk';
  await setUpI18n(
    spec.ok ? spec.value.language : resolveLanguage('system', navigator.languages),
    kiosk ? ['meeting', 'kiosk'] : ['meeting'],
  );
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      {/* Leaving: main closes the window and wipes its partition; a reload would have nothing to join. */}
      <CrashBoundary audience="meeting" onRecover={() => void meetingApi().meeting.leave()}>
        {spec.ok ? <MeetingApp spec={spec.value} /> : <MeetingUnavailable />}
      </CrashBoundary>
    </StrictMode>,
  );
}

void start();
