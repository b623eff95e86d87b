import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import type { TokenStatus } from '../../shared/moderator-token';
import type { AppointmentActions } from '../use-appointment-actions';
import type { Consultation } from '../use-consultation';
import type { ConnectionState } from '../use-server-status';
import { AppointmentDetails } from './AppointmentDetails';

// The forms carry zod: they load after the list is on screen, off the start-up
// path, and are fetched right away so a quick click never waits for them.
const loadAppointmentForm = () => import('./AppointmentForm');
const loadSettingsPanel = () => import('./SettingsPanel');
const loadServerSetup = () => import('./ServerSetup');
const AppointmentForm = lazy(() =>
  loadAppointmentForm().then((module) => ({ default: module.AppointmentForm })),
);
const SettingsPanel = lazy(() =>
  loadSettingsPanel().then((module) => ({ default: module.SettingsPanel })),
);
const ServerSetup = lazy(() =>
  loadServerSetup().then((module) => ({ default: module.ServerSetup })),
);

/** Fetches the forms a click most likely opens next. */
export function preloadForms() {
  void loadAppointmentForm();
  void loadSettingsPanel();
}

/** The main area: the open appointment, its form, the settings, or the server setup. */
export function DetailPane({
  actions: { pane, show, settings, save, setStatus, remove, saveSettings },
  token,
  onTokenChange,
  connection,
  consultation,
}: {
  actions: AppointmentActions;
  token: TokenStatus;
  onTokenChange: (status: TokenStatus) => void;
  connection: ConnectionState;
  consultation: Consultation;
}) {
  const { t } = useTranslation();
  return (
    <main className="detail">
      <Suspense fallback={null}>
        {pane.kind === 'setup' ? (
          <ServerSetup
            onSave={async (change) => {
              const problems = await saveSettings(change);
              if (!problems) show({ kind: 'none' });
              return problems;
            }}
            onLater={() => show({ kind: 'none' })}
          />
        ) : pane.kind === 'settings' ? (
          <SettingsPanel
            view={settings}
            onSave={saveSettings}
            token={token}
            onTokenChange={onTokenChange}
          />
        ) : pane.kind === 'create' || pane.kind === 'edit' ? (
          <AppointmentForm
            key={pane.kind === 'edit' ? pane.appointment.id : 'new'}
            appointment={pane.kind === 'edit' ? pane.appointment : null}
            defaultAccess={settings.settings.defaultAccess}
            onSave={save}
            onDiscard={() =>
              show(
                pane.kind === 'edit'
                  ? { kind: 'details', appointment: pane.appointment }
                  : { kind: 'none' },
              )
            }
          />
        ) : pane.kind === 'details' ? (
          <AppointmentDetails
            appointment={pane.appointment}
            connection={connection}
            consultation={consultation}
            onEdit={() => show({ kind: 'edit', appointment: pane.appointment })}
            onSetStatus={(status) => void setStatus(pane.appointment.id, status)}
            onDelete={() => void remove(pane.appointment.id)}
          />
        ) : (
          <p className="placeholder">{t('appointment.none')}</p>
        )}
      </Suspense>
    </main>
  );
}
