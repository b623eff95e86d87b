import { DEFAULT_KIOSK_IDLE_MINUTES } from '../../shared/policy';

export interface IdleClock {
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

const systemClock: IdleClock = {
  setTimeout: (fn, ms) => setTimeout(fn, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/**
 * The kiosk's idle countdown: `touch()` (re)starts it (input on the start page,
 * a meeting ended), `stop()` stops it (a meeting runs). When it runs out,
 * `onIdle` is called once, and nothing more until the next `touch()`. The
 * minutes are read at each touch, so a new policy applies from the next one.
 */
export function createIdleTimer(options: {
  minutes: () => number;
  onIdle: () => void;
  clock?: IdleClock;
}): { touch(): void; stop(): void } {
  const clock = options.clock ?? systemClock;
  let pending: unknown = null;

  const stop = () => {
    if (pending !== null) clock.clearTimeout(pending);
    pending = null;
  };

  return {
    touch() {
      stop();
      const handle = clock.setTimeout(() => {
        if (pending !== handle) return;
        pending = null;
        options.onIdle();
      }, idleMs(options.minutes()));
      pending = handle;
    },
    stop,
  };
}

/** Policy keeps the minutes between 1 and 240; anything else counts as the default. */
function idleMs(minutes: number): number {
  const usable = Number.isFinite(minutes) && minutes > 0 && minutes <= 24 * 60;
  return (usable ? minutes : DEFAULT_KIOSK_IDLE_MINUTES) * 60_000;
}
