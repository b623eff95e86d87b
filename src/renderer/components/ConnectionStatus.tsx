import { useEffect, useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import type { ServerStatus } from '../../shared/ipc-contract';
import { api } from '../api';

const RECHECK_MS = 30_000;

function subscribeOnline(onChange: () => void) {
  window.addEventListener('online', onChange);
  window.addEventListener('offline', onChange);
  return () => {
    window.removeEventListener('online', onChange);
    window.removeEventListener('offline', onChange);
  };
}

/** Offline, or whether the configured server answers; rechecked when it may have changed. */
export function ConnectionStatus({ serverUrl }: { serverUrl: string | null }) {
  const { t } = useTranslation();
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

  const state = !online
    ? 'offline'
    : checked?.for === serverUrl
      ? checked.status.state
      : 'checking';
  return (
    <p className={`connection ${state}`} role="status" data-state={state}>
      <span className="dot" aria-hidden="true" />
      {t(`connection.${state}`, { host: checked?.status.host })}
    </p>
  );
}
