import { useId, useState } from 'react';
import { useTranslation } from '../i18n/react';
import { accessRules } from '../../shared/access';
import type { Appointment, AppointmentStatus } from '../../shared/appointment';
import { localDay } from '../../shared/appointment-views';
import { api } from '../api';
import { formatTimestamp, formatWhen } from '../format';
import { useMainCall } from '../use-main-call';
import type { Consultation } from '../use-consultation';
import type { ConnectionState } from '../use-server-status';
import { ConfirmDialog } from './ConfirmDialog';
import { ConsultationControls } from './ConsultationControls';
import { InvitationPanel } from './InvitationPanel';
import { AppointmentPrivacy } from './PrivacyReport';
import { StatusBadge } from './StatusBadge';

interface Props {
  appointment: Appointment;
  /** Whether the server answers: a consultation starts only when it does. */
  connection: ConnectionState;
  consultation: Consultation;
  onEdit: () => void;
  onSetStatus: (status: AppointmentStatus) => void;
  onDelete: () => void;
}

export function AppointmentDetails({
  appointment,
  connection,
  consultation,
  onEdit,
  onSetStatus,
  onDelete,
}: Props) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const [confirming, setConfirming] = useState(false);
  const [copied, setCopied] = useState(false);
  const { call, busy } = useMainCall();
  const language = i18n.language;
  // Done, or on an earlier day: nothing left to start or to cancel.
  const over =
    appointment.status === 'done' || Date.parse(appointment.start) < localDay(new Date()).start;

  const copyLink = async () => {
    setCopied(false);
    const texts = await call(
      api().invitation.get({ id: appointment.id, language: language === 'en' ? 'en' : 'de' }),
    );
    if (!texts.ok) return;
    const outcome = await call(api().clipboard.writeText({ text: texts.value.link }));
    setCopied(outcome.ok);
  };

  return (
    <article className="appointment-details" aria-labelledby={id}>
      <h2 id={id}>{appointment.title}</h2>
      <dl>
        <dt>{t('appointment.date')}</dt>
        <dd>
          {formatWhen(appointment, language)} (
          {t('appointment.minutes', { count: appointment.durationMinutes })})
        </dd>
        <dt>{t('appointment.clientLabel')}</dt>
        <dd>{appointment.clientLabel || t('list.untitledClient')}</dd>
        <dt>{t('appointment.status')}</dt>
        <dd>
          <StatusBadge status={appointment.status} />
        </dd>
        <dt>{t('access.heading')}</dt>
        <dd>
          {t(`access.${appointment.access}.label`)}
          <span className="hint"> – {t(`access.${appointment.access}.explain`)}</span>
        </dd>
        <dt>{t('appointment.notes')}</dt>
        <dd className="notes">{appointment.notes || '—'}</dd>
        <dt>{t('appointment.updated')}</dt>
        <dd>{formatTimestamp(appointment.updatedAt, language)}</dd>
      </dl>
      {over ? (
        <p className="hint over">{t('appointment.over')}</p>
      ) : (
        <ConsultationControls
          appointment={appointment}
          connection={connection}
          consultation={consultation}
        />
      )}
      <div className="actions">
        <button type="button" onClick={onEdit}>
          {t('actions.edit')}
        </button>
        <button type="button" disabled={busy} onClick={() => void copyLink()}>
          {t('actions.copyLink')}
        </button>
        {appointment.status === 'cancelled' || appointment.status === 'done' ? (
          <button type="button" onClick={() => onSetStatus('planned')}>
            {t('actions.reactivate')}
          </button>
        ) : (
          !over && (
            <button type="button" onClick={() => onSetStatus('cancelled')}>
              {t('actions.cancelAppointment')}
            </button>
          )
        )}
        <button type="button" className="danger" onClick={() => setConfirming(true)}>
          {t('actions.delete')}
        </button>
      </div>
      {copied && (
        <p role="status" className="hint">
          {t('actions.linkCopied')}
        </p>
      )}
      <InvitationPanel
        key={appointment.id}
        appointmentId={appointment.id}
        withPassword={accessRules[appointment.access].passwordInInvitation}
      />
      <AppointmentPrivacy
        appointmentId={appointment.id}
        stored={appointment.privacyReport}
        running={consultation.step.kind === 'running' && consultation.step.id === appointment.id}
      />
      {confirming && (
        <ConfirmDialog
          title={t('confirmDelete.title')}
          body={t('confirmDelete.body', { title: appointment.title })}
          confirmLabel={t('confirmDelete.confirm')}
          cancelLabel={t('confirmDelete.keep')}
          onConfirm={() => {
            setConfirming(false);
            onDelete();
          }}
          onCancel={() => setConfirming(false)}
        />
      )}
    </article>
  );
}
