import { lazy, Suspense, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Appointment, AppointmentDraft, AppointmentStatus } from '../shared/appointment';
import {
  appointmentViews,
  localDay,
  type AppointmentPage,
  type AppointmentView,
} from '../shared/appointment-views';
import type { SettingsView, StartupNotice, StoreState } from '../shared/ipc-contract';
import type { AppError, FieldIssue, Result } from '../shared/result';
import { tokenUrgency, type TokenStatus } from '../shared/moderator-token';
import type { SettingsChange } from '../shared/settings';
import { api } from './api';
import { AppointmentDetails } from './components/AppointmentDetails';
import { AppointmentList } from './components/AppointmentList';
import { ConnectionStatus } from './components/ConnectionStatus';
import { ConsultationDialogs } from './components/ConsultationControls';
import { LockedStore } from './components/LockedStore';
import { Notices } from './components/Notices';
import { switchLanguage } from './i18n';
import { useAppointmentPages } from './use-appointment-pages';
import { useConsultation } from './use-consultation';
import { useServerStatus } from './use-server-status';

// The forms carry zod: they load after the list is on screen, off the start-up
// path, and are fetched right away so a quick click never waits for them.
const loadAppointmentForm = () => import('./components/AppointmentForm');
const loadSettingsPanel = () => import('./components/SettingsPanel');
const loadServerSetup = () => import('./components/ServerSetup');
const AppointmentForm = lazy(() =>
  loadAppointmentForm().then((module) => ({ default: module.AppointmentForm })),
);
const SettingsPanel = lazy(() =>
  loadSettingsPanel().then((module) => ({ default: module.SettingsPanel })),
);
const ServerSetup = lazy(() =>
  loadServerSetup().then((module) => ({ default: module.ServerSetup })),
);

export interface InitialState {
  settings: SettingsView;
  notices: StartupNotice[];
  store: StoreState;
  token: TokenStatus;
  /** The first page of today's appointments, fetched together with the settings. */
  firstPage: AppointmentPage;
}

type Pane =
  | { kind: 'none' }
  | { kind: 'details'; appointment: Appointment }
  | { kind: 'edit'; appointment: Appointment }
  | { kind: 'create' }
  | { kind: 'settings' }
  | { kind: 'setup' };

