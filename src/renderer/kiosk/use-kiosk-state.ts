import { useEffect, useState } from 'react';
import type { KioskState } from '../../shared/ipc-contract';
import { fail, type Result } from '../../shared/result';
import { kioskApi } from './api';

/**
 * The terminal's state from main: the first answer comes with the page; while
 * it is not ready (out of order, server unreachable, or main did not answer)
 * main is asked again every `retryMs`, so the start page never stays stuck.
 */
export function useKioskState(first: Result<KioskState>, retryMs: number): Result<KioskState> {
  const [state, setState] = useState(first);
  const ready = state.ok && state.value.status === 'ready';
  useEffect(() => {
    if (ready) return;
    let active = true;
    // Each answer is a new object: the effect runs again and waits another round.
    const timer = window.setTimeout(() => {
      void kioskApi()
        .kiosk.state()
        .catch(() => fail('internal'))
        .then((next) => {
          if (active) setState(next);
        });
    }, retryMs);
    return () => {
      active = false;
      window.clearTimeout(timer);
    };
  }, [state, ready, retryMs]);
  return state;
}
