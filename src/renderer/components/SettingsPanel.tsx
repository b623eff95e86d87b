import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { SettingsView } from '../../shared/ipc-contract';
import { languagePreferences, serverUrlSchema, type SettingsChange } from '../../shared/settings';
import type { TokenStatus } from '../../shared/moderator-token';
import type { FieldIssue } from '../../shared/result';
import { TokenSettings } from './TokenSettings';

interface Props {
  view: SettingsView;
  onSave: (change: SettingsChange) => Promise<FieldIssue[] | null>;
  token: TokenStatus;
  onTokenChange: (status: TokenStatus) => void;
}

const languageNames: Record<string, string> = { de: 'Deutsch', en: 'English' };

export function SettingsPanel({ view, onSave, token, onTokenChange }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const [language, setLanguage] = useState(view.settings.language);
  const [serverUrl, setServerUrl] = useState(view.settings.serverUrl ?? '');
  const [issue, setIssue] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    const trimmed = serverUrl.trim();
    const url = trimmed === '' ? null : serverUrlSchema.safeParse(trimmed);
    if (url && !url.success) {
      setIssue(url.error.issues[0]?.message ?? 'validation.serverUrl.invalid');
      document.getElementById(`${id}-server`)?.focus();
      return;
    }
    setIssue(null);
    const problems = await onSave({ language, serverUrl: url ? url.data : null });
    if (problems) setIssue(problems[0]?.message ?? 'validation.serverUrl.invalid');
    else setSaved(true);
  };

  return (
    <div className="settings">
      <form onSubmit={(event) => void submit(event)} noValidate>
        <h2>{t('settings.heading')}</h2>
        <label htmlFor={`${id}-language`}>{t('settings.language')}</label>
        <select
          id={`${id}-language`}
          value={language}
          onChange={(event) => setLanguage(event.target.value as typeof language)}
        >
          {languagePreferences.map((preference) => (
            <option key={preference} value={preference}>
              {preference === 'system' ? t('settings.languageSystem') : languageNames[preference]}
            </option>
          ))}
        </select>

        <label htmlFor={`${id}-server`}>{t('settings.serverUrl')}</label>
        <input
          id={`${id}-server`}
          type="url"
          value={serverUrl}
          placeholder="https://"
          aria-invalid={issue ? true : undefined}
          aria-describedby={`${id}-server-hint${issue ? ` ${id}-server-issue` : ''}`}
          onChange={(event) => setServerUrl(event.target.value)}
        />
        <p className="hint" id={`${id}-server-hint`}>
          {t('settings.serverUrlHint')}
        </p>
        {issue && (
          <p className="field-issue" id={`${id}-server-issue`}>
            {t(issue)}
          </p>
        )}
        <div className="actions">
          <button type="submit" className="primary">
            {t('actions.save')}
          </button>
          {saved && <span role="status">{t('settings.saved')}</span>}
        </div>
      </form>
      <TokenSettings status={token} onChange={onTokenChange} />
    </div>
  );
}
