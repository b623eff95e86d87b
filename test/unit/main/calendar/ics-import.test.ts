import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { previewImport, type PreviewOptions } from '../../../../src/main/calendar/ics-import';
import type { ImportPreview, PreviewReply } from '../../../../src/shared/calendar-import';
import { previewReplySchema } from '../../../../src/shared/calendar-import';
import { appointment } from '../../../fixtures/appointments';

const fixtures = join(import.meta.dirname, '../../../fixtures/calendar');
const fixture = (name: string) => readFile(join(fixtures, name));
/** A Monday morning in January, before every fixture's first event. */
const now = new Date('2027-01-11T06:00:00Z');
const options = (over: Partial<PreviewOptions> = {}): PreviewOptions => ({
  now,
  existing: [],
  timeZone: 'Europe/Berlin',
  ...over,
});

function preview(reply: PreviewReply): ImportPreview {
  expect(previewReplySchema.safeParse(reply).success).toBe(true);
  if (reply.status !== 'preview') throw new Error(`refused: ${reply.error.code}`);
  return reply;
}

const lines = (...text: string[]) => Buffer.from([...text, ''].join('\r\n'));
const calendar = (...event: string[]) =>
  lines('BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Test//Test//EN', ...event, 'END:VCALENDAR');
const event = (...properties: string[]) => [
  'BEGIN:VEVENT',
  'UID:test-1@example.org',
  'SUMMARY:Beratung',
  ...properties,
  'END:VEVENT',
];

