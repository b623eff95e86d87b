import { Suspense, useEffect, useId, useState } from 'react';
import { lazyWithTexts, useTranslation } from './i18n/react';
import { localDay, viewOf, type AppointmentPage } from '../shared/appointment-views';
import type { SettingsView, StartupNotice, StoreState } from '../shared/ipc-contract';
import { tokenUrgency, type TokenStatus } from '../shared/moderator-token';
import {
  AppointmentListPane,
  useAppointmentList,
  type AppointmentListState,
} from './components/AppointmentListPane';
import { CalendarImport } from './components/CalendarImport';
import type { ImportDone } from './components/CalendarImportDialog';
import { ConnectionStatus } from './components/ConnectionStatus';
import { DeepLinks } from './components/DeepLinks';
import { DetailPane, preloadPanes } from './components/DetailPane';
import { ErrorNotice } from './components/ErrorNotice';
import { hasPolicyNotice } from './policy-notice';
import { useAppointmentActions } from './use-appointment-actions';
import { useCalendarFile } from './use-calendar-file';
import { useConsultation } from './use-consultation';
import { useServerStatus } from './use-server-status';
import { useSettingsRefresh } from './use-settings-refresh';

// Shown only now and then: loaded with the panes' texts when first needed, so the
// start bundle carries the list and little else (issue 18: ≤ 100 KB gzip).
const Notices = lazyWithTexts('panes', () =>
  import('./components/Notices').then((module) => module.Notices),
);
const PolicyNotice = lazyWithTexts('panes', () =>
  import('./components/PolicyNotice').then((module) => module.PolicyNotice),
);
const LockedStore = lazyWithTexts('panes', () =>
  import('./components/LockedStore').then((module) => module.LockedStore),
);
const ConsultationDialogs = lazyWithTexts('panes', () =>
  import('./components/ConsultationControls').then((module) => module.ConsultationDialogs),
);

export interface InitialState {
  settings: SettingsView;
  notices: StartupNotice[];
  store: StoreState;
  token: TokenStatus;
  /** The first page of today's appointments, fetched together with the settings. */
  firstPage: AppointmentPage;
}

/** Whether there is any appointment at all: a filter that finds none still means yes. */
function hasAppointments(list: AppointmentListState): boolean {
  const { today, upcoming, past } = list.pages.counts;
  return today + upcoming + past > 0 || list.filter.trim() !== '';
}

export function App({ initial }: { initial: InitialState }) {
  const { t } = useTranslation();
  const actions = useAppointmentActions(initial);
  const { pane, show, store, error } = actions;
  const [token, setToken] = useState(initial.token);
  const tokenNeed = tokenUrgency(token, new Date());
  const connection = useServerStatus(
    actions.settings.settings.serverUrl,
    actions.settings.managed.networkClosed,
  );
  const [imported, setImported] = useState<ImportDone | null>(null);
  /** Bumped by every calendar import, so the list fetches its rows again. */
  const [imports, setImports] = useState(0);
  const list = useAppointmentList(actions.version + imports, initial.firstPage);
  const { reveal } = list;
  const calendarFile = useCalendarFile({ enabled: store.status === 'open' });
  /** The list shows the new rows: in the tab of the earliest, unfiltered. */
  const showImported = (done: ImportDone) => {
    setImported(done);
    setImports((n) => n + 1);
    if (done.earliest) {
      list.setFilter('');
      list.setView(viewOf({ start: done.earliest }, localDay(new Date())));
    }
  };
  const mainId = useId();
  // A saved appointment is shown in its tab, selected and scrolled into view.
  useEffect(() => {
    if (actions.revealed) reveal(actions.revealed.appointment);
  }, [actions.revealed, reveal]);
  // When a consultation ends, its appointment is shown again, whatever was open.
  const consultation = useConsultation(actions.changed, actions.settings.managed.allowGuestJoin);
  useSettingsRefresh(actions.applySettings);

  useEffect(() => {
    // After the list is painted, when the browser has nothing else to do.
    const idle = window.requestIdleCallback(preloadPanes);
    return () => window.cancelIdleCallback(idle);
  }, []);

  const selected = pane.kind === 'details' || pane.kind === 'edit' ? pane.appointment : null;

  return (
    <div className="app">
      <a
        className="skip-link"
        href={`#${mainId}`}
        onClick={(event) => {
          event.preventDefault();
          document.getElementById(mainId)?.focus();
        }}
      >
        {t('nav.skipToMain')}
      </a>
      <header className="topbar">
        <h1>{t('app.title')}</h1>
        <ConnectionStatus state={connection.state} host={connection.host} />
        <button type="button" onClick={() => show({ kind: 'settings' })}>
          {t('nav.settings')}
        </button>
      </header>
      {actions.notices.length > 0 && (
        <Suspense fallback={null}>
          <Notices notices={actions.notices} onDismiss={actions.dismissNotice} />
        </Suspense>
      )}
      <DeepLinks show={(appointment) => actions.changed(appointment)} consultation={consultation} />
      {hasPolicyNotice(actions.settings.managed) && (
        <Suspense fallback={null}>
          <PolicyNotice managed={actions.settings.managed} />
        </Suspense>
      )}
      <CalendarImport
        calendarFile={calendarFile}
        done={imported}
        onImported={showImported}
        onDismissDone={() => setImported(null)}
      />
      {(tokenNeed.urgency === 'expires-soon' || tokenNeed.urgency === 'expired') && (
        <div className="notice warning" role="alert">
          <p>{t(`tokenBanner.${tokenNeed.urgency}`, { count: tokenNeed.days })}</p>
          <button type="button" onClick={() => show({ kind: 'settings' })}>
            {t('tokenBanner.open')}
          </button>
        </div>
      )}
      {error && <ErrorNotice onClose={actions.dismissError}>{error}</ErrorNotice>}
      {store.status === 'locked' && pane.kind !== 'settings' ? (
        <div className="workspace">
          {/* The top bar's Settings button is the way to the settings here too. */}
          <main className="detail" id={mainId} tabIndex={-1}>
            <Suspense fallback={null}>
              <LockedStore state={store} onAction={actions.unlock} />
            </Suspense>
          </main>
        </div>
      ) : (
        <div className="workspace">
          <AppointmentListPane
            list={list}
            selectedId={selected?.id ?? null}
            onOpen={(id) => void actions.open(id)}
            onCreate={() => show({ kind: 'create' })}
            onCalendarFiles={calendarFile.take}
          />
          <DetailPane
            id={mainId}
            actions={actions}
            hasAppointments={hasAppointments(list)}
            token={token}
            onTokenChange={setToken}
            connection={connection.state}
            consultation={consultation}
          />
        </div>
      )}
      {(consultation.step.kind === 'confirm-guest' || consultation.step.kind === 'ended') && (
        <Suspense fallback={null}>
          <ConsultationDialogs
            consultation={consultation}
            onMarkDone={(id) => void actions.setStatus(id, 'done')}
          />
        </Suspense>
      )}
    </div>
  );
}
