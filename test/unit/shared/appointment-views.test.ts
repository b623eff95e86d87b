import { describe, expect, it } from 'vitest';
import {
  localDay,
  queryAppointments,
  viewOf,
  type AppointmentQuery,
} from '../../../src/shared/appointment-views';
import { appointment } from '../../fixtures/appointments';

// Days are local calendar days, so the fixtures are built in local time.
const day = localDay(new Date(2026, 10, 23, 14, 30)); // 23 Nov 2026, 14:30 local
const at = (date: number, hour: number) => new Date(2026, 10, date, hour, 0).toISOString();
const query = (overrides: Partial<AppointmentQuery>): AppointmentQuery => ({
  view: 'upcoming',
  filter: '',
  day,
  offset: 0,
  limit: 100,
  ...overrides,
});

describe('appointment views', () => {
  it('puts earlier today into "today", not "past", and tomorrow into "upcoming"', () => {
    expect(viewOf({ start: at(23, 0) }, day)).toBe('today');
    expect(viewOf({ start: at(23, 23) }, day)).toBe('today');
    expect(viewOf({ start: at(24, 0) }, day)).toBe('upcoming');
    expect(viewOf({ start: at(22, 23) }, day)).toBe('past');
  });

  it('sorts upcoming by time and past with the latest first, counting every tab', () => {
    const list = [
      appointment({ title: 'b', start: at(26, 9) }),
      appointment({ title: 'a', start: at(25, 9) }),
      appointment({ title: 'old', start: at(1, 9) }),
      appointment({ title: 'recent', start: at(20, 9) }),
      appointment({ title: 'now', start: at(23, 15) }),
    ];
    const upcoming = queryAppointments(list, query({ view: 'upcoming' }));
    expect(upcoming.rows.map((a) => a.title)).toEqual(['a', 'b']);
    expect(upcoming.counts).toEqual({ today: 1, upcoming: 2, past: 2 });
    expect(upcoming.total).toBe(2);
    const past = queryAppointments(list, query({ view: 'past' }));
    expect(past.rows.map((a) => a.title)).toEqual(['recent', 'old']);
  });

  it('says where a sought appointment sits in its view, beyond the requested window', () => {
    const list = Array.from({ length: 250 }, (_, i) =>
      appointment({ title: `t${i}`, start: new Date(2026, 11, 1, 0, i).toISOString() }),
    );
    const sought = list[180]!;
    const page = queryAppointments(list, query({ limit: 10, find: sought.id }));
    expect(page.found).toBe(180);
    expect(page.rows).toHaveLength(10);
    expect(queryAppointments(list, query({ view: 'past', find: sought.id })).found).toBeNull();
    expect(queryAppointments(list, query({})).found).toBeUndefined();
  });

  it('returns the requested window only, as summaries without notes or room', () => {
    const list = Array.from({ length: 250 }, (_, i) =>
      appointment({
        title: `T${i}`,
        start: new Date(Date.UTC(2027, 0, 1) + i * 60_000).toISOString(),
      }),
    );
    const page = queryAppointments(list, query({ offset: 100, limit: 100 }));
    expect(page).toMatchObject({ total: 250, offset: 100 });
    expect(page.rows).toHaveLength(100);
    expect(page.rows[0]!.title).toBe('T100');
    expect(Object.keys(page.rows[0]!).sort()).toEqual(
      ['clientLabel', 'durationMinutes', 'id', 'start', 'status', 'title'].sort(),
    );
    expect(queryAppointments(list, query({ offset: 240, limit: 100 })).rows).toHaveLength(10);
    expect(queryAppointments(list, query({ offset: 300 })).rows).toEqual([]);
  });

  it('filters by title and client label, ignoring case, and counts what matches', () => {
    const list = [
      appointment({ title: 'Schuldnerberatung', clientLabel: 'K-1', start: at(24, 9) }),
      appointment({ title: 'Suchtberatung', clientLabel: 'Ümit', start: at(24, 10) }),
      appointment({ title: 'Schuldner, Nachgespräch', clientLabel: 'K-1', start: at(2, 10) }),
    ];
    const titles = (filter: string) =>
      queryAppointments(list, query({ filter })).rows.map((a) => a.title);
    expect(titles('SCHULD')).toEqual(['Schuldnerberatung']);
    expect(titles('ümit')).toEqual(['Suchtberatung']);
    expect(titles('  ')).toHaveLength(2);
    expect(titles('nothing')).toEqual([]);
    expect(queryAppointments(list, query({ filter: 'k-1' })).counts).toEqual({
      today: 0,
      upcoming: 1,
      past: 1,
    });
  });
});
