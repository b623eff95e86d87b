// First: starts the request for the first screen before anything else runs.
import { firstScreenRequest } from './start-up-requests';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { resolveLanguage } from '../shared/language';
import { App } from './App';
import { CrashBoundary } from './components/CrashBoundary';
import { formatWhen } from './format';
import { setUpI18n } from './i18n';
import './styles.css';

async function start() {
  // While main answers: the first date formatter costs ~20 ms (ICU data), so
  // build it now for the language the system most likely resolves to.
  formatWhen(
    { start: new Date(0).toISOString(), durationMinutes: 0 },
    resolveLanguage('system', navigator.languages),
  );
  const firstScreen = await firstScreenRequest;
  if (!firstScreen.ok) throw new Error('the main process refused the first-screen request');
  const { settings, notices, store, token, today } = firstScreen.value;
  await setUpI18n(settings.language);
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <CrashBoundary audience="main" onRecover={() => window.location.reload()}>
        <App initial={{ settings, notices, store, token, firstPage: today }} />
      </CrashBoundary>
    </StrictMode>,
  );
}

void start();
