import { describe, expect, it } from 'vitest';
import {
  STATE_RETRY_MS,
  THANK_YOU_MS,
  kioskTiming,
  throttle,
} from '../../../src/renderer/kiosk/kiosk-timing';

describe("the kiosk start page's delays", () => {
  it('are the real ones without a query', () => {
    expect(kioskTiming('')).toEqual({ stateRetryMs: STATE_RETRY_MS, thankYouMs: THANK_YOU_MS });
  });

  it('can be made shorter for tests, never longer or nonsensical', () => {
    expect(kioskTiming('?thankYouMs=300&stateRetryMs=500')).toEqual({
      stateRetryMs: 500,
      thankYouMs: 300,
    });
    for (const value of ['600000', '-1', '1.5', 'soon', '']) {
      expect(kioskTiming(`?thankYouMs=${value}`).thankYouMs, value).toBe(THANK_YOU_MS);
    }
  });
});

describe('the activity throttle', () => {
  it('tells main at once, then at most once per interval', () => {
    let now = 0;
    let told = 0;
    const notify = throttle(
      () => told++,
      5000,
      () => now,
    );
    notify();
    now = 4999;
    notify();
    expect(told).toBe(1);
    now = 5000;
    notify();
    notify();
    expect(told).toBe(2);
  });
});
