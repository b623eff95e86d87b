import { describe, expect, it } from 'vitest';
import { selectAppointments, viewOf } from '../../../src/shared/appointment-views';
import { appointment } from '../../fixtures/appointments';

// Days are local calendar days, so the fixtures are built in local time.
const now = new Date(2026, 10, 23, 14, 30); // 23 Nov 2026, 14:30 local
const at = (day: number, hour: number) => new Date(2026, 10, day, hour, 0).toISOString();

describe('appointment views', () => {
  it('puts earlier today into "today", not "past", and tomorrow into "upcoming"', () => {
    expect(viewOf({ start: at(23, 8) }, now)).toBe('today');
    expect(viewOf({ start: at(23, 23) }, now)).toBe('today');
    expect(viewOf({ start: at(24, 0) }, now)).toBe('upcoming');
    expect(viewOf({ start: at(22, 23) }, now)).toBe('past');
  });

  it('sorts upcoming by time and past with the latest first, counting every tab', () => {
    const list = [
      appointment({ title: 'b', start: at(26, 9) }),
      appointment({ title: 'a', start: at(25, 9) }),
      appointment({ title: 'old', start: at(1, 9) }),
      appointment({ title: 'recent', start: at(20, 9) }),
      appointment({ title: 'now', start: at(23, 15) }),
    ];
    const upcoming = selectAppointments(list, 'upcoming', '', now);
    expect(upcoming.appointments.map((a) => a.title)).toEqual(['a', 'b']);
    expect(upcoming.counts).toEqual({ today: 1, upcoming: 2, past: 2 });
    expect(selectAppointments(list, 'past', '', now).appointments.map((a) => a.title)).toEqual([
      'recent',
      'old',
    ]);
  });

  it('filters by title and client label, ignoring case', () => {
    const list = [
      appointment({ title: 'Schuldnerberatung', clientLabel: 'K-1', start: at(24, 9) }),
      appointment({ title: 'Suchtberatung', clientLabel: 'Ümit', start: at(24, 10) }),
    ];
    const titles = (filter: string) =>
      selectAppointments(list, 'upcoming', filter, now).appointments.map((a) => a.title);
    expect(titles('SCHULD')).toEqual(['Schuldnerberatung']);
    expect(titles('ümit')).toEqual(['Suchtberatung']);
    expect(titles('  ')).toHaveLength(2);
    expect(titles('nothing')).toEqual([]);
  });
});
