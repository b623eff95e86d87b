import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from '../i18n/react';
import type { Appointment } from '../../shared/appointment';
import type { LinkAction } from '../../shared/ipc-contract';
import { api } from '../api';
import { usePolling, type PollSignal } from '../use-polling';
import type { Consultation } from '../use-consultation';
import { ConfirmDialog } from './ConfirmDialog';
import { ErrorNotice } from './ErrorNotice';

/** How soon a clicked link shows; main keeps links until then (links:take). */
const LINK_POLL_MS = 1_000;

/** The refusals with a text of their own; the parser's many others share one. */
const explained = new Set([
  'other-server',
  'no-server-configured',
  'unknown-appointment',
  'cancelled',
  'store-locked',
  'too-many',
]);

interface Props {
  /** Shows the appointment in its pane and selects it in the list. */
  show: (appointment: Appointment) => void;
  consultation: Pick<Consultation, 'start'>;
}

/**
 * What `sprechstunde://` links ask of the main window: an appointment opens;
 * a join link opens its appointment and asks before the consultation starts;
 * anything else is refused with a notice, and nothing navigates or loads.
 */
export function DeepLinks({ show, consultation }: Props) {
  const { t } = useTranslation();
  const [asking, setAsking] = useState<Appointment | null>(null);
  const [refusal, setRefusal] = useState<string | null>(null);
  // The latest `show` without restarting the polling at every render.
  const showRef = useRef(show);
  useEffect(() => {
    showRef.current = show;
  }, [show]);

  const take = useCallback(async (signal: PollSignal) => {
    const result = await api().links.take();
    if (!signal.active || !result.ok) return;
    result.value.forEach((action: LinkAction) => {
      if (action.kind === 'refused') {
        setRefusal(explained.has(action.reason) ? action.reason : 'other');
        return;
      }
      showRef.current(action.appointment);
      setAsking(action.kind === 'confirm-join' ? action.appointment : null);
    });
  }, []);
  usePolling(take, LINK_POLL_MS);

  return (
    <>
      {refusal && (
        <ErrorNotice onClose={() => setRefusal(null)}>{t(`links.refused.${refusal}`)}</ErrorNotice>
      )}
      {asking && (
        <ConfirmDialog
          title={t('links.join.title')}
          body={t('links.join.body', { title: asking.title })}
          confirmLabel={t('links.join.confirm')}
          cancelLabel={t('links.join.cancel')}
          tone="primary"
          onConfirm={() => {
            setAsking(null);
            void consultation.start(asking.id, false);
          }}
          onCancel={() => setAsking(null)}
        />
      )}
    </>
  );
}
