import { useId, useRef, useState, type FormEvent } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from '../i18n/react';
import type { SettingsView } from '../../shared/ipc-contract';
import { languageNames } from '../../shared/language';
import type { TokenStatus } from '../../shared/moderator-token';
import type { FieldIssue } from '../../shared/result';
import {
  languagePreferences,
  MAX_RETENTION_DAYS,
  MIN_RETENTION_DAYS,
  type SettingsChange,
} from '../../shared/settings';
import { onEscape } from '../escape';
import {
  changeOf,
  completeServerUrl,
  formOf,
  formOrder,
  locksOf,
  organisationSetByPolicy,
  organisationSettings,
  refreshForm,
  type Setting,
  type SettingsForm,
} from '../settings-form';
import { AccessChoice } from './AccessChoice';
import { fieldAria, FieldNotes } from './FieldNotes';
import { OrganisationSettings, type SettingField } from './OrganisationSettings';
import { TokenSettings } from './TokenSettings';

interface Props {
  view: SettingsView;
  onSave: (change: SettingsChange) => Promise<FieldIssue[] | null>;
  /** Leaves the settings (Close, Escape); what is not saved is dropped. */
  onClose: () => void;
  token: TokenStatus;
  onTokenChange: (status: TokenStatus) => void;
}

/**
 * The counsellor's own settings first (name, token, language, retention, how
 * consultations start), then IT's network settings in the Organisation
 * section. What policy sets is shown read-only, never sent back.
 */
