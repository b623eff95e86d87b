import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { setUpI18n } from '../i18n';
import { meetingApi } from './api';
import { MeetingApp } from './MeetingApp';
import '../styles.css';
import './meeting.css';

async function start() {
  const spec = await meetingApi().meeting.spec();
  if (!spec.ok) throw new Error('the main process gave the meeting window no consultation');
  await setUpI18n(spec.value.language);
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <MeetingApp spec={spec.value} />
    </StrictMode>,
  );
}

void start();
