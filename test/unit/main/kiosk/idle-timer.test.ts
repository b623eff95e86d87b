import { describe, expect, it } from 'vitest';
import { createIdleTimer } from '../../../../src/main/kiosk/idle-timer';

/** A clock that only moves when the test says so. */
function fakeClock() {
  let now = 0;
  let nextId = 1;
  const timers = new Map<number, { at: number; fn: () => void }>();
  return {
    setTimeout(fn: () => void, ms: number) {
      const id = nextId++;
      timers.set(id, { at: now + ms, fn });
      return id;
    },
    clearTimeout(handle: unknown) {
      timers.delete(handle as number);
    },
    advanceMinutes(minutes: number) {
      now += minutes * 60_000;
      for (const [id, timer] of [...timers].sort(([, a], [, b]) => a.at - b.at)) {
        if (timer.at > now || !timers.has(id)) continue;
        timers.delete(id);
        timer.fn();
      }
    },
    get pending() {
      return timers.size;
    },
  };
}

function setup(minutes: () => number = () => 10) {
  const clock = fakeClock();
  let idle = 0;
  const timer = createIdleTimer({ minutes, onIdle: () => idle++, clock });
  return { clock, timer, idle: () => idle };
}

describe('createIdleTimer', () => {
  it('calls onIdle once when the minutes pass without a touch', () => {
    const { clock, timer, idle } = setup();
    timer.touch();
    clock.advanceMinutes(9.9);
    expect(idle()).toBe(0);
    clock.advanceMinutes(0.1);
    expect(idle()).toBe(1);
    clock.advanceMinutes(60);
    expect(idle()).toBe(1);
  });

  it('starts counting again at every touch, with a single countdown running', () => {
    const { clock, timer, idle } = setup();
    timer.touch();
    clock.advanceMinutes(8);
    timer.touch();
    timer.touch();
    expect(clock.pending).toBe(1);
    clock.advanceMinutes(8);
    expect(idle()).toBe(0);
    clock.advanceMinutes(2);
    expect(idle()).toBe(1);
  });

  it('does not count while stopped (a meeting runs), and counts again from the next touch', () => {
    const { clock, timer, idle } = setup();
    timer.touch();
    clock.advanceMinutes(5);
    timer.stop();
    expect(clock.pending).toBe(0);
    clock.advanceMinutes(120);
    expect(idle()).toBe(0);
    timer.touch();
    clock.advanceMinutes(10);
    expect(idle()).toBe(1);
  });

  it('does nothing before the first touch, and stop is harmless then', () => {
    const { clock, timer, idle } = setup();
    timer.stop();
    clock.advanceMinutes(600);
    expect(idle()).toBe(0);
    expect(clock.pending).toBe(0);
  });

  it('reads the minutes at each touch, so a new policy applies from the next one', () => {
    let minutes = 10;
    const { clock, timer, idle } = setup(() => minutes);
    timer.touch();
    minutes = 2;
    clock.advanceMinutes(2);
    expect(idle()).toBe(0);
    timer.touch();
    clock.advanceMinutes(2);
    expect(idle()).toBe(1);
  });

  it.each([0, -5, Number.NaN, Number.POSITIVE_INFINITY, 1e9])(
    'counts the default 10 minutes when the minutes are unusable (%s)',
    (minutes) => {
      const { clock, timer, idle } = setup(() => minutes);
      timer.touch();
      clock.advanceMinutes(9.9);
      expect(idle()).toBe(0);
      clock.advanceMinutes(0.1);
      expect(idle()).toBe(1);
    },
  );

  it('runs on the system clock when none is given', async () => {
    let idle = 0;
    // 1.2 ms: the real timer, not a minute's wait.
    const timer = createIdleTimer({ minutes: () => 0.00002, onIdle: () => idle++ });
    timer.touch();
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(idle).toBe(1);
    timer.stop();
  });
});