export function SettingsPanel({ view, onSave, onClose, token, onTokenChange }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const formId = `${id}-form`;
  const locks = locksOf(view.managed);
  const ceiling = view.managed.retentionMaxDays;
  const [form, setForm] = useState(() => formOf(view.settings));
  const [organisationOpen, setOrganisationOpen] = useState(() => organisationSetByPolicy(locks));
  const [shown, setShown] = useState(view);
  const [issues, setIssues] = useState<Partial<Record<Setting, string>>>({});
  const [saved, setSaved] = useState(false);
  /** The token field's save, run first by the one Save (the token lives in the keychain). */
  const saveToken = useRef<() => Promise<boolean>>(() => Promise.resolve(true));

  // Policy changed while the form is open: what it sets now shows at once.
  if (shown !== view) {
    setShown(view);
    setForm(refreshForm(form, shown, view));
    if (organisationSetByPolicy(locks) && !organisationSetByPolicy(locksOf(shown.managed)))
      setOrganisationOpen(true);
  }

  const change = <K extends keyof SettingsForm>(setting: K, value: SettingsForm[K]) =>
    setForm((old) => ({ ...old, [setting]: value }));

  const inOrganisation = (setting: Setting) =>
    (organisationSettings as readonly Setting[]).includes(setting) ||
    (setting === 'serverUrl' && locks.has('serverUrl'));

  const show = (list: FieldIssue[]) => {
    const bySetting: Partial<Record<Setting, string>> = {};
    // A list's issue names its entry (`extraOrigins.2`): shown at the list.
    for (const issue of list) bySetting[issue.path.split('.')[0] as Setting] ??= issue.message;
    setIssues(bySetting);
    const first = formOrder.find((setting) => bySetting[setting]);
    if (!first) return;
    if (inOrganisation(first)) flushSync(() => setOrganisationOpen(true));
    document.getElementById(`${id}-${first}`)?.focus();
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    // An address typed without https:// is completed, and shown completed.
    const completed = locks.has('serverUrl')
      ? form
      : { ...form, serverUrl: completeServerUrl(form.serverUrl) };
    setForm(completed);
    const checked = changeOf(completed, view.managed);
    if (!checked.ok) {
      show(checked.issues);
      return;
    }
    setIssues({});
    if (!(await saveToken.current())) return;
    const problems = await onSave(checked.change);
    if (problems) show(problems);
    else setSaved(true);
  };

  /** The id, aria attributes and notes (set by policy, hint, inline issue) of one field. */
  const field = (setting: Setting, hint?: string): SettingField => {
    const fieldId = `${id}-${setting}`;
    const notes = {
      hint,
      issue: issues[setting],
      issueValues: { days: ceiling },
      locked: locks.has(setting) ? t('policy.setByOrganisation') : undefined,
    };
    return {
      id: fieldId,
      locked: locks.has(setting),
      aria: fieldAria(fieldId, notes),
      notes: <FieldNotes id={fieldId} {...notes} />,
    };
  };
  const displayName = field('displayName', t('settings.displayNameHint'));
  const language = field('language');
  const retentionDays = field(
    'retentionDays',
    ceiling === null
      ? t('settings.retentionDaysHint')
      : `${t('settings.retentionDaysHint')} ${t('settings.retentionDaysCeiling', { days: ceiling })}`,
  );
  const defaultAccess = field('defaultAccess');
  const endToEnd = field('endToEndEncryption', t('settings.endToEndEncryptionHint'));
  // Its hint is an example to type after: nothing to type where policy sets it.
  const serverUrl = field(
    'serverUrl',
    locks.has('serverUrl') ? undefined : t('settings.serverUrlHint'),
  );

  const serverUrlInput = (
    <>
      <label htmlFor={serverUrl.id}>{t('settings.serverUrl')}</label>
      <input
        id={serverUrl.id}
        type="url"
        autoComplete="off"
        readOnly={serverUrl.locked}
        value={form.serverUrl}
        placeholder={serverUrl.locked ? undefined : 'https://'}
        {...serverUrl.aria}
        onChange={(event) => change('serverUrl', event.target.value)}
        onBlur={() => !serverUrl.locked && change('serverUrl', completeServerUrl(form.serverUrl))}
      />
      {serverUrl.notes}
    </>
  );

  return (
    <div className="settings" onKeyDown={onEscape(onClose)}>
      <h2>{t('settings.heading')}</h2>
      {/* Of the form below (the token between them has a form of its own). */}
      <label htmlFor={displayName.id}>{t('settings.displayName')}</label>
      <input
        id={displayName.id}
        form={formId}
        value={form.displayName}
        maxLength={80}
        autoComplete="off"
        readOnly={displayName.locked}
        {...displayName.aria}
        onChange={(event) => change('displayName', event.target.value)}
      />
      {displayName.notes}

      <TokenSettings
        status={token}
        onChange={onTokenChange}
        allowGuestJoin={view.managed.allowGuestJoin}
        saveWith={{
          formId,
          register: (save) => {
            saveToken.current = save;
          },
        }}
      />

      <form id={formId} onSubmit={(event) => void submit(event)} noValidate>
        <label htmlFor={language.id}>{t('settings.language')}</label>
        <select
          id={language.id}
          autoComplete="off"
          disabled={language.locked}
          value={form.language}
          {...language.aria}
          onChange={(event) => change('language', event.target.value as SettingsForm['language'])}
        >
          {languagePreferences.map((preference) => (
            <option key={preference} value={preference}>
              {preference === 'system' ? t('settings.languageSystem') : languageNames[preference]}
            </option>
          ))}
        </select>
        {language.notes}

        <label htmlFor={retentionDays.id}>{t('settings.retentionDays')}</label>
        <input
          id={retentionDays.id}
          type="number"
          autoComplete="off"
          inputMode="numeric"
          min={MIN_RETENTION_DAYS}
          max={ceiling ?? MAX_RETENTION_DAYS}
          readOnly={retentionDays.locked}
          value={form.retentionDays}
          {...retentionDays.aria}
          onChange={(event) => change('retentionDays', event.target.value)}
        />
        {retentionDays.notes}

        <AccessChoice
          value={form.defaultAccess}
          onChange={(mode) => change('defaultAccess', mode)}
          legend={t('access.defaultLegend')}
          disabled={defaultAccess.locked}
          describedBy={defaultAccess.aria['aria-describedby']}
          notes={defaultAccess.notes}
        />

        <label className="checkbox">
          <input
            id={endToEnd.id}
            type="checkbox"
            autoComplete="off"
            disabled={endToEnd.locked}
            checked={form.endToEndEncryption}
            {...endToEnd.aria}
            onChange={(event) => change('endToEndEncryption', event.target.checked)}
          />
          {t('settings.endToEndEncryption')}
        </label>
        {endToEnd.notes}

        {!serverUrl.locked && serverUrlInput}

        <OrganisationSettings
          open={organisationOpen}
          onToggle={setOrganisationOpen}
          server={serverUrl.locked ? serverUrlInput : null}
          form={form}
          onChange={change}
          field={field}
        />

        <div className="actions">
          <button type="submit" className="primary">
            {t('actions.save')}
          </button>
          <button type="button" onClick={onClose}>
            {t('actions.close')}
          </button>
          {saved && <span role="status">{t('settings.saved')}</span>}
        </div>
      </form>
    </div>
  );
}
