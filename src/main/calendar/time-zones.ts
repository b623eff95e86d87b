import { findIana } from 'windows-iana';

/** A calendar's local wall time: what DTSTART says before a zone is applied. */
export interface WallTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

const DAY_MS = 86_400_000;

const formatters = new Map<string, Intl.DateTimeFormat | null>();

/** A formatter that reads an instant as wall time in `zone`; null when Intl knows no such zone. */
function formatterFor(zone: string): Intl.DateTimeFormat | null {
  let formatter = formatters.get(zone);
  if (formatter === undefined) {
    try {
      formatter = new Intl.DateTimeFormat('en-US', {
        timeZone: zone,
        hourCycle: 'h23',
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
        hour: 'numeric',
        minute: 'numeric',
        second: 'numeric',
      });
    } catch {
      formatter = null;
    }
    formatters.set(zone, formatter);
  }
  return formatter;
}

/**
 * The IANA zone a TZID names: an IANA name as it is, or a Windows name
 * (Outlook's "W. Europe Standard Time") through CLDR's windowsZones.xml as the
 * windows-iana package carries it, the "001" (main) territory's zone. Null
 * for anything else.
 */
export function ianaZoneOf(tzid: string): string | null {
  const name = tzid.trim();
  // Some exporters quote the value, or prefix a private path ("/mozilla.org/…/Europe/Berlin").
  const unquoted = name.replace(/^"(.*)"$/, '$1');
  if (unquoted.includes('/') || unquoted === 'UTC') {
    if (formatterFor(unquoted)) return unquoted;
    const tail = /([A-Za-z_]+\/[A-Za-z_+-]+(?:\/[A-Za-z_+-]+)?)$/.exec(unquoted)?.[1];
    if (tail && formatterFor(tail)) return tail;
  }
  const windows = findIana(unquoted)[0];
  if (windows && formatterFor(windows)) return windows;
  return null;
}

/** Zone → UTC day → the offset that holds the whole day, or null on a day with a change. */
const dayOffsets = new Map<string, Map<number, number | null>>();

/**
 * The zone's offset at an instant. Intl is slow (formatToParts), and a file's
 * thousands of times fall on few days: a day without a change is asked once.
 */
function offsetMs(instant: number, zone: string): number {
  let days = dayOffsets.get(zone);
  if (!days) {
    days = new Map<number, number | null>();
    dayOffsets.set(zone, days);
  }
  const day = Math.floor(instant / DAY_MS);
  let offset = days.get(day);
  if (offset === undefined) {
    const first = intlOffsetMs(day * DAY_MS, zone);
    offset = first === intlOffsetMs((day + 1) * DAY_MS - 1000, zone) ? first : null;
    days.set(day, offset);
  }
  return offset ?? intlOffsetMs(instant, zone);
}

function intlOffsetMs(instant: number, zone: string): number {
  const formatter = formatterFor(zone)!;
  const parts = { year: 0, month: 1, day: 1, hour: 0, minute: 0, second: 0 };
  for (const part of formatter.formatToParts(instant)) {
    if (part.type in parts) parts[part.type as keyof typeof parts] = Number(part.value);
  }
  const asUtc = Date.UTC(
    parts.year,
    parts.month - 1,
    parts.day,
    parts.hour,
    parts.minute,
    parts.second,
  );
  return asUtc - Math.floor(instant / 1000) * 1000;
}

/**
 * The instant a wall time in `zone` stands for. A time that exists twice (the
 * autumn change) is the first; one that does not exist (skipped in spring)
 * takes the offset before the gap, so it moves forward by it: RFC 5545 3.3.5.
 */
export function instantOf(wall: WallTime, zone: string): number {
  const guess = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second);
  const before = offsetMs(guess - DAY_MS, zone);
  const after = offsetMs(guess + DAY_MS, zone);
  const fitting = [before, after].filter((offset) => offsetMs(guess - offset, zone) === offset);
  return guess - (fitting.length > 0 ? Math.max(...fitting) : before);
}
