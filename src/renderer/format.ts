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

const monthNames: Record<string, readonly string[]> = {
  en: ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'],
  de: ['jan', 'feb', 'mär', 'apr', 'mai', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dez'],
};

/**
 * The date field in the app's language, not the system's (a native date input
 * follows the operating system and ignores `lang`): "19.05.2027" or "19 May 2027".
 */
export function formatDateInput(isoDate: string, language: string): string {
  const [year, month, day] = isoDate.split('-').map(Number) as [number, number, number];
  if (language === 'de')
    return `${String(day).padStart(2, '0')}.${String(month).padStart(2, '0')}.${year}`;
  const name = dateTimeFormat(language, { month: 'short' }).format(new Date(year, month - 1, day));
  return `${day} ${name.replace('.', '')} ${year}`;
}

/**
 * A typed date as `YYYY-MM-DD`, or '' when it is none. Day first, as both
 * languages write it: "19.5.2027", "19/05/2027", "19 May 2027", "19. Mai 2027";
 * also `2027-05-19`.
 */
export function parseDateInput(text: string, language: string): string {
  const typed = text.trim().toLocaleLowerCase();
  const pad = (n: number) => String(n).padStart(2, '0');
  let day: number, month: number, year: number;
  let match = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(typed);
  if (match) {
    [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  } else if ((match = /^(\d{1,2})[./](\d{1,2})[./](\d{4})$/.exec(typed))) {
    [day, month, year] = [Number(match[1]), Number(match[2]), Number(match[3])];
  } else if ((match = /^(\d{1,2})\.? ?([\p{L}]+)\.? (\d{4})$/u.exec(typed))) {
    const names = [...(monthNames[language] ?? []), ...monthNames.en!, ...monthNames.de!];
    const index = names.findIndex((name) => match![2]!.startsWith(name));
    if (index === -1) return '';
    [day, month, year] = [Number(match[1]), (index % 12) + 1, Number(match[3])];
  } else {
    return '';
  }
  const date = new Date(year, month - 1, day);
  // 31.02. rolls over to March in Date: a day that does not exist is refused.
  if (date.getFullYear() !== year || date.getMonth() !== month - 1 || date.getDate() !== day) {
    return '';
  }
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** A typed time of day as `HH:MM` (24 hours; "9:30", "9.30", "09:30"), or ''. */
export function parseTimeInput(text: string): string {
  const match = /^(\d{1,2})[:.](\d{2})$/.exec(text.trim());
  if (!match) return '';
  const [hours, minutes] = [Number(match[1]), Number(match[2])];
  if (hours > 23 || minutes > 59) return '';
  return `${String(hours).padStart(2, '0')}:${match[2]}`;
}
