import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from '../i18n/react';
import type { FieldIssue } from '../../shared/result';
import type { TokenStatus } from '../../shared/moderator-token';
import { serverUrlSchema, type SettingsChange } from '../../shared/settings';
import { onEscape } from '../escape';
import { completeServerUrl } from '../settings-form';
import { fieldAria, FieldNotes } from './FieldNotes';
import { TokenSettings } from './TokenSettings';

interface Props {
  onSave: (change: SettingsChange) => Promise<FieldIssue[] | null>;
  onLater: () => void;
}

/** First start without a server: ask for it, or let the counsellor do it later. */
export function ServerSetup({ onSave, onLater }: Props) {
  const { t } = useTranslation();
  const id = `${useId()}-serverUrl`;
  const [serverUrl, setServerUrl] = useState('');
  const [issue, setIssue] = useState<string | null>(null);
  const input = useRef<HTMLInputElement>(null);

  // The form loads after the list: take focus only if the counsellor has not
  // already moved it (autoFocus would pull it away from what they are doing).
  useEffect(() => {
    const active = document.activeElement;
    if (active === null || active === document.body) input.current?.focus();
  }, []);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    // Typed without https://: completed, and shown completed, not refused.
    const completed = completeServerUrl(serverUrl);
    setServerUrl(completed);
    const parsed = serverUrlSchema.safeParse(completed);
    if (!parsed.success) {
      setIssue(parsed.error.issues[0]?.message ?? 'validation.serverUrl.invalid');
      document.getElementById(id)?.focus();
      return;
    }
    const problems = await onSave({ serverUrl: parsed.data });
    setIssue(problems?.[0]?.message ?? null);
  };

  const notes = { hint: t('settings.serverUrlHint'), issue };

  return (
    <form
      className="server-setup"
      onSubmit={(event) => void submit(event)}
      onKeyDown={onEscape(onLater)}
      noValidate
    >
      <h2>{t('setup.heading')}</h2>
      <p>{t('setup.intro')}</p>
      <label htmlFor={id}>{t('settings.serverUrl')}</label>
      <input
        id={id}
        type="url"
        autoComplete="off"
        value={serverUrl}
        placeholder="https://"
        ref={input}
        {...fieldAria(id, notes)}
        onChange={(event) => setServerUrl(event.target.value)}
        onBlur={() => setServerUrl(completeServerUrl)}
      />
      <FieldNotes id={id} {...notes} />
      <div className="actions">
        <button type="submit" className="primary">
          {t('actions.save')}
        </button>
        <button type="button" onClick={onLater}>
          {t('setup.later')}
        </button>
      </div>
      <p className="hint">{t('setup.offline')}</p>
    </form>
  );
}

/**
 * First start, once the server is set: the token every counsellor needs for
 * moderator rights, asked for now rather than at the first consultation.
 */
export function TokenSetup({
  token,
  allowGuestJoin,
  onTokenChange,
  onLater,
}: {
  token: TokenStatus;
  allowGuestJoin: boolean;
  onTokenChange: (status: TokenStatus) => void;
  onLater: () => void;
}) {
  const { t } = useTranslation();
  return (
    <div className="server-setup" onKeyDown={onEscape(onLater)}>
      <h2>{t('setup.tokenHeading')}</h2>
      <p>{t('setup.tokenIntro')}</p>
      <TokenSettings status={token} onChange={onTokenChange} allowGuestJoin={allowGuestJoin} />
      <div className="actions">
        <button type="button" onClick={onLater}>
          {t('setup.later')}
        </button>
      </div>
    </div>
  );
}
