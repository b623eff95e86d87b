import type { ReactNode } from 'react';
import { useTranslation } from '../i18n/react';
import type { SettingsForm } from '../settings-form';
import type { fieldAria } from './FieldNotes';

/** One field of the settings form: its id, its aria attributes and its notes. */
export interface SettingField {
  id: string;
  /** Policy sets it: shown read-only with "Set by your organisation". */
  locked: boolean;
  aria: ReturnType<typeof fieldAria>;
  notes: ReactNode;
}

interface Props {
  open: boolean;
  onToggle: (open: boolean) => void;
  /** The server address, when policy sets it: it then belongs to IT's part. */
  server: ReactNode;
  form: SettingsForm;
  onChange: <K extends keyof SettingsForm>(setting: K, value: SettingsForm[K]) => void;
  field: (setting: keyof SettingsForm, hint?: string) => SettingField;
}

const listSettings = ['extraOrigins', 'iceServers', 'spkiPins'] as const;
const dialInSettings = ['dialInNumbersUrl', 'dialInConfCodeUrl'] as const;

/**
 * The network and dial-in settings IT sets up, out of the counsellor's way:
 * collapsed while policy sets none of them, open (and read-only where set) when it does.
 */
export function OrganisationSettings({ open, onToggle, server, form, onChange, field }: Props) {
  const { t } = useTranslation();
  const relayOnly = field('relayOnly', t('settings.relayOnlyHint'));
  return (
    <details
      className="organisation"
      open={open}
      onToggle={(event) => onToggle(event.currentTarget.open)}
    >
      <summary>{t('settings.organisation')}</summary>
      <p className="hint">
        {t('settings.organisationHint')} {t('settings.networkHint')}
      </p>
      {server}
      {listSettings.map((setting) => {
        const list = field(setting, t(`settings.${setting}Hint`));
        return (
          <div key={setting}>
            <label htmlFor={list.id}>{t(`settings.${setting}`)}</label>
            <textarea
              id={list.id}
              rows={2}
              autoComplete="off"
              spellCheck={false}
              readOnly={list.locked}
              value={form[setting]}
              {...list.aria}
              onChange={(event) => onChange(setting, event.target.value)}
            />
            {list.notes}
          </div>
        );
      })}
      <label className="checkbox">
        <input
          id={relayOnly.id}
          type="checkbox"
          autoComplete="off"
          disabled={relayOnly.locked}
          checked={form.relayOnly}
          {...relayOnly.aria}
          onChange={(event) => onChange('relayOnly', event.target.checked)}
        />
        {t('settings.relayOnly')}
      </label>
      {relayOnly.notes}
      {dialInSettings.map((setting) => {
        const url = field(setting, t(`settings.${setting}Hint`));
        return (
          <div key={setting}>
            <label htmlFor={url.id}>{t(`settings.${setting}`)}</label>
            <input
              id={url.id}
              type="url"
              autoComplete="off"
              spellCheck={false}
              readOnly={url.locked}
              value={form[setting]}
              placeholder={url.locked ? undefined : 'https://'}
              {...url.aria}
              onChange={(event) => onChange(setting, event.target.value)}
            />
            {url.notes}
          </div>
        );
      })}
    </details>
  );
}
