import { useEffect } from 'react';

/** Cleared when polling stops: an answer that comes later must not be shown. */
export interface PollSignal {
  readonly active: boolean;
}

export type PollTick = (signal: PollSignal) => void | Promise<void>;

/**
 * Runs `tick` now, then `intervalMs` after each tick has finished, so two never
 * overlap (a slow answer does not pile up requests); returns the stop function.
 */
export function startPolling(tick: PollTick, intervalMs: number): () => void {
  const signal = { active: true };
  let timer: ReturnType<typeof setTimeout> | undefined;
  const run = () => {
    void Promise.resolve()
      .then(() => tick(signal))
      .finally(() => {
        if (signal.active) timer = setTimeout(run, intervalMs);
      });
  };
  run();
  return () => {
    signal.active = false;
    clearTimeout(timer);
  };
}

/**
 * Polls while mounted and `enabled`. A new `tick` starts over, so pass one from
 * `useCallback` with what it asks about as its dependencies.
 */
export function usePolling(tick: PollTick, intervalMs: number, enabled = true): void {
  useEffect(
    () => (enabled ? startPolling(tick, intervalMs) : undefined),
    [tick, intervalMs, enabled],
  );
}