describe('previewImport', () => {
  it('reads an Outlook export: Windows zone names, a weekly series and one occurrence moved', async () => {
    const { add, skip } = preview(
      previewImport(await fixture('outlook-windows-zones.ics'), options({ windowWeeks: 16 })).reply,
    );
    expect(skip).toEqual([]);
    expect(add.map(({ title, start, durationMinutes }) => [title, start, durationMinutes])).toEqual(
      [
        ['Schuldnerberatung Folgegespräch', '2027-01-12T09:00:00.000Z', 50],
        ['Schuldnerberatung Folgegespräch', '2027-01-19T09:00:00.000Z', 50],
        // The override: 14:00 instead of 10:00, with its own title.
        ['Schuldnerberatung Folgegespräch (verschoben)', '2027-01-26T13:00:00.000Z', 50],
        ['Schuldnerberatung Folgegespräch', '2027-02-02T09:00:00.000Z', 50],
        ['Schuldnerberatung Folgegespräch', '2027-02-09T09:00:00.000Z', 50],
        ['Schuldnerberatung Folgegespräch', '2027-02-16T09:00:00.000Z', 50],
        // After the change to summer time: 10:00 in Berlin is 08:00 UTC.
        ['Erstgespräch Erziehungsberatung', '2027-04-13T08:00:00.000Z', 60],
      ],
    );
  });

  it('reads a Windows zone name that has no VTIMEZONE in the file', () => {
    const file = calendar(
      ...event(
        'DTSTART;TZID=W. Europe Standard Time:20270712T100000',
        'DTEND;TZID=W. Europe Standard Time:20270712T105000',
      ),
    );
    const { add } = preview(previewImport(file, options({ windowWeeks: 52 })).reply);
    expect(add).toMatchObject([{ start: '2027-07-12T08:00:00.000Z', durationMinutes: 50 }]);
  });

  it('reads a Google export in UTC', async () => {
    const { add, skip } = preview(previewImport(await fixture('google-utc.ics'), options()).reply);
    expect(skip).toEqual([]);
    expect(add).toEqual([
      {
        title: 'Paarberatung',
        start: '2027-01-13T08:00:00.000Z',
        durationMinutes: 50,
        status: 'planned',
      },
      {
        title: 'Sozialberatung',
        start: '2027-01-14T13:00:00.000Z',
        durationMinutes: 60,
        status: 'planned',
      },
    ]);
  });

  it('expands a Nextcloud series within the window, leaving out its EXDATEs', async () => {
    const { add } = preview(
      previewImport(await fixture('nextcloud-rrule-exdate.ics'), options()).reply,
    );
    expect(add.map(({ start }) => start)).toEqual([
      '2027-01-14T14:00:00.000Z',
      '2027-01-21T14:00:00.000Z',
      // 28 January and 11 February are EXDATEs.
      '2027-02-04T14:00:00.000Z',
      '2027-02-18T14:00:00.000Z',
      '2027-02-25T14:00:00.000Z',
      // UNTIL 4 March 14:00 UTC includes the last Thursday.
      '2027-03-04T14:00:00.000Z',
    ]);
  });

  it('expands a series only within the window the counsellor picks', async () => {
    const { add } = preview(
      previewImport(await fixture('nextcloud-rrule-exdate.ics'), options({ windowWeeks: 2 })).reply,
    );
    expect(add.map(({ start }) => start)).toEqual([
      '2027-01-14T14:00:00.000Z',
      '2027-01-21T14:00:00.000Z',
    ]);
  });

  it('skips an all-day event and says so, and imports the timed one beside it', async () => {
    const { add, skip } = preview(
      previewImport(await fixture('thunderbird-all-day.ics'), options()).reply,
    );
    expect(skip).toEqual([{ title: 'Teamtag (ganztägig)', start: null, reason: 'all-day' }]);
    expect(add).toMatchObject([
      { title: 'Suchtberatung Erstkontakt', start: '2027-01-15T08:30:00.000Z' },
    ]);
  });

  it('does not add a cancelled event that was never imported', async () => {
    const { add, skip } = preview(previewImport(await fixture('cancelled.ics'), options()).reply);
    expect(add).toEqual([]);
    expect(skip).toEqual([
      { title: 'Abgesagt: Jugendberatung', start: '2027-01-18T10:00:00.000Z', reason: 'cancelled' },
    ]);
  });

  it('reads floating times in the counsellor’s zone', () => {
    const file = calendar(...event('DTSTART:20270120T100000', 'DURATION:PT45M'));
    expect(preview(previewImport(file, options()).reply).add).toMatchObject([
      { start: '2027-01-20T09:00:00.000Z', durationMinutes: 45 },
    ]);
    expect(
      preview(previewImport(file, options({ timeZone: 'America/New_York' })).reply).add,
    ).toMatchObject([{ start: '2027-01-20T15:00:00.000Z' }]);
  });

  it('skips events too short, too long, without a title, or outside the window', () => {
    const file = calendar(
      ...event('UID:short', 'DTSTART:20270120T100000Z'),
      ...event('UID:long', 'DTSTART:20270120T080000Z', 'DTEND:20270120T163100Z'),
      'BEGIN:VEVENT',
      'UID:untitled',
      'DTSTART:20270121T100000Z',
      'DTEND:20270121T110000Z',
      'END:VEVENT',
      ...event('UID:past', 'DTSTART:20270110T100000Z', 'DTEND:20270110T110000Z'),
      ...event('UID:later', 'DTSTART:20270601T100000Z', 'DTEND:20270601T110000Z'),
    );
    const { add, skip } = preview(previewImport(file, options()).reply);
    expect(add).toEqual([]);
    expect(skip.map(({ reason }) => reason).sort()).toEqual([
      'no-title',
      'outside-window',
      'outside-window',
      'too-long',
      'too-short',
    ]);
  });

  it('keeps description, location and attendees out of the notes unless asked', async () => {
    const file = await fixture('google-utc.ics');
    const without = previewImport(file, options());
    expect(without.items.map(({ notes }) => notes)).toEqual(['', '']);
    const withDescription = previewImport(file, options({ takeDescription: true }));
    expect(withDescription.items[0]!.notes).toBe(
      'Telefonnummer: 0170 1234567\nThema: Trennung und Umgang',
    );
    for (const item of withDescription.items) {
      expect(item.notes).not.toMatch(/mira|schulz|Hauptstraße/i);
    }
  });

  it('shows an imported appointment whose time changed as an update with the old time', async () => {
    const first = previewImport(await fixture('google-utc.ics'), options());
    const existing = first.items.map((item) =>
      appointment({
        title: item.title,
        start: item.start,
        durationMinutes: item.durationMinutes,
        source: item.source,
      }),
    );
    const moved = Buffer.from(
      (await fixture('google-utc.ics'))
        .toString('utf8')
        .replace('DTSTART:20270113T080000Z', 'DTSTART:20270113T090000Z')
        .replace('DTEND:20270113T085000Z', 'DTEND:20270113T095000Z'),
    );
    const { add, update, skip } = preview(previewImport(moved, options({ existing })).reply);
    expect(add).toEqual([]);
    expect(update).toEqual([
      {
        id: existing[0]!.id,
        title: 'Paarberatung',
        start: '2027-01-13T09:00:00.000Z',
        durationMinutes: 50,
        status: 'planned',
        previous: { start: '2027-01-13T08:00:00.000Z', durationMinutes: 50 },
      },
    ]);
    expect(skip).toEqual([
      { title: 'Sozialberatung', start: '2027-01-14T13:00:00.000Z', reason: 'unchanged' },
    ]);
  });

  it('cancels an imported appointment when the calendar cancels it', async () => {
    const cancelled = await fixture('cancelled.ics');
    const confirmed = Buffer.from(
      cancelled.toString('utf8').replace('STATUS:CANCELLED', 'STATUS:CONFIRMED'),
    );
    const [item] = previewImport(confirmed, options()).items;
    const existing = [
      appointment({ start: item!.start, title: item!.title, source: item!.source }),
    ];
    const { update } = preview(previewImport(cancelled, options({ existing })).reply);
    expect(update).toMatchObject([{ id: existing[0]!.id, status: 'cancelled' }]);
    expect(update[0]).not.toHaveProperty('previous');
  });

  describe('refuses the whole file', () => {
    const refusal = (bytes: Buffer) => {
      const { reply, items } = previewImport(bytes, options());
      expect(previewReplySchema.safeParse(reply).success).toBe(true);
      expect(items).toEqual([]);
      return reply.status === 'refused' ? reply.error : null;
    };

    it('with broken folding', async () => {
      expect(refusal(await fixture('broken-folding.ics'))).toEqual({ code: 'broken-folding' });
    });

    it('that is not a calendar', () => {
      expect(refusal(Buffer.from('Name;Datum\r\nBerg;2027-01-12\r\n'))).toEqual({
        code: 'not-ics',
      });
      expect(refusal(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a]))).toEqual({
        code: 'not-ics',
      });
      expect(refusal(lines('BEGIN:VCALENDAR', 'VERSION:2.0'))).toEqual({ code: 'not-ics' });
    });

    it('with a time zone nobody can name', () => {
      const file = calendar(...event('DTSTART;TZID=Mitteleuropa Ortszeit:20270120T100000'));
      expect(refusal(file)).toEqual({
        code: 'unknown-time-zone',
        timeZone: 'Mitteleuropa Ortszeit',
      });
    });

    it('with an event without a start', () => {
      expect(refusal(calendar(...event('DTEND:20270120T100000Z')))).toEqual({
        code: 'event-without-start',
      });
    });

    it('with values it cannot read', () => {
      expect(refusal(calendar(...event('DTSTART:morgen')))).toEqual({ code: 'malformed' });
      expect(refusal(calendar('BEGIN:VEVENT', 'DTSTART:20270120T100000Z'))).toEqual({
        code: 'malformed',
      });
    });

    it('larger than 10 MB', () => {
      const padding = `X-PAD:${'a'.repeat(70)}\r\n`.repeat(150_000);
      const file = calendar(padding.trimEnd());
      expect(file.length).toBeGreaterThan(10 * 1024 * 1024);
      expect(refusal(file)).toEqual({ code: 'too-large' });
    });

    it('with more than 5,000 events', () => {
      const events = Array.from({ length: 5_001 }, (_, index) =>
        event(`UID:${index}`, 'DTSTART:20270120T100000Z', 'DURATION:PT1H'),
      ).flat();
      expect(refusal(calendar(...events))).toEqual({ code: 'too-many-events' });
    });

    it('whose series expand beyond what a preview can hold', () => {
      const file = calendar(
        ...event('DTSTART:20270112T100000Z', 'DURATION:PT10M', 'RRULE:FREQ=MINUTELY;INTERVAL=5'),
      );
      expect(refusal(file)).toEqual({ code: 'too-many-occurrences' });
    });
  });

  it('reads Windows-1252 text from an old Outlook', () => {
    const file = Buffer.concat([
      Buffer.from('BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:x\r\nSUMMARY:Gespr'),
      Buffer.from([0xe4]),
      Buffer.from(
        'ch\r\nDTSTART:20270120T100000Z\r\nDURATION:PT1H\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n',
      ),
    ]);
    expect(preview(previewImport(file, options()).reply).add[0]!.title).toBe('Gespräch');
  });
});
