import type { Appointment } from './appointment';

export const appointmentViews = ['today', 'upcoming', 'past'] as const;
export type AppointmentView = (typeof appointmentViews)[number];

/** Which tab an appointment belongs to, by the local calendar day of its start. */
export function viewOf(appointment: Pick<Appointment, 'start'>, now: Date): AppointmentView {
  const start = Date.parse(appointment.start);
  const today = new Date(now.getFullYear(), now.getMonth(), now.getDate()).getTime();
  const tomorrow = new Date(now.getFullYear(), now.getMonth(), now.getDate() + 1).getTime();
  if (start < today) return 'past';
  return start < tomorrow ? 'today' : 'upcoming';
}

export function matchesFilter(
  appointment: Pick<Appointment, 'title' | 'clientLabel'>,
  filter: string,
): boolean {
  const needle = filter.trim().toLocaleLowerCase();
  if (needle === '') return true;
  return (
    appointment.title.toLocaleLowerCase().includes(needle) ||
    appointment.clientLabel.toLocaleLowerCase().includes(needle)
  );
}

export interface ViewSelection {
  appointments: Appointment[];
  counts: Record<AppointmentView, number>;
}

/**
 * The appointments of one tab that match the filter: today and upcoming in
 * time order, past with the most recent first. Counts are per tab, filtered.
 */
export function selectAppointments(
  all: readonly Appointment[],
  view: AppointmentView,
  filter: string,
  now: Date,
): ViewSelection {
  const counts: Record<AppointmentView, number> = { today: 0, upcoming: 0, past: 0 };
  const selected: Appointment[] = [];
  for (const appointment of all) {
    if (!matchesFilter(appointment, filter)) continue;
    const itsView = viewOf(appointment, now);
    counts[itsView]++;
    if (itsView === view) selected.push(appointment);
  }
  const direction = view === 'past' ? -1 : 1;
  selected.sort((a, b) => direction * (Date.parse(a.start) - Date.parse(b.start)));
  return { appointments: selected, counts };
}