export function App({ initial }: { initial: InitialState }) {
  const { t } = useTranslation();
  const [settings, setSettings] = useState(initial.settings);
  const [notices, setNotices] = useState(initial.notices);
  const [store, setStore] = useState(initial.store);
  const [token, setToken] = useState(initial.token);
  const tokenNeed = tokenUrgency(token, new Date());
  const [view, setView] = useState<AppointmentView>('today');
  const [filter, setFilter] = useState('');
  const [version, setVersion] = useState(0);
  /** Fetches the shown rows again: after a change, or when they may be stale. */
  const refreshList = () => setVersion((v) => v + 1);
  // First start without a server: ask for it before anything else.
  const [pane, setPane] = useState<Pane>(
    initial.settings.settings.serverUrl === null ? { kind: 'setup' } : { kind: 'none' },
  );
  const [error, setError] = useState<AppError | null>(null);
  const day = useLocalDay();
  const connection = useServerStatus(settings.settings.serverUrl);
  const pages = useAppointmentPages({ view, filter, day, version }, initial.firstPage);

  useEffect(() => {
    // After the list is painted, when the browser has nothing else to do.
    const idle = window.requestIdleCallback(() => {
      void loadAppointmentForm();
      void loadSettingsPanel();
    });
    return () => window.cancelIdleCallback(idle);
  }, []);

  const selected = pane.kind === 'details' || pane.kind === 'edit' ? pane.appointment : null;

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

  const changed = (appointment: Appointment) => {
    refreshList();
    setPane({ kind: 'details', appointment });
  };
  // When a consultation ends, its appointment is shown again, whatever was open.
  const consultation = useConsultation(changed);

  const open = async (id: string) => {
    const outcome = await run(api().appointments.get({ id }));
    if ('value' in outcome) setPane({ kind: 'details', appointment: outcome.value });
    else refreshList(); // it may be gone: show the list as it is now
  };

  const save = async (draft: AppointmentDraft) => {
    const outcome = await run(
      pane.kind === 'edit'
        ? api().appointments.update({ id: pane.appointment.id, draft })
        : api().appointments.create(draft),
    );
    if ('issues' in outcome) return outcome.issues ?? [];
    changed(outcome.value);
    return null;
  };

  const setStatus = async (id: string, status: AppointmentStatus) => {
    const outcome = await run(api().appointments.setStatus({ id, status }));
    if ('value' in outcome) changed(outcome.value);
  };

  const remove = async (id: string) => {
    const outcome = await run(api().appointments.delete({ id }));
    if ('value' in outcome) {
      refreshList();
      setPane({ kind: 'none' });
    }
  };

  /** Starts empty (key missing) or tries again (keychain unreachable); true once open. */
  const unlock = async () => {
    const call =
      store.status === 'locked' && store.reason !== 'keychain-unavailable'
        ? api().store.startEmpty()
        : api().store.retry();
    const outcome = await run(call);
    if (!('value' in outcome)) return false;
    setStore(outcome.value.store);
    setNotices((old) => [...old, ...outcome.value.notices]);
    refreshList();
    return outcome.value.store.status === 'open';
  };

  const saveSettings = async (change: SettingsChange) => {
    const outcome = await run(api().settings.update(change));
    if ('issues' in outcome) return outcome.issues ?? [];
    setSettings(outcome.value);
    refreshList(); // a shorter retention may have deleted appointments
    await switchLanguage(outcome.value.language);
    return null;
  };

  return (
    <div className="app">
      <header className="topbar">
        <h1>{t('app.title')}</h1>
        <ConnectionStatus state={connection.state} host={connection.host} />
        <button type="button" onClick={() => setPane({ kind: 'settings' })}>
          {t('nav.settings')}
        </button>
      </header>
      <Notices
        notices={notices}
        onDismiss={(i) => setNotices((n) => n.filter((_, j) => j !== i))}
      />
      {(tokenNeed.urgency === 'expires-soon' || tokenNeed.urgency === 'expired') && (
        <div className="notice warning" role="alert">
          <p>{t(`token.banner.${tokenNeed.urgency}`, { count: tokenNeed.days })}</p>
          <button type="button" onClick={() => setPane({ kind: 'settings' })}>
            {t('token.banner.open')}
          </button>
        </div>
      )}
      {error && (
        <div className="notice error" role="alert">
          <p>{t(`errors.${error.code}`)}</p>
          <button type="button" onClick={() => setError(null)}>
            {t('actions.close')}
          </button>
        </div>
      )}
      {store.status === 'locked' && pane.kind !== 'settings' ? (
        <div className="workspace">
          <main className="detail">
            <LockedStore state={store} onAction={unlock} />
            <p>
              <button type="button" onClick={() => setPane({ kind: 'settings' })}>
                {t('nav.settings')}
              </button>
            </p>
          </main>
        </div>
      ) : (
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
              autoComplete="off"
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
                  {t(`nav.${name}`)} <span className="count">{pages.counts[name]}</span>
                </button>
              ))}
            </div>
            <AppointmentList
              pages={pages}
              selectedId={selected?.id ?? null}
              onOpen={(id) => void open(id)}
              emptyText={t(filter.trim() ? 'list.noMatch' : 'list.empty')}
            />
          </nav>
          <main className="detail">
            <Suspense fallback={null}>
              {pane.kind === 'setup' ? (
                <ServerSetup
                  onSave={async (change) => {
                    const problems = await saveSettings(change);
                    if (!problems) setPane({ kind: 'none' });
                    return problems;
                  }}
                  onLater={() => setPane({ kind: 'none' })}
                />
              ) : pane.kind === 'settings' ? (
                <SettingsPanel
                  view={settings}
                  onSave={saveSettings}
                  token={token}
                  onTokenChange={setToken}
                />
              ) : pane.kind === 'create' || pane.kind === 'edit' ? (
                <AppointmentForm
                  key={pane.kind === 'edit' ? pane.appointment.id : 'new'}
                  appointment={pane.kind === 'edit' ? pane.appointment : null}
                  defaultAccess={settings.settings.defaultAccess}
                  onSave={save}
                  onDiscard={() =>
                    setPane(
                      pane.kind === 'edit'
                        ? { kind: 'details', appointment: pane.appointment }
                        : { kind: 'none' },
                    )
                  }
                />
              ) : pane.kind === 'details' ? (
                <AppointmentDetails
                  appointment={pane.appointment}
                  connection={connection.state}
                  consultation={consultation}
                  onEdit={() => setPane({ kind: 'edit', appointment: pane.appointment })}
                  onSetStatus={(status) => void setStatus(pane.appointment.id, status)}
                  onDelete={() => void remove(pane.appointment.id)}
                />
              ) : (
                <p className="placeholder">{t('appointment.none')}</p>
              )}
            </Suspense>
          </main>
        </div>
      )}
      <ConsultationDialogs
        consultation={consultation}
        onMarkDone={(id) => void setStatus(id, 'done')}
      />
    </div>
  );
}

/** Today's local bounds; a new object only when the date changes (checked each minute). */
function useLocalDay() {
  const [today, setToday] = useState(() => new Date().toDateString());
  useEffect(() => {
    const timer = window.setInterval(() => setToday(new Date().toDateString()), 60_000);
    return () => window.clearInterval(timer);
  }, []);
  return useMemo(() => localDay(new Date(today)), [today]);
}
