import { useTranslation } from 'react-i18next';
import type { ConnectionState } from '../use-server-status';

/** The status line: offline, or whether the configured server answers. */
export function ConnectionStatus({ state, host }: { state: ConnectionState; host?: string }) {
  const { t } = useTranslation();
  return (
    <p className={`connection ${state}`} role="status" data-state={state}>
      <span className="dot" aria-hidden="true" />
      {t(`connection.${state}`, { host })}
    </p>
  );
}
