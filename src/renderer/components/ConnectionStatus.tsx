import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ServerStatus } from '../../shared/ipc-contract';
import { api } from '../api';

const RECHECK_MS = 30_000;

/** Offline, or whether the configured server answers; rechecked when it may have changed. */
export function ConnectionStatus({ serverUrl }: { serverUrl: string | null }) {
  const { t } = useTranslation();
  const [online, setOnline] = useState(() => navigator.onLine);
  const [status, setStatus] = useState<ServerStatus['state'] | 'checking'>('checking');

  const check = useCallback(async () => {
    const result = await api().server.status();
    setStatus(result.ok ? result.value.state : 'unreachable');
  }, []);

  useEffect(() => {
    const update = () => {
      setOnline(navigator.onLine);
      if (navigator.onLine) void check();
    };
    window.addEventListener('online', update);
    window.addEventListener('offline', update);
    void check();
    const timer = window.setInterval(() => void check(), RECHECK_MS);
    return () => {
      window.removeEventListener('online', update);
      window.removeEventListener('offline', update);
      window.clearInterval(timer);
    };
  }, [check, serverUrl]);

  const state = online ? status : 'offline';
  return (
    <p className={`connection ${state}`} role="status" data-state={state}>
      <span className="dot" aria-hidden="true" />
      {t(`connection.${state}`)}
    </p>
  );
}
