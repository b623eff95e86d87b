import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldIssue } from '../../shared/result';
import { serverUrlSchema, type SettingsChange } from '../../shared/settings';

interface Props {
  onSave: (change: SettingsChange) => Promise<FieldIssue[] | null>;
  onLater: () => void;
}

/** First start without a server: ask for it, or let the counsellor do it later. */
export function ServerSetup({ onSave, onLater }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const [serverUrl, setServerUrl] = useState('');
  const [issue, setIssue] = useState<string | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const parsed = serverUrlSchema.safeParse(serverUrl.trim());
    if (!parsed.success) {
      setIssue(parsed.error.issues[0]?.message ?? 'validation.serverUrl.invalid');
      document.getElementById(`${id}-serverUrl`)?.focus();
      return;
    }
    const problems = await onSave({ serverUrl: parsed.data });
    setIssue(problems?.[0]?.message ?? null);
  };

  return (
    <form className="server-setup" onSubmit={(event) => void submit(event)} noValidate>
      <h2>{t('setup.heading')}</h2>
      <p>{t('setup.intro')}</p>
      <label htmlFor={`${id}-serverUrl`}>{t('settings.serverUrl')}</label>
      <input
        id={`${id}-serverUrl`}
        type="url"
        value={serverUrl}
        placeholder="https://"
        autoFocus
        aria-invalid={issue ? true : undefined}
        aria-describedby={issue ? `${id}-hint ${id}-issue` : `${id}-hint`}
        onChange={(event) => setServerUrl(event.target.value)}
      />
      <p className="hint" id={`${id}-hint`}>
        {t('settings.serverUrlHint')}
      </p>
      {issue && (
        <p className="field-issue" id={`${id}-issue`}>
          {t(issue)}
        </p>
      )}
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
