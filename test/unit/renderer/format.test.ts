import { describe, expect, it } from 'vitest';
import { formatStart, fromLocalInputs, toLocalInputs } from '../../../src/renderer/format';

describe('date formatting', () => {
  const start = new Date(2027, 4, 19, 9, 45).toISOString(); // 19 May 2027, 09:45 local

  it('writes German dates the German way', () => {
    expect(formatStart({ start }, 'de')).toBe('Mi., 19.05.2027, 09:45');
  });

  it('writes English dates day-first with a 24-hour clock, as used in Germany', () => {
    const text = formatStart({ start }, 'en');
    expect(text).toContain('19/05/2027');
    expect(text).toContain('09:45');
    expect(text).not.toMatch(/AM|PM/);
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
