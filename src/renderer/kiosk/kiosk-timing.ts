/** How often the start page asks again while the terminal is not ready. */
export const STATE_RETRY_MS = 10_000;
/** Input tells main at most this often that someone is there. */
export const ACTIVITY_THROTTLE_MS = 5_000;
/** How long the thank-you page stays before the terminal resets. */
export const THANK_YOU_MS = 6_000;

export interface KioskTiming {
  stateRetryMs: number;
  thankYouMs: number;
}

/**
 * The start page's delays; tests shorten them with `?thankYouMs=…&stateRetryMs=…`.
 * Only shorter: a query cannot keep the thank-you page (or a stuck state) longer.
 */
export function kioskTiming(search: string): KioskTiming {
  const query = new URLSearchParams(search);
  const shorter = (name: string, fallback: number) => {
    const raw = query.get(name)?.trim();
    // Number('') is 0: an empty parameter is no parameter.
    const value = raw ? Number(raw) : Number.NaN;
    return Number.isInteger(value) && value >= 0 && value < fallback ? value : fallback;
  };
  return {
    stateRetryMs: shorter('stateRetryMs', STATE_RETRY_MS),
    thankYouMs: shorter('thankYouMs', THANK_YOU_MS),
  };
}

/** Calls `notify` at once, then at most once per `intervalMs`; returns the throttled call. */
export function throttle(notify: () => void, intervalMs: number, now = () => Date.now()) {
  let last = Number.NEGATIVE_INFINITY;
  return () => {
    const at = now();
    if (at - last < intervalMs) return;
    last = at;
    notify();
  };
}
