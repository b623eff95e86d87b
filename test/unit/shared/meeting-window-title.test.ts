import { describe, expect, it } from 'vitest';
import {
  formatPlannedEnd,
  meetingWindowTitle,
  plannedEnd,
} from '../../../src/shared/meeting-window-title';

// Local times, so the test reads the same in every time zone.
const start = new Date(2026, 10, 24, 10, 0).toISOString();
const planned = { title: 'Erstgespräch', start, durationMinutes: 50 };
const sameDay = new Date(2026, 10, 24, 9, 55);

describe('the meeting window’s title', () => {
  it('names the appointment and its planned end in the UI language', () => {
    expect(plannedEnd(planned)).toEqual(new Date(2026, 10, 24, 10, 50));
    expect(meetingWindowTitle(planned, 'de', sameDay)).toBe(
      'Erstgespräch – bis 10:50 Uhr – Sprechstunde',
    );
    expect(meetingWindowTitle(planned, 'en', sameDay)).toBe(
      'Erstgespräch – until 10:50 – Sprechstunde',
    );
  });

  it('uses a 24-hour clock in English too', () => {
    const afternoon = { start: new Date(2026, 10, 24, 14, 0).toISOString(), durationMinutes: 90 };
    expect(formatPlannedEnd(afternoon, 'en', sameDay)).toBe('15:30');
  });

  it('adds the day when the end is not today', () => {
    const dayBefore = new Date(2026, 10, 23, 18, 0);
    expect(formatPlannedEnd(planned, 'de', dayBefore)).toBe('24.11., 10:50');
    expect(formatPlannedEnd(planned, 'en', dayBefore)).toBe('24/11, 10:50');
  });
});
