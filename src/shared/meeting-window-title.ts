import { dateLocale, type Language } from './language';

/**
 * What the meeting window says about the running appointment. Its title goes
 * only into the window's title bar, which main sets and the meeting page cannot
 * read: the page runs the Jitsi server's script, and a title may name a client.
 * Start and planned end are no secret (both are in the meeting's spec): the
 * page shows them, so the counsellor sees which of the day's appointments runs.
 */

interface Planned {
  start: string;
  durationMinutes: number;
}

export function plannedEnd({ start, durationMinutes }: Planned): Date {
  return new Date(Date.parse(start) + durationMinutes * 60_000);
}

/** `10:50`, or `24.11., 10:50` / `24/11, 10:50` when the end is not today. */
export function formatPlannedEnd(planned: Planned, language: Language, now: Date): string {
  return formatTime(plannedEnd(planned), language, now);
}

/** The start as `formatPlannedEnd` writes the end. */
export function formatPlannedStart(planned: Planned, language: Language, now: Date): string {
  return formatTime(new Date(Date.parse(planned.start)), language, now);
}

function formatTime(time: Date, language: Language, now: Date): string {
  const today = time.toDateString() === now.toDateString();
  return new Intl.DateTimeFormat(dateLocale(language), {
    ...(today ? {} : { day: '2-digit', month: '2-digit' }),
    hour: '2-digit',
    minute: '2-digit',
  }).format(time);
}

const until: Record<Language, (end: string) => string> = {
  de: (end) => `bis ${end} Uhr`,
  en: (end) => `until ${end}`,
};

/** `Erstgespräch – bis 10:50 Uhr – Sprechstunde`: the title bar of a consultation's window. */
export function meetingWindowTitle(
  appointment: Planned & { title: string },
  language: Language,
  now: Date,
): string {
  const end = formatPlannedEnd(appointment, language, now);
  return `${appointment.title} – ${until[language](end)} – Sprechstunde`;
}
