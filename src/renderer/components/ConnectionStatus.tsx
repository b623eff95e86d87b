import { CircleAlert, CircleCheck, CircleDashed, WifiOff, type LucideIcon } from 'lucide-react';
import { useTranslation } from '../i18n/react';
import type { ConnectionState } from '../use-server-status';

// Each kind of state has its own shape as well as its colour and its words (WCAG
// 1.4.1); the words tell the problems apart. Few shapes: each costs start bundle.
const icons: Record<ConnectionState, LucideIcon> = {
  reachable: CircleCheck,
  checking: CircleDashed,
  'not-configured': CircleDashed,
  offline: WifiOff,
  unreachable: CircleAlert,
  'certificate-refused': CircleAlert,
  'policy-closed': CircleAlert,
};

/** The status line: offline, or whether the configured server answers. */
export function ConnectionStatus({ state, host }: { state: ConnectionState; host?: string }) {
  const { t } = useTranslation();
  const Icon = icons[state];
  return (
    <p className={`connection ${state}`} role="status" data-state={state}>
      <Icon className="icon" aria-hidden="true" />
      {t(`connection.${state}`, { host })}
    </p>
  );
}
