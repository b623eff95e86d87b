import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { SettingsView } from '../../shared/ipc-contract';
import { languageNames } from '../../shared/language';
import type { TokenStatus } from '../../shared/moderator-token';
import { fieldIssues, type FieldIssue } from '../../shared/result';
import {
  languagePreferences,
  MAX_RETENTION_DAYS,
  MIN_RETENTION_DAYS,
  settingsChangeSchema,
  type SettingsChange,
} from '../../shared/settings';
import { AccessChoice } from './AccessChoice';
import { fieldAria, FieldNotes } from './FieldNotes';
import { TokenSettings } from './TokenSettings';

interface Props {
  view: SettingsView;
  onSave: (change: SettingsChange) => Promise<FieldIssue[] | null>;
  token: TokenStatus;
  onTokenChange: (status: TokenStatus) => void;
}

const fields = [
  'displayName',
  'serverUrl',
  'extraOrigins',
  'iceServers',
  'spkiPins',
  'retentionDays',
] as const;
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
  const [displayName, setDisplayName] = useState(view.settings.displayName);
  const [serverUrl, setServerUrl] = useState(view.settings.serverUrl ?? '');
  const [extraOrigins, setExtraOrigins] = useState(view.settings.extraOrigins.join('\n'));
  const [iceServers, setIceServers] = useState(view.settings.iceServers.join('\n'));
  const [spkiPins, setSpkiPins] = useState(view.settings.spkiPins.join('\n'));
  const [relayOnly, setRelayOnly] = useState(view.settings.relayOnly);
  const [retentionDays, setRetentionDays] = useState(String(view.settings.retentionDays));
  const [defaultAccess, setDefaultAccess] = useState(view.settings.defaultAccess);
  const [endToEnd, setEndToEnd] = useState(view.settings.endToEndEncryption === 'auto');
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
      displayName,
      serverUrl: serverUrl.trim() === '' ? null : serverUrl.trim(),
      extraOrigins: lines(extraOrigins),
      iceServers: lines(iceServers),
      spkiPins: lines(spkiPins),
      relayOnly,
      defaultAccess,
      endToEndEncryption: endToEnd ? 'auto' : 'off',
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

  /** The id, aria attributes and notes (hint and inline issue) of one field. */
  const field = (name: Field) => {
    const fieldId = `${id}-${name}`;
    const notes = { hint: t(`settings.${name}Hint`), issue: issues[name] };
    return {
      id: fieldId,
      aria: fieldAria(fieldId, notes),
      notes: <FieldNotes id={fieldId} {...notes} />,
    };
  };
  const displayNameField = field('displayName');
  const serverUrlField = field('serverUrl');
  const retentionDaysField = field('retentionDays');

  const listFields = [
    { name: 'extraOrigins', value: extraOrigins, setValue: setExtraOrigins },
    { name: 'iceServers', value: iceServers, setValue: setIceServers },
    { name: 'spkiPins', value: spkiPins, setValue: setSpkiPins },
  ] as const;

  return (
    <div className="settings">
      <form onSubmit={(event) => void submit(event)} noValidate>
        <h2>{t('settings.heading')}</h2>
        <label htmlFor={`${id}-language`}>{t('settings.language')}</label>
        <select
          id={`${id}-language`}
          autoComplete="off"
          value={language}
          onChange={(event) => setLanguage(event.target.value as typeof language)}
        >
          {languagePreferences.map((preference) => (
            <option key={preference} value={preference}>
              {preference === 'system' ? t('settings.languageSystem') : languageNames[preference]}
            </option>
          ))}
        </select>

        <label htmlFor={serverUrlField.id}>{t('settings.serverUrl')}</label>
        <input
          id={serverUrlField.id}
          type="url"
          autoComplete="off"
          value={serverUrl}
          placeholder="https://"
          {...serverUrlField.aria}
          onChange={(event) => setServerUrl(event.target.value)}
        />
        {serverUrlField.notes}

        <fieldset>
          <legend>{t('settings.network')}</legend>
          <p className="hint">{t('settings.networkHint')}</p>
          {listFields.map(({ name, value, setValue }) => {
            const list = field(name);
            return (
              <div key={name}>
                <label htmlFor={list.id}>{t(`settings.${name}`)}</label>
                <textarea
                  id={list.id}
                  rows={2}
                  autoComplete="off"
                  spellCheck={false}
                  value={value}
                  {...list.aria}
                  onChange={(event) => setValue(event.target.value)}
                />
                {list.notes}
              </div>
            );
          })}
          <label className="checkbox">
            <input
              type="checkbox"
              autoComplete="off"
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

        <label htmlFor={displayNameField.id}>{t('settings.displayName')}</label>
        <input
          id={displayNameField.id}
          value={displayName}
          maxLength={80}
          autoComplete="off"
          {...displayNameField.aria}
          onChange={(event) => setDisplayName(event.target.value)}
        />
        {displayNameField.notes}

        <AccessChoice
          value={defaultAccess}
          onChange={setDefaultAccess}
          legend={t('access.defaultLegend')}
        />

        <label className="checkbox">
          <input
            type="checkbox"
            autoComplete="off"
            checked={endToEnd}
            aria-describedby={`${id}-endToEnd-hint`}
            onChange={(event) => setEndToEnd(event.target.checked)}
          />
          {t('settings.endToEndEncryption')}
        </label>
        <p className="hint" id={`${id}-endToEnd-hint`}>
          {t('settings.endToEndEncryptionHint')}
        </p>

        <label htmlFor={retentionDaysField.id}>{t('settings.retentionDays')}</label>
        <input
          id={retentionDaysField.id}
          type="number"
          autoComplete="off"
          inputMode="numeric"
          min={MIN_RETENTION_DAYS}
          max={MAX_RETENTION_DAYS}
          value={retentionDays}
          {...retentionDaysField.aria}
          onChange={(event) => setRetentionDays(event.target.value)}
        />
        {retentionDaysField.notes}

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
