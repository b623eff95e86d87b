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
const fields = ['serverUrl', 'extraOrigins', 'iceServers', 'spkiPins', 'retentionDays'] as const;
type Field = (typeof fields)[number];

/** One entry per line; blank lines do not count. */
const lines = (text: string) =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);

export function SettingsPanel({ view, onSave, token, onTokenChange }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const [language, setLanguage] = useState(view.settings.language);
  const [serverUrl, setServerUrl] = useState(view.settings.serverUrl ?? '');
  const [extraOrigins, setExtraOrigins] = useState(view.settings.extraOrigins.join('\n'));
  const [iceServers, setIceServers] = useState(view.settings.iceServers.join('\n'));
  const [spkiPins, setSpkiPins] = useState(view.settings.spkiPins.join('\n'));
  const [relayOnly, setRelayOnly] = useState(view.settings.relayOnly);
  const [retentionDays, setRetentionDays] = useState(String(view.settings.retentionDays));
  const [issues, setIssues] = useState<Partial<Record<Field, string>>>({});
  const [saved, setSaved] = useState(false);

  const show = (list: FieldIssue[]) => {
    const byField: Partial<Record<Field, string>> = {};
    // A list's issue names its entry (`extraOrigins.2`): shown at the list.
    for (const issue of list) byField[issue.path.split('.')[0] as Field] ??= issue.message;
    setIssues(byField);
    const first = fields.find((field) => byField[field]);
    if (first) document.getElementById(`${id}-${first}`)?.focus();
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    const parsed = settingsChangeSchema.safeParse({
      language,
      serverUrl: serverUrl.trim() === '' ? null : serverUrl.trim(),
      extraOrigins: lines(extraOrigins),
      iceServers: lines(iceServers),
      spkiPins: lines(spkiPins),
      relayOnly,
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

  const listFields = [
    { field: 'extraOrigins', value: extraOrigins, setValue: setExtraOrigins },
    { field: 'iceServers', value: iceServers, setValue: setIceServers },
    { field: 'spkiPins', value: spkiPins, setValue: setSpkiPins },
  ] as const;

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

        <fieldset>
          <legend>{t('settings.network')}</legend>
          <p className="hint">{t('settings.networkHint')}</p>
          {listFields.map(({ field, value, setValue }) => {
            return (
              <div key={field}>
                <label htmlFor={`${id}-${field}`}>{t(`settings.${field}`)}</label>
                <textarea
                  id={`${id}-${field}`}
                  rows={2}
                  spellCheck={false}
                  value={value}
                  aria-invalid={issues[field] ? true : undefined}
                  aria-describedby={described(field, true)}
                  onChange={(event) => setValue(event.target.value)}
                />
                <p className="hint" id={`${id}-${field}-hint`}>
                  {t(`settings.${field}Hint`)}
                </p>
                {issue(field)}
              </div>
            );
          })}
          <label className="checkbox">
            <input
              type="checkbox"
              checked={relayOnly}
              aria-describedby={`${id}-relayOnly-hint`}
              onChange={(event) => setRelayOnly(event.target.checked)}
            />
            {t('settings.relayOnly')}
          </label>
          <p className="hint" id={`${id}-relayOnly-hint`}>
            {t('settings.relayOnlyHint')}
          </p>
        </fieldset>

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
