import { useCallback, useState, useSyncExternalStore } from 'react';
import type { ServerStatus } from '../shared/ipc-contract';
import { api } from './api';
import { useMainCall } from './use-main-call';
import { usePolling, type PollSignal } from './use-polling';

const RECHECK_MS = 30_000;

/** `policy-closed`: an invalid network value in policy keeps every connection closed. */
export type ConnectionState = ServerStatus['state'] | 'offline' | 'checking' | 'policy-closed';

function subscribeOnline(onChange: () => void) {
  window.addEventListener('online', onChange);
  window.addEventListener('offline', onChange);
  return () => {
    window.removeEventListener('online', onChange);
    window.removeEventListener('offline', onChange);
  };
}

/** Offline, or whether the configured server answers; rechecked when it may have changed. */
export function useServerStatus(
  serverUrl: string | null,
  /** Policy keeps the network closed: nothing to check until IT fixes it. */
  networkClosed = false,
): {
  state: ConnectionState;
  host?: string;
} {
  const online = useSyncExternalStore(subscribeOnline, () => navigator.onLine);
  const [checked, setChecked] = useState<{ for: string | null; status: ServerStatus }>();
  const { ask } = useMainCall();

  const check = useCallback(
    async (signal: PollSignal) => {
      const result = await ask(api().server.status());
      if (result && signal.active)
        setChecked({
          for: serverUrl,
          status: result.ok
            ? result.value
            : { state: 'unreachable', checkedAt: new Date().toISOString() },
        });
    },
    [serverUrl, ask],
  );
  usePolling(check, RECHECK_MS, online && !networkClosed);

  if (!online) return { state: 'offline' };
  if (networkClosed) return { state: 'policy-closed' };
  if (checked?.for !== serverUrl) return { state: 'checking' };
  return { state: checked.status.state, host: checked.status.host };
}
