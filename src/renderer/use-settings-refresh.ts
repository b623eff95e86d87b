import { useCallback, useEffect } from 'react';
import type { SettingsView } from '../shared/ipc-contract';
import { api } from './api';
import { useMainCall } from './use-main-call';
import { usePolling, type PollSignal } from './use-polling';

const REFRESH_MS = 30_000;

/**
 * Asks main for the settings again every 30 s and whenever the window gets
 * the focus: IT may change policy while the app runs (main reads it again on
 * its own timer). `apply` must be stable, or polling starts over each render.
 */
export function useSettingsRefresh(apply: (view: SettingsView) => void): void {
  const { ask } = useMainCall();
  const refresh = useCallback(
    async (signal: PollSignal) => {
      const result = await ask(api().settings.view());
      if (result?.ok && signal.active) apply(result.value);
    },
    [ask, apply],
  );
  usePolling(refresh, REFRESH_MS);
  useEffect(() => {
    const onFocus = () => void refresh({ active: true });
    window.addEventListener('focus', onFocus);
    return () => window.removeEventListener('focus', onFocus);
  }, [refresh]);
}
