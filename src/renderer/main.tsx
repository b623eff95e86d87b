import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { api } from './api';
import { App } from './App';
import { setUpI18n } from './i18n';
import './styles.css';

async function start() {
  const [settings, appointments, notices] = await Promise.all([
    api().settings.get(),
    api().appointments.list(),
    api().app.startupNotices(),
  ]);
  if (!settings.ok || !appointments.ok || !notices.ok) {
    throw new Error('the main process refused the start-up requests');
  }
  await setUpI18n(settings.value.language);
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App
        initial={{
          settings: settings.value,
          appointments: appointments.value,
          notices: notices.value,
        }}
      />
    </StrictMode>,
  );
}

void start();
