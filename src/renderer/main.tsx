// First: starts the requests for the first screen before anything else runs.
import { startUpRequests } from './start-up-requests';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { resolveLanguage } from '../shared/language';
import { App } from './App';
import { formatStart } from './format';
import { setUpI18n } from './i18n';
import './styles.css';

async function start() {
  // While main answers: the first date formatter costs ~20 ms (ICU data), so
  // build it now for the language the system most likely resolves to.
  formatStart({ start: new Date(0).toISOString() }, resolveLanguage('system', navigator.languages));
  const [settings, notices, firstPage] = await startUpRequests;
  if (!settings.ok || !notices.ok)
    throw new Error('the main process refused the start-up requests');
  await setUpI18n(settings.value.language);
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App
        initial={{
          settings: settings.value,
          notices: notices.value,
          firstPage: firstPage.ok ? firstPage.value : null,
        }}
      />
    </StrictMode>,
  );
}

void start();
