import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from '../i18n/react';
import { kioskApi } from './api';

type Outcome = { kind: 'none' } | { kind: 'wrong' } | { kind: 'failed' } | { kind: 'ending' };

/**
 * Staff leave kiosk mode with the PIN. Main checks it and quits; after a wrong
 * PIN it says how long to wait, and the field stays disabled for that long.
 */
export function ExitPinDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const id = useId();
  const dialog = useRef<HTMLDialogElement>(null);
  const field = useRef<HTMLInputElement>(null);
  const [pin, setPin] = useState('');
  const [outcome, setOutcome] = useState<Outcome>({ kind: 'none' });
  const [waitSeconds, wait] = useCountdown();
  const waiting = waitSeconds > 0;

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) element.showModal();
    if (!open && element.open) element.close();
  }, [open]);

  // After the wait the field is enabled again: the focus goes back to it.
  useEffect(() => {
    if (open && !waiting) field.current?.focus();
  }, [open, waiting]);

  const close = () => {
    setPin('');
    onClose();
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (waiting || pin === '') return;
    const tried = pin;
    // The PIN does not stay in the page, whatever the answer.
    setPin('');
    const answer = await kioskApi().kiosk.exit({ pin: tried });
    if (!answer.ok) setOutcome({ kind: 'failed' });
    else if (answer.value.accepted) setOutcome({ kind: 'ending' });
    else {
      setOutcome({ kind: 'wrong' });
      wait(answer.value.retryInSeconds);
    }
  };

  return (
    <dialog ref={dialog} className="kiosk-exit" aria-labelledby={`${id}-heading`} onClose={close}>
      <form autoComplete="off" onSubmit={(event) => void submit(event)}>
        <h2 id={`${id}-heading`}>{t('kiosk.exit.heading')}</h2>
        <p>{t('kiosk.exit.intro')}</p>
        <label htmlFor={`${id}-pin`}>{t('kiosk.exit.pin')}</label>
        <input
          id={`${id}-pin`}
          ref={field}
          type="password"
          inputMode="numeric"
          autoComplete="off"
          value={pin}
          disabled={waiting || outcome.kind === 'ending'}
          aria-describedby={`${id}-status`}
          onChange={(event) => setPin(event.target.value)}
        />
        <p id={`${id}-status`} role="status" className="hint">
          {outcome.kind === 'wrong'
            ? waiting
              ? t('kiosk.exit.wrong', { seconds: waitSeconds })
              : t('kiosk.exit.wrongNow')
            : outcome.kind === 'failed'
              ? t('kiosk.exit.failed')
              : outcome.kind === 'ending'
                ? t('kiosk.exit.ending')
                : ''}
        </p>
        <div className="actions">
          <button type="submit" className="primary" disabled={waiting || outcome.kind === 'ending'}>
            {t('kiosk.exit.confirm')}
          </button>
          <button type="button" onClick={close}>
            {t('kiosk.exit.cancel')}
          </button>
        </div>
      </form>
    </dialog>
  );
}

/**
 * Seconds left until `until` (epoch ms), counted down every quarter second;
 * `wait(seconds)` starts a new wait.
 */
function useCountdown(): [number, (seconds: number) => void] {
  const [until, setUntil] = useState(0);
  const [left, setLeft] = useState(0);
  useEffect(() => {
    if (until === 0) return;
    const timer = window.setInterval(() => {
      const seconds = Math.max(0, Math.ceil((until - Date.now()) / 1000));
      setLeft(seconds);
      if (seconds === 0) window.clearInterval(timer);
    }, 250);
    return () => window.clearInterval(timer);
  }, [until]);
  const wait = (seconds: number) => {
    setLeft(seconds);
    setUntil(Date.now() + seconds * 1000);
  };
  return [left, wait];
}
