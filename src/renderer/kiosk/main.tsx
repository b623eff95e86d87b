import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { CrashBoundary } from '../components/CrashBoundary';
import { setUpI18n } from '../i18n';
import { kioskApi } from './api';
import { KioskApp } from './KioskApp';
import { kioskTiming } from './kiosk-timing';
import '../styles.css';
import './kiosk.css';

async function start() {
  // A shared terminal: no context menu (copy, inspect, "open link"), anywhere.
  document.addEventListener('contextmenu', (event) => event.preventDefault());
  // The centre's first language from the start; German until main has answered.
  const first = await kioskApi().kiosk.state();
  await setUpI18n(first.ok ? first.value.languages[0]! : 'de', ['kiosk']);
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      {/* Starting again is the terminal's reset: wiped, and a blank start page. */}
      <CrashBoundary audience="kiosk" onRecover={() => void kioskApi().kiosk.done()}>
        <KioskApp first={first} timing={kioskTiming(window.location.search)} />
      </CrashBoundary>
    </StrictMode>,
  );
}

void start();
