import { useCallback, useId, useState } from 'react';
import { useTranslation } from '../i18n/react';
import { OTHER_HOSTS, type PrivacyReport } from '../../shared/privacy-report';
import { api } from '../api';
import { useMainCall } from '../use-main-call';
import { usePolling, type PollSignal } from '../use-polling';

const LIVE_REFRESH_MS = 2000;

/** Blocked requests per host and in total; hosts only, nothing else. */
export function PrivacyReportView({ report, live }: { report: PrivacyReport; live: boolean }) {
  const { t } = useTranslation();
  const heading = useId();
  return (
    <section className="privacy-report" aria-labelledby={heading} data-live={live}>
      <h3 id={heading}>{live ? t('privacy.live') : t('privacy.heading')}</h3>
      <p role={live ? 'status' : undefined}>
        {report.total === 0
          ? t('privacy.none')
          : t('privacy.summary', { count: report.total, hosts: report.hosts.length })}
      </p>
      {report.hosts.length > 0 && (
        <table>
          <thead>
            <tr>
              <th scope="col">{t('privacy.host')}</th>
              <th scope="col">{t('privacy.count')}</th>
            </tr>
          </thead>
          <tbody>
            {report.hosts.map(({ host, count }) => (
              <tr key={host}>
                <td>{host === OTHER_HOSTS ? t('privacy.otherHosts') : <code>{host}</code>}</td>
                <td>{count}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

/**
 * The appointment's privacy report: counted live while its consultation is
 * under way, as kept on the appointment afterwards.
 */
export function AppointmentPrivacy({
  appointmentId,
  stored,
  running,
}: {
  appointmentId: string;
  stored: PrivacyReport | undefined;
  /** This appointment's consultation is running: show what is blocked so far. */
  running: boolean;
}) {
  const [live, setLive] = useState<PrivacyReport | null>(null);
  const { ask } = useMainCall();

  const poll = useCallback(
    async (signal: PollSignal) => {
      const result = await ask(api().consultation.report());
      if (result && signal.active)
        setLive(result.ok && result.value?.id === appointmentId ? result.value.report : null);
    },
    [appointmentId, ask],
  );
  usePolling(poll, LIVE_REFRESH_MS, running);

  if (running && live) return <PrivacyReportView report={live} live />;
  return stored ? <PrivacyReportView report={stored} live={false} /> : null;
}
