import { useId, useLayoutEffect, useState, type FormEvent } from 'react';
import { useTranslation } from '../i18n/react';
import { tokenUrgency, type TokenStatus } from '../../shared/moderator-token';
import { api } from '../api';
import { formatTimestamp } from '../format';
import { useMainCall } from '../use-main-call';
import { ConfirmDialog } from './ConfirmDialog';
import { fieldAria, FieldNotes } from './FieldNotes';

interface Props {
  status: TokenStatus;
  onChange: (status: TokenStatus) => void;
  /** Policy (AllowGuestJoin): without a token, may the counsellor still join as guest? */
  allowGuestJoin: boolean;
  /**
   * In the settings: the token is saved by the settings' one Save (the form with
   * this id), not by a button of its own; `register` hands that Save the token's part.
   */
  saveWith?: { formId: string; register: (save: () => Promise<boolean>) => void };
}

/**
 * The counsellor's moderator token: entered once, kept in the keychain, never
 * shown again. What is shown is whether there is one and when it runs out.
 */
export function TokenSettings({ status, onChange, allowGuestJoin, saveWith }: Props) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const [editing, setEditing] = useState(!status.stored);
  const [value, setValue] = useState('');
  /** The field's problem as main found it (an i18n key); refusals are `message`. */
  const [issue, setIssue] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const { call, busy, message } = useMainCall();
  const { urgency, days } = tokenUrgency(status, new Date());

  /** True when saved, or when nothing was typed (nothing to save). */
  const saveTyped = async (): Promise<boolean> => {
    if (value.trim() === '') return true;
    const outcome = await call(api().token.save({ token: value }));
    if (!outcome.ok) {
      setIssue(outcome.issues[0]?.message ?? null);
      document.getElementById(`${id}-token`)?.focus();
      return false;
    }
    setValue('');
    setIssue(null);
    setEditing(false);
    onChange(outcome.value);
    return true;
  };
  // Each render: the Save then sends what is typed now.
  useLayoutEffect(() => saveWith?.register(saveTyped));

  const save = async (event: FormEvent) => {
    event.preventDefault();
    await saveTyped();
  };

  const remove = async () => {
    setConfirming(false);
    const outcome = await call(api().token.delete());
    if (!outcome.ok) return;
    setEditing(true);
    onChange(outcome.value);
  };

  return (
    <section className="token" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>{t('token.heading')}</h3>
      <p className="hint">{t('token.explanation')}</p>
      {status.stored ? (
        <p role="status" className={`token-status ${urgency}`}>
          {status.expiresAt === null
            ? t('token.storedNoExpiry')
            : t(urgency === 'expired' ? 'token.expired' : 'token.storedUntil', {
                date: formatTimestamp(status.expiresAt, i18n.language),
              })}
          {urgency === 'expires-soon' && <> {t('token.expiresSoon', { count: days })}</>}
        </p>
      ) : (
        <p role="status" className="token-status none">
          {status.keychainUnavailable
            ? t('token.keychainUnavailable')
            : t(allowGuestJoin ? 'token.none' : 'token.noneNoGuest')}
        </p>
      )}
      {editing && saveWith ? (
        <div>
          <label htmlFor={`${id}-token`}>{t('token.label')}</label>
          <input
            id={`${id}-token`}
            form={saveWith.formId}
            type="password"
            autoComplete="off"
            spellCheck={false}
            value={value}
            {...fieldAria(`${id}-token`, { issue, hint: t('token.savedWithSettings') })}
            onChange={(event) => setValue(event.target.value)}
          />
          <FieldNotes id={`${id}-token`} issue={issue} hint={t('token.savedWithSettings')} />
          {status.stored && (
            <div className="actions">
              <button type="button" onClick={() => setEditing(false)}>
                {t('actions.discard')}
              </button>
            </div>
          )}
        </div>
      ) : editing ? (
        <form onSubmit={(event) => void save(event)} noValidate>
          <label htmlFor={`${id}-token`}>{t('token.label')}</label>
          <input
            id={`${id}-token`}
            type="password"
            autoComplete="off"
            spellCheck={false}
            value={value}
            {...fieldAria(`${id}-token`, { issue })}
            onChange={(event) => setValue(event.target.value)}
          />
          <FieldNotes id={`${id}-token`} issue={issue} />
          <div className="actions">
            <button type="submit" className="primary" disabled={busy}>
              {t('token.save')}
            </button>
            {status.stored && (
              <button type="button" onClick={() => setEditing(false)}>
                {t('actions.discard')}
              </button>
            )}
          </div>
        </form>
      ) : (
        <div className="actions">
          <button type="button" onClick={() => setEditing(true)}>
            {t('token.replace')}
          </button>
          <button
            type="button"
            className="danger"
            disabled={busy}
            onClick={() => setConfirming(true)}
          >
            {t('token.delete')}
          </button>
        </div>
      )}
      {message && (
        <p className="field-issue" role="alert">
          {message}
        </p>
      )}
      {confirming && (
        <ConfirmDialog
          title={t('token.confirmDelete.title')}
          body={t(allowGuestJoin ? 'token.confirmDelete.body' : 'token.confirmDelete.bodyNoGuest')}
          confirmLabel={t('token.confirmDelete.confirm')}
          cancelLabel={t('token.confirmDelete.keep')}
          onConfirm={() => void remove()}
          onCancel={() => setConfirming(false)}
        />
      )}
    </section>
  );
}
