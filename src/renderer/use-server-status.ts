import { useEffect, useState, useSyncExternalStore } from 'react';
import type { ServerStatus } from '../shared/ipc-contract';
import { api } from './api';

const RECHECK_MS = 30_000;

export type ConnectionState = ServerStatus['state'] | 'offline' | 'checking';

function subscribeOnline(onChange: () => void) {
  window.addEventListener('online', onChange);
  window.addEventListener('offline', onChange);
  return () => {
    window.removeEventListener('online', onChange);
    window.removeEventListener('offline', onChange);
  };
}

/** Offline, or whether the configured server answers; rechecked when it may have changed. */
export function useServerStatus(serverUrl: string | null): {
  state: ConnectionState;
  host?: string;
} {
  const online = useSyncExternalStore(subscribeOnline, () => navigator.onLine);
  const [checked, setChecked] = useState<{ for: string | null; status: ServerStatus }>();

  useEffect(() => {
    if (!online) return;
    let current = true;
    const check = async () => {
      const result = await api().server.status();
      if (current)
        setChecked({
          for: serverUrl,
          status: result.ok
            ? result.value
            : { state: 'unreachable', checkedAt: new Date().toISOString() },
        });
    };
    void check();
    const timer = window.setInterval(() => void check(), RECHECK_MS);
    return () => {
      current = false;
      window.clearInterval(timer);
    };
  }, [online, serverUrl]);

  if (!online) return { state: 'offline' };
  if (checked?.for !== serverUrl) return { state: 'checking' };
  return { state: checked.status.state, host: checked.status.host };
}
