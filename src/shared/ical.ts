import ICAL from 'ical.js';
import { appointmentEnd, type Appointment } from './appointment';
import type { Language } from './language';

const summaries: Record<Language, string> = {
  de: 'Videoberatung',
  en: 'Video consultation',
};

/**
 * The appointment as an iCalendar file for the client's calendar: time, a
 * neutral title, the link as location and URL, the invitation text. No client
 * label, title, notes or password: a calendar syncs to places we do not know.
 */
export function appointmentIcs(
  appointment: Pick<Appointment, 'id' | 'start' | 'durationMinutes'>,
  options: { link: string; description: string; language: Language; now: Date },
): string {
  const calendar = new ICAL.Component(['vcalendar', [], []]);
  calendar.updatePropertyWithValue('prodid', '-//Sprechstunde//Sprechstunde//DE');
  calendar.updatePropertyWithValue('version', '2.0');
  calendar.updatePropertyWithValue('calscale', 'GREGORIAN');
  calendar.updatePropertyWithValue('method', 'PUBLISH');

  const event = new ICAL.Component('vevent');
  const utc = (date: Date) => ICAL.Time.fromJSDate(date, true);
  event.updatePropertyWithValue('uid', `${appointment.id}@sprechstunde`);
  event.updatePropertyWithValue('dtstamp', utc(options.now));
  event.updatePropertyWithValue('dtstart', utc(new Date(appointment.start)));
  event.updatePropertyWithValue('dtend', utc(appointmentEnd(appointment)));
  event.updatePropertyWithValue('summary', summaries[options.language]);
  event.updatePropertyWithValue('location', options.link);
  event.updatePropertyWithValue('url', options.link);
  event.updatePropertyWithValue('description', options.description);
  event.updatePropertyWithValue('status', 'CONFIRMED');
  event.updatePropertyWithValue('transp', 'OPAQUE');
  calendar.addSubcomponent(event);
  return foldOctets(calendar.toString());
}

const MAX_LINE_OCTETS = 75;

/**
 * RFC 5545 folds lines at 75 octets; ical.js counts UTF-16 units, so a German
 * text with umlauts comes out a few octets too long. Unfold, then fold again
 * by UTF-8 octets without splitting a character.
 */
function foldOctets(text: string): string {
  const encoder = new TextEncoder();
  return text
    .replace(/\r\n[ \t]/g, '')
    .split('\r\n')
    .map((line) => {
      const parts: string[] = [];
      let current = '';
      let octets = 0;
      // Continuation lines start with a space, which counts.
      for (const character of line) {
        const size = encoder.encode(character).length;
        const limit = parts.length === 0 ? MAX_LINE_OCTETS : MAX_LINE_OCTETS - 1;
        if (octets + size > limit) {
          parts.push(current);
          current = '';
          octets = 0;
        }
        current += character;
        octets += size;
      }
      parts.push(current);
      return parts.join('\r\n ');
    })
    .join('\r\n');
}

/** `Termin-2026-11-24-1000`, in local time: the date and time, nothing about the client. */
export function icsFileName(start: string): string {
  const date = new Date(start);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `Termin-${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}-${pad(date.getHours())}${pad(date.getMinutes())}.ics`;
}
