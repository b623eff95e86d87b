import { lazy, Suspense, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Appointment, AppointmentDraft, AppointmentStatus } from '../shared/appointment';
import {
  appointmentViews,
  selectAppointments,
  type AppointmentView,
} from '../shared/appointment-views';
import type { SettingsView, StartupNotice } from '../shared/ipc-contract';
import type { AppError, FieldIssue, Result } from '../shared/result';
import type { SettingsChange } from '../shared/settings';
import { api } from './api';
import { AppointmentDetails } from './components/AppointmentDetails';
import { AppointmentList } from './components/AppointmentList';
import { ConnectionStatus } from './components/ConnectionStatus';
import { Notices } from './components/Notices';
import { switchLanguage } from './i18n';

// The forms carry zod: they load after the list is on screen, off the start-up
// path, and are fetched right away so a quick click never waits for them.
const loadAppointmentForm = () => import('./components/AppointmentForm');
const loadSettingsPanel = () => import('./components/SettingsPanel');
const AppointmentForm = lazy(() =>
  loadAppointmentForm().then((module) => ({ default: module.AppointmentForm })),
);
const SettingsPanel = lazy(() =>
  loadSettingsPanel().then((module) => ({ default: module.SettingsPanel })),
);

export interface InitialState {
  settings: SettingsView;
  appointments: Appointment[];
  notices: StartupNotice[];
}

type Pane =
  | { kind: 'none' }
  | { kind: 'details'; id: string }
  | { kind: 'edit'; id: string }
  | { kind: 'create' }
  | { kind: 'settings' };

export function App({ initial }: { initial: InitialState }) {
  const { t } = useTranslation();
  const [appointments, setAppointments] = useState(initial.appointments);
  const [settings, setSettings] = useState(initial.settings);
  const [notices, setNotices] = useState(initial.notices);
  const [view, setView] = useState<AppointmentView>('today');
  const [filter, setFilter] = useState('');
  const [pane, setPane] = useState<Pane>({ kind: 'none' });
  const [error, setError] = useState<AppError | null>(null);
  const now = useMinuteClock();
  useEffect(() => {
    void loadAppointmentForm();
    void loadSettingsPanel();
  }, []);

  const selection = useMemo(
    () => selectAppointments(appointments, view, filter, now),
    [appointments, view, filter, now],
  );
  const selectedId = pane.kind === 'details' || pane.kind === 'edit' ? pane.id : null;
  const selected = appointments.find((a) => a.id === selectedId) ?? null;

  /** Runs a call; a refused one shows its error, field issues go back to the form. */
  async function run<T>(
    call: Promise<Result<T>>,
  ): Promise<{ value: T } | { issues: FieldIssue[] | null }> {
    const result = await call;
    if (result.ok) {
      setError(null);
      return { value: result.value };
    }
    if (result.error.issues?.length) return { issues: result.error.issues };
    setError(result.error);
    return { issues: null };
  }

  const put = (appointment: Appointment) =>
    setAppointments((list) => {
      const index = list.findIndex((a) => a.id === appointment.id);
      return index === -1 ? [...list, appointment] : list.with(index, appointment);
    });

  const save = async (draft: AppointmentDraft) => {
    const outcome = await run(
      pane.kind === 'edit'
        ? api().appointments.update({ id: pane.id, draft })
        : api().appointments.create(draft),
    );
    if ('issues' in outcome) return outcome.issues ?? [];
    put(outcome.value);
    setPane({ kind: 'details', id: outcome.value.id });
    return null;
  };

  const setStatus = async (id: string, status: AppointmentStatus) => {
    const outcome = await run(api().appointments.setStatus({ id, status }));
    if ('value' in outcome) put(outcome.value);
  };

  const remove = async (id: string) => {
    const outcome = await run(api().appointments.delete({ id }));
    if ('value' in outcome) {
      setAppointments((list) => list.filter((a) => a.id !== id));
      setPane({ kind: 'none' });
    }
  };

  const saveSettings = async (change: SettingsChange) => {
    const outcome = await run(api().settings.update(change));
    if ('issues' in outcome) return outcome.issues ?? [];
    setSettings(outcome.value);
    await switchLanguage(outcome.value.language);
    return null;
  };

  return (
    <div className="app">
      <header className="topbar">
        <h1>{t('app.title')}</h1>
        <ConnectionStatus serverUrl={settings.settings.serverUrl} />
        <button type="button" onClick={() => setPane({ kind: 'settings' })}>
          {t('nav.settings')}
        </button>
      </header>
      <Notices
        notices={notices}
        onDismiss={(i) => setNotices((n) => n.filter((_, j) => j !== i))}
      />
      {error && (
        <div className="notice error" role="alert">
          <p>{t(`errors.${error.code}`)}</p>
          <button type="button" onClick={() => setError(null)}>
            {t('actions.close')}
          </button>
        </div>
      )}
      <div className="workspace">
        <nav className="sidebar" aria-label={t('list.label')}>
          <button type="button" className="primary" onClick={() => setPane({ kind: 'create' })}>
            {t('nav.newAppointment')}
          </button>
          <label className="visually-hidden" htmlFor="filter">
            {t('list.filter')}
          </label>
          <input
            id="filter"
            type="search"
            value={filter}
            placeholder={t('list.filterPlaceholder')}
            onChange={(event) => setFilter(event.target.value)}
          />
          <div className="tabs" role="group" aria-label={t('nav.views')}>
            {appointmentViews.map((name) => (
              <button
                key={name}
                type="button"
                aria-pressed={view === name}
                onClick={() => setView(name)}
              >
                {t(`nav.${name}`)} <span className="count">{selection.counts[name]}</span>
              </button>
            ))}
          </div>
          <AppointmentList
            appointments={selection.appointments}
            selectedId={selectedId}
            onOpen={(id) => setPane({ kind: 'details', id })}
            emptyText={t(filter.trim() ? 'list.noMatch' : 'list.empty')}
          />
        </nav>
        <main className="detail">
          <Suspense fallback={null}>
            {pane.kind === 'settings' ? (
              <SettingsPanel view={settings} onSave={saveSettings} />
            ) : pane.kind === 'create' || (pane.kind === 'edit' && selected) ? (
              <AppointmentForm
                key={pane.kind === 'edit' ? pane.id : 'new'}
                appointment={pane.kind === 'edit' ? selected : null}
                onSave={save}
                onDiscard={() =>
                  setPane(selected ? { kind: 'details', id: selected.id } : { kind: 'none' })
                }
              />
            ) : selected ? (
              <AppointmentDetails
                appointment={selected}
                onEdit={() => setPane({ kind: 'edit', id: selected.id })}
                onSetStatus={(status) => void setStatus(selected.id, status)}
                onDelete={() => void remove(selected.id)}
              />
            ) : (
              <p className="placeholder">{t('appointment.none')}</p>
            )}
          </Suspense>
        </main>
      </div>
    </div>
  );
}

/** The current time, updated each minute so "today" moves on at midnight. */
function useMinuteClock(): Date {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(new Date()), 60_000);
    return () => window.clearInterval(timer);
  }, []);
  return now;
}
