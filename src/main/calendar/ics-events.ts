import ICAL from 'ical.js';
import type { AppointmentSource } from '../../shared/appointment-source';
import {
  MAX_ICS_EVENTS,
  MAX_IMPORT_OCCURRENCES,
  type IcsError,
} from '../../shared/calendar-import';
import { ianaZoneOf, instantOf } from './time-zones';

/** One event, or one occurrence of a recurring one, as the calendar has it. */
export interface Occurrence {
  source: AppointmentSource;
  title: string;
  /** Epoch ms; for an all-day event, midnight UTC of its date (never shown as a time). */
  start: number;
  end: number;
  allDay: boolean;
  cancelled: boolean;
  description: string;
}

export type ReadEvents = { ok: true; occurrences: Occurrence[] } | { ok: false; error: IcsError };

export interface ReadOptions {
  /** Occurrences of recurring events are expanded within [start, end). */
  window: { start: number; end: number };
  /** The zone floating times (no TZID, no Z) are read in: the counsellor's own. */
  timeZone: string;
}

/** Steps through recurrence rules one file may take: a daily rule from 1990 costs ~13,000. */
const MAX_RECURRENCE_STEPS = 1_000_000;

class Refused extends Error {
  constructor(readonly error: IcsError) {
    super(error.code);
  }
}

/** A property line (`NAME;PARAM=…:value`) or a continuation (leading space or tab). */
const contentLine = /^(?:[ \t]|[A-Za-z0-9-]+[;:])/;

/**
 * The events of an iCalendar text (RFC 5545), recurring ones expanded within
 * the window. A problem with the file as a whole refuses all of it.
 */
export function readEvents(text: string, options: ReadOptions): ReadEvents {
  const body = text.replace(/^\uFEFF/, '').trim();
  if (!/^BEGIN:VCALENDAR\r?\n/i.test(body) || !/\r?\nEND:VCALENDAR$/i.test(body)) {
    return refused('not-ics');
  }
  let events = 0;
  for (const line of body.split(/\r?\n/)) {
    if (line === '') continue;
    if (!contentLine.test(line)) return refused('broken-folding');
    if (/^BEGIN:VEVENT$/i.test(line) && ++events > MAX_ICS_EVENTS) {
      return refused('too-many-events');
    }
  }
  let roots: ICAL.Component[];
  try {
    const parsed = ICAL.parse(body) as unknown[];
    roots = (Array.isArray(parsed[0]) ? parsed : [parsed]).map(
      (jcal) => new ICAL.Component(jcal as unknown[]),
    );
  } catch {
    return refused('malformed');
  }
  try {
    return { ok: true, occurrences: roots.flatMap((root) => occurrencesOf(root, options)) };
  } catch (error) {
    if (error instanceof Refused) return { ok: false, error: error.error };
    // ical.js throws on values it cannot read (a date of "tomorrow", a broken RRULE).
    return refused('malformed');
  }
}

function refused(code: IcsError['code']): ReadEvents {
  return { ok: false, error: { code } };
}

function occurrencesOf(root: ICAL.Component, options: ReadOptions): Occurrence[] {
  const components = root.getAllSubcomponents('vevent');
  for (const component of components) checkEvent(root, component);
  const masters = new Map<string, ICAL.Event>();
  const exceptions: ICAL.Component[] = [];
  const duplicates: ICAL.Component[] = [];
  for (const component of components) {
    if (component.hasProperty('recurrence-id')) exceptions.push(component);
    else {
      const uid = uidOf(component);
      if (masters.has(uid)) duplicates.push(component);
      // Exceptions given (none yet): without them ical.js scans every VEVENT for each event.
      else masters.set(uid, new ICAL.Event(component, { exceptions: [] }));
    }
  }
  // An override whose series is not in the file stands on its own.
  const orphans: ICAL.Component[] = [];
  for (const exception of exceptions) {
    const master = masters.get(uidOf(exception));
    if (master?.isRecurring()) master.relateException(exception);
    else orphans.push(exception);
  }

  const reader = new TimeReader(options.timeZone);
  const result: Occurrence[] = [];
  let steps = 0;
  for (const [uid, event] of masters) {
    if (!event.isRecurring()) {
      result.push(single(event.component, { uid, recurrenceId: null }, reader));
      continue;
    }
    if (event.startDate.isDate) {
      // One row for the series: a recurring all-day event is never a consultation.
      result.push(single(event.component, { uid, recurrenceId: null }, reader));
      continue;
    }
    const masterTzid = tzidOf(event.component, 'dtstart');
    const masterStart = reader.instant(event.startDate, masterTzid);
    const masterLength = endOf(event.component, masterStart, reader) - masterStart;
    const masterCancelled = isCancelled(event.component);
    const masterText = describe(event.component, { uid, recurrenceId: null });
    // Overrides are looked up only where the series has some: the lookup is dear.
    const hasExceptions = Object.keys(event.exceptions).length > 0;
    const iterator = event.iterator();
    for (let next = iterator.next(); next; next = iterator.next()) {
      if (++steps > MAX_RECURRENCE_STEPS) throw new Refused({ code: 'too-many-occurrences' });
      const recurrence = reader.instant(next, masterTzid);
      if (recurrence >= options.window.end) break;
      if (recurrence + masterLength <= options.window.start && !hasExceptions) continue;
      const source = { uid, recurrenceId: new Date(recurrence).toISOString() };
      const item = hasExceptions ? event.getOccurrenceDetails(next).item.component : null;
      let occurrence: Occurrence;
      if (item === null || item === event.component) {
        occurrence = {
          ...masterText,
          source,
          start: recurrence,
          end: recurrence + masterLength,
          allDay: false,
          cancelled: masterCancelled,
        };
      } else {
        occurrence = single(item, source, reader);
        occurrence.cancelled ||= masterCancelled;
      }
      if (occurrence.end <= options.window.start) continue;
      result.push(occurrence);
      if (result.length > MAX_IMPORT_OCCURRENCES) {
        throw new Refused({ code: 'too-many-occurrences' });
      }
    }
  }
  for (const orphan of orphans) {
    const recurrenceId = new Date(
      reader.instant(
        orphan.getFirstPropertyValue('recurrence-id') as ICAL.Time,
        tzidOf(orphan, 'recurrence-id'),
      ),
    ).toISOString();
    result.push(single(orphan, { uid: uidOf(orphan), recurrenceId }, reader));
  }
  for (const duplicate of duplicates) {
    result.push({ ...single(duplicate, { uid: uidOf(duplicate), recurrenceId: null }, reader) });
  }
  return result;
}

