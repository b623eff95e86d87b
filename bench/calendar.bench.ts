import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import ICAL from 'ical.js';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openAppointmentStore } from '../src/main/appointments/appointment-store';
import { applyImport, previewImport } from '../src/main/calendar/ics-import';
import { createCredentials } from '../src/main/credentials/credentials';
import { memoryKeychain } from '../test/fixtures/memory-keychain';
import { median, ms, type Row } from './stats';

const EVENTS = 5_000;
const RUNS = 11;
const quiet = { info() {}, warn() {}, error() {} };
const now = new Date('2027-01-11T06:00:00Z');

/**
 * An Outlook export at the import's limit: 5,000 events in "W. Europe
 * Standard Time" with its VTIMEZONE, each with the description, location,
 * organizer and attendee Outlook writes, spread over the next 8 weeks (so all
 * of them are added). Made here rather than committed: about 3 MB.
 */
export function bigOutlookExport(count = EVENTS): Buffer {
  const zone = 'W. Europe Standard Time';
  const lines = [
    'BEGIN:VCALENDAR',
    'PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN',
    'VERSION:2.0',
    'METHOD:PUBLISH',
    'BEGIN:VTIMEZONE',
    `TZID:${zone}`,
    'BEGIN:STANDARD',
    'DTSTART:16011028T030000',
    'RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10',
    'TZOFFSETFROM:+0200',
    'TZOFFSETTO:+0100',
    'END:STANDARD',
    'BEGIN:DAYLIGHT',
    'DTSTART:16010325T020000',
    'RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3',
    'TZOFFSETFROM:+0100',
    'TZOFFSETTO:+0200',
    'END:DAYLIGHT',
    'END:VTIMEZONE',
  ];
  const pad = (n: number) => String(n).padStart(2, '0');
  for (let index = 0; index < count; index++) {
    // Working days 8:00–17:00 over 8 weeks, several counsellors' worth.
    const day = new Date(Date.UTC(2027, 0, 12 + (index % 54)));
    const hour = 8 + (index % 9);
    const date = `${day.getUTCFullYear()}${pad(day.getUTCMonth() + 1)}${pad(day.getUTCDate())}`;
    lines.push(
      'BEGIN:VEVENT',
      `ATTENDEE;CN=Klient ${index};RSVP=TRUE:mailto:klient${index}@example.org`,
      'CLASS:PRIVATE',
      'CREATED:20261201T101500Z',
      `DESCRIPTION:Vorgespräch ${index}\\, Unterlagen zur Mietschuld\\, Rückruf vereinbart.\\n`,
      `DTEND;TZID="${zone}":${date}T${pad(hour)}5000`,
      'DTSTAMP:20270105T081244Z',
      `DTSTART;TZID="${zone}":${date}T${pad(hour)}0000`,
      'LAST-MODIFIED:20261201T101500Z',
      'LOCATION:Beratungsraum 2',
      'ORGANIZER;CN=Beratungsstelle:mailto:beratung@example.org',
      'SEQUENCE:0',
      `SUMMARY;LANGUAGE=de:Beratung ${index}`,
      'TRANSP:OPAQUE',
      `UID:040000008200E00074C5B7101A82E008000000000${String(index).padStart(8, '0')}`,
      'X-MICROSOFT-CDO-BUSYSTATUS:BUSY',
      'X-MS-OLK-CONFTYPE:0',
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR', '');
  return Buffer.from(lines.join('\r\n'));
}

/** Parse and preview of a 5,000-event file, and the one atomic store write of all of them. */
export async function benchCalendar(): Promise<Row[]> {
  const file = bigOutlookExport();
  const options = { now, existing: [], timeZone: 'Europe/Berlin' };
  const check = previewImport(file, options);
  if (check.reply.status !== 'preview' || check.reply.add.length !== EVENTS) {
    throw new Error('the bench calendar should add every event');
  }
  const previewTimes: number[] = [];
  const parseTimes: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    let start = performance.now();
    previewImport(file, options);
    previewTimes.push(performance.now() - start);
    // The floor: ical.js's own parse of the text, which every import pays.
    start = performance.now();
    ICAL.parse(file.toString('utf8'));
    parseTimes.push(performance.now() - start);
  }

  const directory = await mkdtemp(join(tmpdir(), 'sprechstunde-bench-calendar-'));
  try {
    const credentials = createCredentials(memoryKeychain(), quiet);
    const writeTimes: number[] = [];
    for (let run = -1; run < RUNS; run++) {
      // Each write goes to an empty store: a second import of the same file writes nothing.
      const folder = join(directory, String(run + 1));
      await mkdir(folder);
      const { store } = await openAppointmentStore({ directory: folder, credentials, log: quiet });
      const start = performance.now();
      const counts = await applyImport(store, check, 'password');
      if (run >= 0) writeTimes.push(performance.now() - start);
      if (counts.added !== EVENTS) throw new Error('the import should add every event');
    }
    const previewMs = median(previewTimes);
    const parseMs = median(parseTimes);
    const writeMs = median(writeTimes);
    return [
      {
        measure: `calendar: read and preview a ${(file.length / 2 ** 20).toFixed(1)} MB Outlook export of ${EVENTS.toLocaleString('en')} events (median of ${RUNS})`,
        result: ms(previewMs),
        goal: '≤ 1,000 ms',
        met: previewMs <= 1_000,
      },
      {
        measure: 'calendar: ical.js parse of the same text alone (the floor)',
        result: `${ms(parseMs)} (preview ${(previewMs / parseMs).toFixed(1)}×)`,
        goal: 'baseline',
        met: true,
      },
      {
        measure: `calendar: write its ${EVENTS.toLocaleString('en')} appointments, one atomic encrypted store write (median of ${RUNS})`,
        result: ms(writeMs),
        goal: '≤ 100 ms',
        met: writeMs <= 100,
      },
    ];
  } finally {
    await rm(directory, { recursive: true, force: true });
  }
}
