import { useId } from 'react';
import { useTranslation } from '../i18n/react';
import type { Appointment } from '../../shared/appointment';
import type { Consultation } from '../use-consultation';
import type { ConnectionState } from '../use-server-status';
import { ConfirmDialog } from './ConfirmDialog';
import { PrivacyReportView } from './PrivacyReport';

interface ControlsProps {
  appointment: Appointment;
  connection: ConnectionState;
  consultation: Consultation;
}

/**
 * The appointment's "Start consultation": only with the server reachable and
 * no other consultation running, and with the reason shown when it cannot.
 */
export function ConsultationControls({ appointment, connection, consultation }: ControlsProps) {
  const { t } = useTranslation();
  const id = useId();
  const { step } = consultation;
  const mine = 'id' in step && step.id === appointment.id;
  const blocked =
    appointment.status === 'cancelled'
      ? 'consultation.disabled.cancelled'
      : connection !== 'reachable'
        ? `consultation.disabled.${connection}`
        : step.kind === 'running' && !mine
          ? 'errors.consultation-running'
          : null;

  return (
    <section className="consultation" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`} className="visually-hidden">
        {t('consultation.join')}
      </h3>
      <button
        type="button"
        className="primary"
        disabled={blocked !== null || step.kind === 'running'}
        aria-describedby={blocked ? `${id}-blocked` : undefined}
        onClick={() => void consultation.start(appointment.id, false)}
      >
        {t('consultation.join')}
      </button>
      {blocked && (
        <p id={`${id}-blocked`} className="hint">
          {t(blocked)}
        </p>
      )}
      {mine && step.kind === 'running' && <p role="status">{t('consultation.running')}</p>}
      {mine && step.kind === 'failed' && (
        <p className="notice error" role="alert">
          {t(`errors.${step.error.code}`)}
        </p>
      )}
    </section>
  );
}

interface DialogsProps {
  consultation: Consultation;
  onMarkDone: (id: string) => void;
}

/**
 * The questions around a consultation: join as guest without a token? and,
 * once it has ended, mark it done? with what the network guard blocked.
 */
export function ConsultationDialogs({ consultation, onMarkDone }: DialogsProps) {
  const { t } = useTranslation();
  const { step } = consultation;
  if (step.kind === 'confirm-guest') {
    return (
      <ConfirmDialog
        title={t('consultation.guest.title')}
        body={t('consultation.guest.body')}
        confirmLabel={t('consultation.guest.confirm')}
        cancelLabel={t('consultation.guest.cancel')}
        onConfirm={() => void consultation.start(step.id, true)}
        onCancel={consultation.dismiss}
      />
    );
  }
  if (step.kind === 'ended') {
    return (
      <ConfirmDialog
        title={t('consultation.ended.title')}
        body={t('consultation.ended.body')}
        confirmLabel={t('consultation.ended.markDone')}
        cancelLabel={t('consultation.ended.keep')}
        tone="primary"
        onConfirm={() => {
          consultation.dismiss();
          onMarkDone(step.appointment.id);
        }}
        onCancel={consultation.dismiss}
      >
        <PrivacyReportView report={step.report} live={false} />
      </ConfirmDialog>
    );
  }
  return null;
}
