import { useCallback, useId, useMemo, useState } from 'react';
import { useTranslation } from '../i18n/react';
import type { Appointment } from '../../shared/appointment';
import {
  appointmentViews,
  localDay,
  viewOf,
  type AppointmentPage,
  type AppointmentView,
} from '../../shared/appointment-views';
import { useAppointmentPages } from '../use-appointment-pages';
import { usePolling } from '../use-polling';
import { AppointmentList } from './AppointmentList';
import { CalendarFileButton } from './CalendarImport';

/**
 * The tab, the filter and the rows the list pane shows. Kept by the app, not by
 * the pane: while the store is locked the pane is gone, and the rows still follow.
 */
export function useAppointmentList(version: number, firstPage: AppointmentPage) {
  const [view, setView] = useState<AppointmentView>('today');
  const [filter, setFilter] = useState('');
  const day = useLocalDay();
  const pages = useAppointmentPages({ view, filter, day, version }, firstPage);
  /** The appointment the list should bring into view and mark (after a save). */
  const [revealing, setRevealing] = useState<{ id: string; at: number } | null>(null);
  const reveal = useCallback(
    (appointment: Pick<Appointment, 'id' | 'start' | 'title' | 'clientLabel'>) => {
      setView(viewOf(appointment, day));
      // A filter that hides the saved appointment would hide it: it goes.
      setFilter((old) => {
        const needle = old.trim().toLocaleLowerCase();
        const shown = [appointment.title, appointment.clientLabel].some((text) =>
          text.toLocaleLowerCase().includes(needle),
        );
        return shown ? old : '';
      });
      setRevealing((old) => ({ id: appointment.id, at: (old?.at ?? 0) + 1 }));
    },
    [day],
  );
  return { view, setView, filter, setFilter, pages, reveal, revealing };
}

export type AppointmentListState = ReturnType<typeof useAppointmentList>;

/** The sidebar: a new appointment, the calendar import, the filter, the tabs with their counts, and the list. */
export function AppointmentListPane({
  list: { view, setView, filter, setFilter, pages, revealing },
  selectedId,
  onOpen,
  onCreate,
  onCalendarFiles,
}: {
  list: AppointmentListState;
  selectedId: string | null;
  onOpen: (id: string) => void;
  onCreate: () => void;
  /** The files chosen in "Import from calendar file…". */
  onCalendarFiles: (files: File[]) => void;
}) {
  const { t } = useTranslation();
  const filterId = useId();
  return (
    <nav className="sidebar" aria-label={t('list.label')}>
      <button type="button" className="primary" onClick={onCreate}>
        {t('nav.newAppointment')}
      </button>
      <CalendarFileButton onFiles={onCalendarFiles} />
      <label className="visually-hidden" htmlFor={filterId}>
        {t('list.filter')}
      </label>
      <input
        id={filterId}
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
        selectedId={selectedId}
        revealing={revealing}
        today={view === 'today'}
        onOpen={onOpen}
        emptyText={t(filter.trim() ? 'list.noMatch' : 'list.empty')}
      />
    </nav>
  );
}

/** Today's local bounds; a new object only when the date changes (checked each minute). */
function useLocalDay() {
  const [today, setToday] = useState(() => new Date().toDateString());
  usePolling(
    useCallback(() => setToday(new Date().toDateString()), []),
    60_000,
  );
  return useMemo(() => localDay(new Date(today)), [today]);
}