/** What refuses the whole file: an event without a start, a zone nobody can name. */
function checkEvent(root: ICAL.Component, component: ICAL.Component) {
  if (!component.hasProperty('dtstart')) throw new Refused({ code: 'event-without-start' });
  for (const name of ['dtstart', 'dtend', 'recurrence-id', 'exdate']) {
    for (const property of component.getAllProperties(name)) {
      const tzid = property.getParameter('tzid');
      if (typeof tzid !== 'string') continue;
      if (root.getTimeZoneByID(tzid) === null && ianaZoneOf(tzid) === null) {
        throw new Refused({ code: 'unknown-time-zone', timeZone: tzid.slice(0, 200) });
      }
    }
  }
}

function single(component: ICAL.Component, source: AppointmentSource, reader: TimeReader) {
  const startTime = component.getFirstPropertyValue('dtstart') as ICAL.Time;
  const start = reader.instant(startTime, tzidOf(component, 'dtstart'));
  return {
    ...describe(component, source),
    start,
    end: endOf(component, start, reader),
    allDay: startTime.isDate,
    cancelled: isCancelled(component),
  };
}

function describe(component: ICAL.Component, source: AppointmentSource) {
  return {
    source,
    title: textOf(component, 'summary'),
    description: textOf(component, 'description'),
  };
}

/** DTEND, else DTSTART + DURATION, else the start itself (RFC 5545 3.6.1). */
function endOf(component: ICAL.Component, start: number, reader: TimeReader): number {
  const end = component.getFirstPropertyValue('dtend');
  if (end instanceof ICAL.Time) return reader.instant(end, tzidOf(component, 'dtend'));
  const duration = component.getFirstPropertyValue('duration');
  if (duration instanceof ICAL.Duration) return start + duration.toSeconds() * 1000;
  return start;
}

function uidOf(component: ICAL.Component): string {
  const uid = component.getFirstPropertyValue('uid');
  // Without a UID, the start stands in: a re-import of the same file still matches.
  if (typeof uid === 'string' && uid.trim() !== '') return uid.trim().slice(0, 1_000);
  return `no-uid:${String(component.getFirstProperty('dtstart')?.toICALString())}`.slice(0, 1_000);
}

function textOf(component: ICAL.Component, name: string): string {
  const value = component.getFirstPropertyValue(name);
  return typeof value === 'string' ? value : '';
}

function tzidOf(component: ICAL.Component, name: string): string | null {
  const tzid = component.getFirstProperty(name)?.getParameter('tzid');
  return typeof tzid === 'string' ? tzid : null;
}

function isCancelled(component: ICAL.Component): boolean {
  const status = component.getFirstPropertyValue('status');
  return typeof status === 'string' && status.trim().toUpperCase() === 'CANCELLED';
}

/** ICAL.Time → epoch ms, by the file's VTIMEZONE, else the zone the TZID names, else floating. */
class TimeReader {
  /** Zone → local day → its offset (s) when the whole day has one; null on a day with a change. */
  private readonly dayOffsets = new Map<ICAL.Timezone, Map<number, number | null>>();

  constructor(private readonly floatingZone: string) {}

  instant(time: ICAL.Time, tzid: string | null): number {
    if (time.isDate) return Date.UTC(time.year, time.month - 1, time.day);
    const zone = time.zone;
    if (zone === ICAL.Timezone.utcTimezone) return time.toUnixTime() * 1000;
    const wall = {
      year: time.year,
      month: time.month,
      day: time.day,
      hour: time.hour,
      minute: time.minute,
      second: time.second,
    };
    // A zone defined by a VTIMEZONE in the file: its own rules, through ical.js.
    if (zone && zone !== ICAL.Timezone.localTimezone) {
      const offset = this.dayOffset(zone, wall);
      if (offset === null) return time.toUnixTime() * 1000;
      const { year, month, day, hour, minute, second } = wall;
      return Date.UTC(year, month - 1, day, hour, minute, second) - offset * 1000;
    }
    const named = tzid === null ? null : ianaZoneOf(tzid);
    return instantOf(wall, named ?? this.floatingZone);
  }

  /** ical.js works out a VTIMEZONE's offset slowly; a file's times fall on few days. */
  private dayOffset(zone: ICAL.Timezone, wall: { year: number; month: number; day: number }) {
    let days = this.dayOffsets.get(zone);
    if (!days) {
      days = new Map<number, number | null>();
      this.dayOffsets.set(zone, days);
    }
    const key = Date.UTC(wall.year, wall.month - 1, wall.day);
    let offset = days.get(key);
    if (offset === undefined) {
      const at = (hour: number, minute: number) =>
        zone.utcOffset(new ICAL.Time({ ...wall, hour, minute, second: 0, isDate: false }, zone));
      const first = at(0, 0);
      offset = first === at(23, 59) ? first : null;
      days.set(key, offset);
    }
    return offset;
  }
}
