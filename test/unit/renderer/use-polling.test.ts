import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startPolling, type PollSignal } from '../../../src/renderer/use-polling';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('polling', () => {
  it('asks once at the start, then once per interval', async () => {
    const tick = vi.fn();
    const stop = startPolling(tick, 1000);
    await vi.advanceTimersByTimeAsync(0);
    expect(tick).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(999);
    expect(tick).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(tick).toHaveBeenCalledTimes(2);
    await vi.advanceTimersByTimeAsync(3000);
    expect(tick).toHaveBeenCalledTimes(5);
    stop();
  });

  it('never starts a tick while the last one still waits for its answer', async () => {
    let answer = () => {};
    let running = 0;
    let most = 0;
    const tick = vi.fn(async () => {
      running++;
      most = Math.max(most, running);
      await new Promise<void>((resolve) => (answer = resolve));
      running--;
    });
    const stop = startPolling(tick, 1000);
    await vi.advanceTimersByTimeAsync(5000); // the first answer takes five intervals
    expect(tick).toHaveBeenCalledTimes(1);
    answer();
    await vi.advanceTimersByTimeAsync(1000);
    expect(tick).toHaveBeenCalledTimes(2);
    expect(most).toBe(1);
    stop();
  });

  it('asks no more once stopped, and tells a late answer it came too late', async () => {
    let answer = () => {};
    let seen: PollSignal | undefined;
    const tick = vi.fn(async (signal: PollSignal) => {
      seen = signal;
      await new Promise<void>((resolve) => (answer = resolve));
    });
    const stop = startPolling(tick, 1000);
    await vi.advanceTimersByTimeAsync(0);
    expect(seen?.active).toBe(true);
    stop();
    answer();
    await vi.advanceTimersByTimeAsync(10_000);
    expect(seen?.active).toBe(false);
    expect(tick).toHaveBeenCalledTimes(1);
  });
});
