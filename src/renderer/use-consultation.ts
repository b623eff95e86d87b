import { useState } from 'react';
import type { Appointment } from '../shared/appointment';
import type { PrivacyReport } from '../shared/privacy-report';
import type { AppError } from '../shared/result';
import { api } from './api';
import { useMainCall } from './use-main-call';

export type ConsultationStep =
  | { kind: 'idle' }
  | { kind: 'running'; id: string }
  | { kind: 'confirm-guest'; id: string }
  | { kind: 'ended'; appointment: Appointment; report: PrivacyReport }
  | { kind: 'failed'; id: string; error: AppError };

export interface Consultation {
  step: ConsultationStep;
  /** Asks main to run the appointment's consultation; resolves when it is over. */
  start: (id: string, asGuest: boolean) => Promise<void>;
  dismiss: () => void;
}

/**
 * The consultation as the main window follows it. It lives above the
 * appointment view, so the counsellor may look at other appointments while it
 * runs and still gets the "ended" question for the right one.
 */
export function useConsultation(
  onEnded: (appointment: Appointment) => void,
  /** Policy (AllowGuestJoin): without it, joining without a token is not offered. */
  allowGuestJoin: boolean,
): Consultation {
  const [step, setStep] = useState<ConsultationStep>({ kind: 'idle' });
  const { ask } = useMainCall();

  const start = async (id: string, asGuest: boolean) => {
    setStep({ kind: 'running', id });
    const result = await ask(api().consultation.join({ id, asGuest }));
    if (!result) return;
    if (result.ok) {
      onEnded(result.value.appointment);
      setStep({ kind: 'ended', ...result.value });
    } else if (result.error.code === 'token-required' && allowGuestJoin) {
      setStep({ kind: 'confirm-guest', id });
    } else if (result.error.code === 'token-required') {
      setStep({ kind: 'failed', id, error: { code: 'guest-join-not-allowed' } });
    } else {
      setStep({ kind: 'failed', id, error: result.error });
    }
  };

  return { step, start, dismiss: () => setStep({ kind: 'idle' }) };
}
