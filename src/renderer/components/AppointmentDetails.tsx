import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Appointment, AppointmentStatus } from '../../shared/appointment';
import { formatStart, formatTimestamp } from '../format';
import { ConfirmDialog } from './ConfirmDialog';
import { InvitationPanel } from './InvitationPanel';
import { AppointmentPrivacy } from './PrivacyReport';

interface Props {
  appointment: Appointment;
  onEdit: () => void;
  onSetStatus: (status: AppointmentStatus) => void;
  onDelete: () => void;
}

export function AppointmentDetails({ appointment, onEdit, onSetStatus, onDelete }: Props) {
  const { t, i18n } = useTranslation();
  const [confirming, setConfirming] = useState(false);
  const language = i18n.language;

  return (
    <article className="appointment-details" aria-labelledby="details-title">
      <h2 id="details-title">{appointment.title}</h2>
      <dl>
        <dt>{t('appointment.date')}</dt>
        <dd>
          {formatStart(appointment, language)} ·{' '}
          {t('appointment.minutes', { count: appointment.durationMinutes })}
        </dd>
        <dt>{t('appointment.clientLabel')}</dt>
        <dd>{appointment.clientLabel || t('list.untitledClient')}</dd>
        <dt>{t('appointment.status')}</dt>
        <dd>
          <span className={`badge ${appointment.status}`}>{t(`status.${appointment.status}`)}</span>
        </dd>
        <dt>{t('appointment.room')}</dt>
        <dd>
          <code>{appointment.roomName}</code>
        </dd>
        <dt>{t('appointment.notes')}</dt>
        <dd className="notes">{appointment.notes || '—'}</dd>
        <dt>{t('appointment.updated')}</dt>
        <dd>{formatTimestamp(appointment.updatedAt, language)}</dd>
      </dl>
      <div className="actions">
        <button type="button" className="primary" onClick={onEdit}>
          {t('actions.edit')}
        </button>
        {appointment.status === 'cancelled' ? (
          <button type="button" onClick={() => onSetStatus('planned')}>
            {t('actions.reactivate')}
          </button>
        ) : (
          <button type="button" onClick={() => onSetStatus('cancelled')}>
            {t('actions.cancelAppointment')}
          </button>
        )}
        <button type="button" className="danger" onClick={() => setConfirming(true)}>
          {t('actions.delete')}
        </button>
      </div>
      <InvitationPanel key={appointment.id} appointmentId={appointment.id} />
      <AppointmentPrivacy appointmentId={appointment.id} stored={appointment.privacyReport} />
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
