import { lazy, Suspense, useEffect, useRef } from 'react';
import type { TokenStatus } from '../../shared/moderator-token';
import type { AppointmentActions } from '../use-appointment-actions';
import type { Consultation } from '../use-consultation';
import type { ConnectionState } from '../use-server-status';
import { withTexts } from '../i18n';
import { EmptyPane } from './EmptyPane';

// Only the list and the empty pane are on screen at start. The details, the forms
// (with zod) and their texts load after the list is shown, off the start-up path,
// and are fetched right away so a quick click hardly waits for them.
const loadAppointmentDetails = () => withTexts('panes', import('./AppointmentDetails'));
const loadAppointmentForm = () => withTexts('panes', import('./AppointmentForm'));
const loadSettingsPanel = () => withTexts('panes', import('./SettingsPanel'));
const loadServerSetup = () => withTexts('panes', import('./ServerSetup'));
const AppointmentDetails = lazy(() =>
  loadAppointmentDetails().then((module) => ({ default: module.AppointmentDetails })),
);
const AppointmentForm = lazy(() =>
  loadAppointmentForm().then((module) => ({ default: module.AppointmentForm })),
);
const SettingsPanel = lazy(() =>
  loadSettingsPanel().then((module) => ({ default: module.SettingsPanel })),
);
const ServerSetup = lazy(() =>
  loadServerSetup().then((module) => ({ default: module.ServerSetup })),
);
const TokenSetup = lazy(() => loadServerSetup().then((module) => ({ default: module.TokenSetup })));

/** Fetches the panes a click most likely opens next. */
export function preloadPanes() {
  void loadAppointmentDetails();
  void loadAppointmentForm();
  void loadSettingsPanel();
}

/**
 * Moves the focus to the pane's heading, waiting a few frames for a form that
 * is still loading; never takes it from a field the counsellor has moved to.
 */
function focusHeading(main: HTMLElement, framesLeft = 60) {
  // While a form loads, React keeps the pane before it in the page, hidden.
  const heading = [...main.querySelectorAll<HTMLElement>('h2')].find((h) => h.checkVisibility());
  if (!heading) {
    if (framesLeft > 0) requestAnimationFrame(() => focusHeading(main, framesLeft - 1));
    return;
  }
  if (!heading.hasAttribute('tabindex')) heading.tabIndex = -1;
  // At the top, with what follows it below: stacked under the list (narrow or
  // zoomed), focus() alone would scroll only as far as the heading's bottom line.
  heading.focus({ preventScroll: true });
  heading.scrollIntoView({ block: 'start' });
}

/** The main area: the open appointment, its form, the settings, or the server setup. */
export function DetailPane({
  id,
  actions: { pane, show, focusRequest, settings, save, setStatus, remove, saveSettings },
  token,
  onTokenChange,
  connection,
  consultation,
  hasAppointments,
}: {
  /** The main area's id, for the skip link. */
  id: string;
  actions: AppointmentActions;
  token: TokenStatus;
  onTokenChange: (status: TokenStatus) => void;
  connection: ConnectionState;
  consultation: Consultation;
  /** Whether the list holds any appointment: the empty pane then offers the first. */
  hasAppointments: boolean;
}) {
  const main = useRef<HTMLElement>(null);
  useEffect(() => {
    if (focusRequest > 0 && main.current) focusHeading(main.current);
  }, [focusRequest]);
  const close = () => show({ kind: 'none' }, { focus: true });

  return (
    <main className="detail" id={id} ref={main} tabIndex={-1}>
      <Suspense fallback={null}>
        {pane.kind === 'setup' ? (
          <ServerSetup
            onSave={async (change) => {
              const problems = await saveSettings(change);
              if (!problems) {
                show(token.stored ? { kind: 'none' } : { kind: 'token-setup' }, { focus: true });
              }
              return problems;
            }}
            onLater={close}
          />
        ) : pane.kind === 'token-setup' ? (
          <TokenSetup
            token={token}
            allowGuestJoin={settings.managed.allowGuestJoin}
            onTokenChange={(status) => {
              onTokenChange(status);
              if (status.stored) close();
            }}
            onLater={close}
          />
        ) : pane.kind === 'settings' ? (
          <SettingsPanel
            view={settings}
            onSave={saveSettings}
            onClose={close}
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
                { focus: true },
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
          <EmptyPane hasAppointments={hasAppointments} onCreate={() => show({ kind: 'create' })} />
        )}
      </Suspense>
    </main>
  );
}
