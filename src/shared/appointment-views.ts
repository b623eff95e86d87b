import type { z } from 'zod';
import type { Appointment } from './appointment';
import type { appointmentPageSchema, appointmentQuerySchema } from './ipc-contract';

// The types come from the contract's schemas, imported as types only: the first
// screen, which shows the list, loads no zod.

export const appointmentViews = ['today', 'upcoming', 'past'] as const;

/** Rows the list asks main for at a time. */
export const LIST_PAGE_SIZE = 100;
export type AppointmentView = (typeof appointmentViews)[number];

export type AppointmentQuery = z.output<typeof appointmentQuerySchema>;
/** The counsellor's local day, as epoch milliseconds [start, end). */
export type DayBounds = AppointmentQuery['day'];
export type AppointmentPage = z.output<typeof appointmentPageSchema>;
/** What a list row shows: no notes, no room. The full appointment travels only when opened. */
export type AppointmentSummary = AppointmentPage['rows'][number];

export function localDay(now: Date): DayBounds {
  return {
    start: new Date(now.getFullYear(), now.getMonth(), now.getDate()).getTime(),
    end: new Date(now.getFullYear(), now.getMonth(), now.getDate() + 1).getTime(),
  };
}

function viewAt(start: number, day: DayBounds): AppointmentView {
  if (start < day.start) return 'past';
  return start < day.end ? 'today' : 'upcoming';
}

/** Which tab an appointment belongs to, by the local calendar day of its start. */
export function viewOf(appointment: Pick<Appointment, 'start'>, day: DayBounds): AppointmentView {
  return viewAt(Date.parse(appointment.start), day);
}

/** Case-insensitive match on title and client label; `needle` is already lower case. */
function matches(appointment: Appointment, needle: string): boolean {
  return (
    appointment.title.toLocaleLowerCase().includes(needle) ||
    appointment.clientLabel.toLocaleLowerCase().includes(needle)
  );
}

/**
 * One window of a tab's appointments that match the filter: today and upcoming
 * in time order, past with the most recent first. Counts are per tab, filtered.
 */
export function queryAppointments(
  all: readonly Appointment[],
  query: AppointmentQuery,
): AppointmentPage {
  const counts: Record<AppointmentView, number> = { today: 0, upcoming: 0, past: 0 };
  const needle = query.filter.trim().toLocaleLowerCase();
  // Each start is parsed once, not in every comparison.
  const selected: { start: number; appointment: Appointment }[] = [];
  for (const appointment of all) {
    if (needle && !matches(appointment, needle)) continue;
    const start = Date.parse(appointment.start);
    const view = viewAt(start, query.day);
    counts[view]++;
    if (view === query.view) selected.push({ start, appointment });
  }
  const direction = query.view === 'past' ? -1 : 1;
  selected.sort((a, b) => direction * (a.start - b.start));
  const rows = selected
    .slice(query.offset, query.offset + query.limit)
    .map(({ appointment: { id, title, clientLabel, start, durationMinutes, status } }) => ({
      id,
      title,
      clientLabel,
      start,
      durationMinutes,
      status,
    }));
  const page = { counts, total: selected.length, offset: query.offset, rows };
  if (query.find === undefined) return page;
  const found = selected.findIndex(({ appointment }) => appointment.id === query.find);
  return { ...page, found: found === -1 ? null : found };
}
