import type { Appointment } from './appointment';

export const appointmentViews = ['today', 'upcoming', 'past'] as const;
export type AppointmentView = (typeof appointmentViews)[number];

/** Where the local calendar day of `now` starts and ends, in epoch milliseconds. */
function dayBounds(now: Date): { today: number; tomorrow: number } {
  return {
    today: new Date(now.getFullYear(), now.getMonth(), now.getDate()).getTime(),
    tomorrow: new Date(now.getFullYear(), now.getMonth(), now.getDate() + 1).getTime(),
  };
}

function viewAt(start: number, bounds: { today: number; tomorrow: number }): AppointmentView {
  if (start < bounds.today) return 'past';
  return start < bounds.tomorrow ? 'today' : 'upcoming';
}

/** Which tab an appointment belongs to, by the local calendar day of its start. */
export function viewOf(appointment: Pick<Appointment, 'start'>, now: Date): AppointmentView {
  return viewAt(Date.parse(appointment.start), dayBounds(now));
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
  const bounds = dayBounds(now);
  const needle = filter.trim().toLocaleLowerCase();
  // Each start is parsed once, not in every comparison: this runs on every keystroke.
  const selected: { start: number; appointment: Appointment }[] = [];
  for (const appointment of all) {
    if (needle && !matchesFilter(appointment, needle)) continue;
    const start = Date.parse(appointment.start);
    const itsView = viewAt(start, bounds);
    counts[itsView]++;
    if (itsView === view) selected.push({ start, appointment });
  }
  const direction = view === 'past' ? -1 : 1;
  selected.sort((a, b) => direction * (a.start - b.start));
  return { appointments: selected.map((entry) => entry.appointment), counts };
}
