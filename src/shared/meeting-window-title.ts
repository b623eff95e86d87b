import { dateLocale, type Language } from './language';

/**
 * What the meeting window says about the running appointment. Its title goes
 * only into the window's title bar, which main sets and the meeting page cannot
 * read: the page runs the Jitsi server's script, and a title may name a client.
 * The planned end is no secret (start and duration are in the meeting's spec).
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
  const end = plannedEnd(planned);
  const today = end.toDateString() === now.toDateString();
  return new Intl.DateTimeFormat(dateLocale(language), {
    ...(today ? {} : { day: '2-digit', month: '2-digit' }),
    hour: '2-digit',
    minute: '2-digit',
  }).format(end);
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
