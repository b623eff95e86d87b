import { useCallback, useState } from 'react';
import type { Appointment, AppointmentDraft, AppointmentStatus } from '../shared/appointment';
import type { SettingsView, StartupNotice, StoreState } from '../shared/ipc-contract';
import type { FieldIssue } from '../shared/result';
import type { SettingsChange } from '../shared/settings';
import { api } from './api';
import { switchLanguage } from './i18n';
import { useMainCall } from './use-main-call';

/** What the detail pane shows. */
export type Pane =
  | { kind: 'none' }
  | { kind: 'details'; appointment: Appointment }
  | { kind: 'edit'; appointment: Appointment }
  | { kind: 'create' }
  | { kind: 'settings' }
  | { kind: 'setup' }
  /** First start, after the server: the counsellor's token, or later. */
  | { kind: 'token-setup' };

export interface ActionsStart {
  settings: SettingsView;
  notices: StartupNotice[];
  store: StoreState;
}

/**
 * What the counsellor does to appointments, the store and the settings, and
 * what each answer changes on screen: the open pane, the list, the notices.
 */
export function useAppointmentActions(initial: ActionsStart) {
  const { call, ask, message, dismiss } = useMainCall();
  const [settings, setSettings] = useState(initial.settings);
  const [notices, setNotices] = useState(initial.notices);
  const [store, setStore] = useState(initial.store);
  const [version, setVersion] = useState(0);
  /** Fetches the shown rows again: after a change, or when they may be stale. */
  const refreshList = () => setVersion((v) => v + 1);
  // First start without a server: ask for it before anything else (unless policy sets it).
  const [pane, setPane] = useState<Pane>(
    initial.settings.settings.serverUrl === null &&
      !initial.settings.managed.locked.some((lock) => lock.setting === 'serverUrl')
      ? { kind: 'setup' }
      : { kind: 'none' },
  );
  /** Bumped when the pane that is shown next should take the focus (its heading). */
  const [focusRequest, setFocusRequest] = useState(0);
  /** The appointment last saved or changed: the list shows its tab and selects it. */
  const [revealed, setRevealed] = useState<{ appointment: Appointment; at: number } | null>(null);

  /**
   * Shows a pane. After an action whose button goes away (save, delete, Escape)
   * `focus` moves the focus to the new pane, so it is never left on <body>.
   */
  const show = useCallback((next: Pane, { focus = false } = {}) => {
    setPane(next);
    if (focus) setFocusRequest((n) => n + 1);
  }, []);

  const changed = (appointment: Appointment, { focus = true } = {}) => {
    refreshList();
    show({ kind: 'details', appointment }, { focus });
    setRevealed((old) => ({ appointment, at: (old?.at ?? 0) + 1 }));
  };

  const open = async (id: string) => {
    const outcome = await call(api().appointments.get({ id }));
    // Side by side, the focus stays in the list for the next row; stacked (narrow
    // or zoomed), the details are below the list, out of sight: the focus goes there.
    if (outcome.ok) show({ kind: 'details', appointment: outcome.value }, { focus: stacked() });
    else refreshList(); // it may be gone: show the list as it is now
  };

  /** Null once saved; otherwise what the form shows at its fields (none for a refusal). */
  const save = async (draft: AppointmentDraft): Promise<FieldIssue[] | null> => {
    const outcome = await call(
      pane.kind === 'edit'
        ? api().appointments.update({ id: pane.appointment.id, draft })
        : api().appointments.create(draft),
    );
    if (!outcome.ok) return outcome.issues;
    changed(outcome.value);
    return null;
  };

  const setStatus = async (id: string, status: AppointmentStatus) => {
    const outcome = await call(api().appointments.setStatus({ id, status }));
    // The button pressed stays (Cancel becomes Reinstate in its place): focus stays on it.
    if (outcome.ok) changed(outcome.value, { focus: false });
  };

  const remove = async (id: string) => {
    const outcome = await call(api().appointments.delete({ id }));
    if (outcome.ok) {
      refreshList();
      show({ kind: 'none' }, { focus: true });
    }
  };

  /** Starts empty (key missing) or tries again (keychain unreachable); true once open. */
  const unlock = async () => {
    const outcome = await call(
      store.status === 'locked' && store.reason !== 'keychain-unavailable'
        ? api().store.startEmpty()
        : api().store.retry(),
    );
    if (!outcome.ok) return false;
    setStore(outcome.value.store);
    setNotices((old) => [...old, ...outcome.value.notices]);
    refreshList();
    return outcome.value.store.status === 'open';
  };

  /** A view main sent (policy may have changed under it): shown if anything differs. */
  const applySettings = useCallback((view: SettingsView) => {
    // Each answer is a new object: compared by content, so an unchanged view renders nothing.
    setSettings((old) => (JSON.stringify(old) === JSON.stringify(view) ? old : view));
    if (document.documentElement.lang !== view.language) void switchLanguage(view.language);
  }, []);

  const saveSettings = async (change: SettingsChange): Promise<FieldIssue[] | null> => {
    const outcome = await call(api().settings.update(change));
    if (!outcome.ok) {
      // Policy locked a field since the form was shown: show it as it is now.
      if (outcome.issues.some((issue) => issue.message === 'validation.setting.locked')) {
        const again = await ask(api().settings.view());
        if (again?.ok) applySettings(again.value);
      }
      return outcome.issues;
    }
    setSettings(outcome.value);
    refreshList(); // a shorter retention may have deleted appointments
    await switchLanguage(outcome.value.language);
    return null;
  };

  return {
    pane,
    show,
    focusRequest,
    revealed,
    /** Bumped after every change, so the list fetches its rows again. */
    version,
    settings,
    applySettings,
    store,
    notices,
    dismissNotice: (index: number) => setNotices((n) => n.filter((_, j) => j !== index)),
    /** The last refusal, translated; the form's field issues are not here. */
    error: message,
    dismissError: dismiss,
    changed,
    open,
    save,
    setStatus,
    remove,
    unlock,
    saveSettings,
  };
}

export type AppointmentActions = ReturnType<typeof useAppointmentActions>;

/** Whether the list stacks above the details (styles.css: `@media (max-width: 48rem)`). */
function stacked(): boolean {
  return window.matchMedia('(max-width: 48rem)').matches;
}
