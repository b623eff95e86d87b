import type { Appointment } from '../shared/appointment';
import { dateLocale } from '../shared/language';

const formats = new Map<string, Intl.DateTimeFormat>();

function dateTimeFormat(language: string, options: Intl.DateTimeFormatOptions) {
  const key = language + JSON.stringify(options);
  let format = formats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(dateLocale(language), options);
    formats.set(key, format);
  }
  return format;
}

/**
 * One date format per language, used everywhere: German numeric ("Mi., 19.05.2027"),
 * English with the month's name ("Wed 19 May 2027"), which no reader takes for 5 November.
 */
const dateOptions: Record<string, Intl.DateTimeFormatOptions> = {
  de: { weekday: 'short', day: '2-digit', month: '2-digit', year: 'numeric' },
  en: { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' },
};
const timeOptions: Intl.DateTimeFormatOptions = { hour: '2-digit', minute: '2-digit' };

export function formatDate(date: Date, language: string): string {
  const options = dateOptions[language] ?? dateOptions.en!;
  // en-GB puts a comma after the weekday ("Wed, 19 May"); the app writes it without.
  return dateTimeFormat(language, options)
    .format(date)
    .replace(/^(\p{L}+),(?= \d)/u, '$1');
}

export function formatTime(date: Date, language: string): string {
  return dateTimeFormat(language, timeOptions).format(date);
}

/** "10:30–11:15": start and planned end of an appointment. */
export function formatTimeRange(
  appointment: Pick<Appointment, 'start' | 'durationMinutes'>,
  language: string,
): string {
  const start = new Date(appointment.start);
  const end = new Date(start.getTime() + appointment.durationMinutes * 60_000);
  return `${formatTime(start, language)}–${formatTime(end, language)}`;
}

/** The date, then start and end: "Mi., 19.05.2027, 09:45–10:35". */
export function formatWhen(
  appointment: Pick<Appointment, 'start' | 'durationMinutes'>,
  language: string,
): string {
  return `${formatDate(new Date(appointment.start), language)}, ${formatTimeRange(appointment, language)}`;
}

/** A date with its time (a change, an expiry), in the same date format. */
export function formatTimestamp(iso: string, language: string): string {
  const date = new Date(iso);
  return `${formatDate(date, language)}, ${formatTime(date, language)}`;
}

/** `YYYY-MM-DD` and `HH:MM` in local time, as date and time inputs want them. */
export function toLocalInputs(iso: string): { date: string; time: string } {
  const d = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, '0');
  return {
    date: `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`,
    time: `${pad(d.getHours())}:${pad(d.getMinutes())}`,
  };
}

/** Local date and time inputs to an ISO instant; '' when they do not form one. */
export function fromLocalInputs(date: string, time: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || !/^\d{2}:\d{2}$/.test(time)) return '';
  const value = new Date(`${date}T${time}`);
  if (Number.isNaN(value.getTime())) return '';
  // Date rolls 30 February over to March; a date that does not exist is refused.
  const back = toLocalInputs(value.toISOString());
  return back.date === date && back.time === time ? value.toISOString() : '';
}
