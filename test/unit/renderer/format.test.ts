import { describe, expect, it } from 'vitest';
import {
  formatTimeRange,
  formatTimestamp,
  formatWhen,
  fromLocalInputs,
  toLocalInputs,
} from '../../../src/renderer/format';

describe('date formatting', () => {
  const start = new Date(2027, 4, 19, 9, 45).toISOString(); // 19 May 2027, 09:45 local

  it('writes German dates the German way, with start and end', () => {
    expect(formatWhen({ start, durationMinutes: 50 }, 'de')).toBe('Mi., 19.05.2027, 09:45–10:35');
  });

  it('writes English dates with the month named and a 24-hour clock, as used in Germany', () => {
    expect(formatWhen({ start, durationMinutes: 50 }, 'en')).toBe('Wed 19 May 2027, 09:45–10:35');
  });

  it('uses the same date format for timestamps as for appointments', () => {
    expect(formatTimestamp(start, 'en')).toBe('Wed 19 May 2027, 09:45');
    expect(formatTimestamp(start, 'de')).toBe('Mi., 19.05.2027, 09:45');
  });

  it("gives today's rows their times only, end included", () => {
    expect(formatTimeRange({ start, durationMinutes: 30 }, 'de')).toBe('09:45–10:15');
  });

  it('round-trips the form inputs through local time', () => {
    expect(toLocalInputs(start)).toEqual({ date: '2027-05-19', time: '09:45' });
    expect(fromLocalInputs('2027-05-19', '09:45')).toBe(start);
    expect(fromLocalInputs('2027-02-30', '09:45')).toBe('');
    expect(fromLocalInputs('2027-02-29', '09:45')).toBe('');
    expect(fromLocalInputs('2028-02-29', '09:45')).not.toBe('');
    expect(fromLocalInputs('2027-05-19', '24:30')).toBe('');
    expect(fromLocalInputs('2027-05-19', '')).toBe('');
  });
});
