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

export function formatStart(appointment: Pick<Appointment, 'start'>, language: string): string {
  return dateTimeFormat(language, {
    weekday: 'short',
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  }).format(new Date(appointment.start));
}

export function formatTimestamp(iso: string, language: string): string {
  return dateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' }).format(
    new Date(iso),
  );
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
