import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { SettingsView } from '../../shared/ipc-contract';
import type { TokenStatus } from '../../shared/moderator-token';
import { fieldIssues, type FieldIssue } from '../../shared/result';
import {
  languagePreferences,
  MAX_RETENTION_DAYS,
  MIN_RETENTION_DAYS,
  settingsChangeSchema,
  type SettingsChange,
} from '../../shared/settings';
import { TokenSettings } from './TokenSettings';

interface Props {
  view: SettingsView;
  onSave: (change: SettingsChange) => Promise<FieldIssue[] | null>;
  token: TokenStatus;
  onTokenChange: (status: TokenStatus) => void;
}

const languageNames: Record<string, string> = { de: 'Deutsch', en: 'English' };
type Field = 'serverUrl' | 'retentionDays';

export function SettingsPanel({ view, onSave, token, onTokenChange }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const [language, setLanguage] = useState(view.settings.language);
  const [serverUrl, setServerUrl] = useState(view.settings.serverUrl ?? '');
  const [retentionDays, setRetentionDays] = useState(String(view.settings.retentionDays));
  const [issues, setIssues] = useState<Partial<Record<Field, string>>>({});
  const [saved, setSaved] = useState(false);

  const show = (list: FieldIssue[]) => {
    const byField: Partial<Record<Field, string>> = {};
    for (const issue of list) byField[issue.path as Field] ??= issue.message;
    setIssues(byField);
    const first = (['serverUrl', 'retentionDays'] as const).find((field) => byField[field]);
    if (first) document.getElementById(`${id}-${first}`)?.focus();
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    const parsed = settingsChangeSchema.safeParse({
      language,
      serverUrl: serverUrl.trim() === '' ? null : serverUrl.trim(),
      retentionDays: retentionDays.trim() === '' ? Number.NaN : Number(retentionDays),
    });
    if (!parsed.success) {
      show(fieldIssues(parsed.error));
      return;
    }
    setIssues({});
    const problems = await onSave(parsed.data);
    if (problems) show(problems);
    else setSaved(true);
  };

  const described = (field: Field, hint: boolean) =>
    [hint ? `${id}-${field}-hint` : '', issues[field] ? `${id}-${field}-issue` : '']
      .filter(Boolean)
      .join(' ') || undefined;
  const issue = (field: Field) =>
    issues[field] ? (
      <p className="field-issue" id={`${id}-${field}-issue`}>
        {t(issues[field])}
      </p>
    ) : null;

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

        <label htmlFor={`${id}-serverUrl`}>{t('settings.serverUrl')}</label>
        <input
          id={`${id}-serverUrl`}
          type="url"
          value={serverUrl}
          placeholder="https://"
          aria-invalid={issues.serverUrl ? true : undefined}
          aria-describedby={described('serverUrl', true)}
          onChange={(event) => setServerUrl(event.target.value)}
        />
        <p className="hint" id={`${id}-serverUrl-hint`}>
          {t('settings.serverUrlHint')}
        </p>
        {issue('serverUrl')}

        <label htmlFor={`${id}-retentionDays`}>{t('settings.retentionDays')}</label>
        <input
          id={`${id}-retentionDays`}
          type="number"
          inputMode="numeric"
          min={MIN_RETENTION_DAYS}
          max={MAX_RETENTION_DAYS}
          value={retentionDays}
          aria-invalid={issues.retentionDays ? true : undefined}
          aria-describedby={described('retentionDays', true)}
          onChange={(event) => setRetentionDays(event.target.value)}
        />
        <p className="hint" id={`${id}-retentionDays-hint`}>
          {t('settings.retentionDaysHint')}
        </p>
        {issue('retentionDays')}

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
