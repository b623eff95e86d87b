import { describe, expect, it } from 'vitest';
import {
  formatDateInput,
  formatTimeRange,
  parseDateInput,
  parseTimeInput,
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

describe('date and time fields in the app language', () => {
  it('show the date the way the language writes it', () => {
    expect(formatDateInput('2027-05-19', 'de')).toBe('19.05.2027');
    expect(formatDateInput('2027-05-19', 'en')).toBe('19 May 2027');
  });

  it('read a typed date day first, in either language, and refuse days that do not exist', () => {
    expect(parseDateInput('19.5.2027', 'de')).toBe('2027-05-19');
    expect(parseDateInput('19. Mai 2027', 'de')).toBe('2027-05-19');
    expect(parseDateInput('19 May 2027', 'en')).toBe('2027-05-19');
    expect(parseDateInput('19/05/2027', 'en')).toBe('2027-05-19');
    expect(parseDateInput('2027-05-19', 'en')).toBe('2027-05-19');
    expect(parseDateInput(formatDateInput('2027-03-01', 'en'), 'en')).toBe('2027-03-01');
    expect(parseDateInput(formatDateInput('2027-03-01', 'de'), 'de')).toBe('2027-03-01');
    expect(parseDateInput('30.02.2027', 'de')).toBe('');
    expect(parseDateInput('05/19/2027', 'en')).toBe('');
    expect(parseDateInput('tomorrow', 'en')).toBe('');
  });

  it('read a typed time on the 24-hour clock', () => {
    expect(parseTimeInput('9:30')).toBe('09:30');
    expect(parseTimeInput('14.05')).toBe('14:05');
    expect(parseTimeInput('24:00')).toBe('');
    expect(parseTimeInput('9:30 PM')).toBe('');
  });
});
