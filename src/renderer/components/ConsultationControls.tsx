import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Appointment } from '../../shared/appointment';
import type { PrivacyReport } from '../../shared/privacy-report';
import type { AppError } from '../../shared/result';
import { api } from '../api';
import type { ConnectionState } from '../use-server-status';
import { ConfirmDialog } from './ConfirmDialog';
import { PrivacyReportView } from './PrivacyReport';

interface Props {
  appointment: Appointment;
  connection: ConnectionState;
  /** The consultation is over: the appointment with its privacy report merged in. */
  onEnded: (appointment: Appointment) => void;
  onMarkDone: () => void;
}

type Step =
  | { kind: 'idle' }
  | { kind: 'running' }
  | { kind: 'confirm-guest' }
  | { kind: 'ended'; report: PrivacyReport }
  | { kind: 'failed'; error: AppError };

/**
 * Starting the appointment's consultation: only with the server reachable,
 * as moderator with the token or, after asking, as guest. Afterwards: mark it
 * done? and what was blocked.
 */
export function ConsultationControls(props: Props) {
  const { appointment, connection } = props;
  const { t } = useTranslation();
  const [step, setStep] = useState<Step>({ kind: 'idle' });
  const blocked =
    appointment.status === 'cancelled'
      ? 'cancelled'
      : connection === 'reachable'
        ? null
        : connection;

  const join = async (asGuest: boolean) => {
    setStep({ kind: 'running' });
    const result = await api().consultation.join({ id: appointment.id, asGuest });
    if (result.ok) {
      props.onEnded(result.value.appointment);
      setStep({ kind: 'ended', report: result.value.report });
    } else if (result.error.code === 'token-required') {
      setStep({ kind: 'confirm-guest' });
    } else {
      setStep({ kind: 'failed', error: result.error });
    }
  };

  return (
    <section className="consultation" aria-labelledby="consultation-heading">
      <h3 id="consultation-heading" className="visually-hidden">
        {t('consultation.join')}
      </h3>
      <button
        type="button"
        className="primary"
        disabled={blocked !== null || step.kind === 'running'}
        aria-describedby={blocked ? 'consultation-blocked' : undefined}
        onClick={() => void join(false)}
      >
        {t('consultation.join')}
      </button>
      {blocked && (
        <p id="consultation-blocked" className="hint">
          {t(`consultation.disabled.${blocked}`)}
        </p>
      )}
      {step.kind === 'running' && <p role="status">{t('consultation.running')}</p>}
      {step.kind === 'failed' && (
        <p className="notice error" role="alert">
          {t(`errors.${step.error.code}`)}
        </p>
      )}
      {step.kind === 'confirm-guest' && (
        <ConfirmDialog
          title={t('consultation.guest.title')}
          body={t('consultation.guest.body')}
          confirmLabel={t('consultation.guest.confirm')}
          cancelLabel={t('consultation.guest.cancel')}
          onConfirm={() => void join(true)}
          onCancel={() => setStep({ kind: 'idle' })}
        />
      )}
      {step.kind === 'ended' && (
        <ConfirmDialog
          title={t('consultation.ended.title')}
          body={t('consultation.ended.body')}
          confirmLabel={t('consultation.ended.markDone')}
          cancelLabel={t('consultation.ended.keep')}
          tone="primary"
          onConfirm={() => {
            setStep({ kind: 'idle' });
            props.onMarkDone();
          }}
          onCancel={() => setStep({ kind: 'idle' })}
        >
          <PrivacyReportView report={step.report} live={false} />
        </ConfirmDialog>
      )}
    </section>
  );
}
