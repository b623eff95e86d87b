import type { AccessMode } from '../shared/access';
import type { SettingsView } from '../shared/ipc-contract';
import type { FieldIssue } from '../shared/result';
import {
  settingsChangeSchema,
  type LanguagePreference,
  type SettingsChange,
  type UserSettings,
} from '../shared/settings';
import { fieldIssues } from '../shared/result';

export type Setting = keyof UserSettings;
type Managed = SettingsView['managed'];
export type Lock = Managed['locked'][number];

/** The settings form as the counsellor edits it: lists and numbers as typed. */
export interface SettingsForm {
  language: LanguagePreference;
  displayName: string;
  serverUrl: string;
  extraOrigins: string;
  iceServers: string;
  spkiPins: string;
  relayOnly: boolean;
  dialInNumbersUrl: string;
  dialInConfCodeUrl: string;
  retentionDays: string;
  defaultAccess: AccessMode;
  endToEndEncryption: boolean;
}

/** The fields in the order the form shows them: where the first issue takes the focus. */
export const formOrder = [
  'displayName',
  'language',
  'retentionDays',
  'defaultAccess',
  'endToEndEncryption',
  'serverUrl',
  'extraOrigins',
  'iceServers',
  'spkiPins',
  'relayOnly',
  'dialInNumbersUrl',
  'dialInConfCodeUrl',
] as const satisfies readonly Setting[];

/** IT's network and dial-in fields: in the Organisation section, not the counsellor's own part. */
export const organisationSettings = [
  'extraOrigins',
  'iceServers',
  'spkiPins',
  'relayOnly',
  'dialInNumbersUrl',
  'dialInConfCodeUrl',
] as const satisfies readonly Setting[];

export function formOf(settings: UserSettings): SettingsForm {
  return {
    language: settings.language,
    displayName: settings.displayName,
    serverUrl: settings.serverUrl ?? '',
    extraOrigins: settings.extraOrigins.join('\n'),
    iceServers: settings.iceServers.join('\n'),
    spkiPins: settings.spkiPins.join('\n'),
    relayOnly: settings.relayOnly,
    dialInNumbersUrl: settings.dialInNumbersUrl ?? '',
    dialInConfCodeUrl: settings.dialInConfCodeUrl ?? '',
    retentionDays: String(settings.retentionDays),
    defaultAccess: settings.defaultAccess,
    endToEndEncryption: settings.endToEndEncryption === 'auto',
  };
}

/** The settings policy sets, each with its key and where it was read. */
export function locksOf(managed: Managed): ReadonlyMap<Setting, Lock> {
  return new Map(managed.locked.map((lock) => [lock.setting, lock]));
}

/**
 * Whether the Organisation section starts open: where policy sets any of its
 * fields (the server address too, which then moves there), so the counsellor
 * sees what IT set; otherwise it stays out of the way, collapsed.
 */
export function organisationSetByPolicy(locks: ReadonlyMap<Setting, Lock>): boolean {
  return locks.has('serverUrl') || organisationSettings.some((setting) => locks.has(setting));
}

/**
 * The form after a new view came in (policy changed while it was open): a
 * field policy sets, or set until now, shows the value in force, and so does
 * a field the counsellor has not touched (a new retention ceiling lowers it);
 * what the counsellor is typing stays.
 */
export function refreshForm(
  form: SettingsForm,
  before: SettingsView,
  after: SettingsView,
): SettingsForm {
  const was = formOf(before.settings);
  const now = formOf(after.settings);
  const locked = new Set([...locksOf(before.managed).keys(), ...locksOf(after.managed).keys()]);
  const next: Record<string, unknown> = { ...form };
  for (const setting of Object.keys(form) as Setting[]) {
    if (locked.has(setting) || form[setting] === was[setting]) next[setting] = now[setting];
  }
  return next as unknown as SettingsForm;
}

/**
 * A server address as the counsellor types it, completed: `meet.example.org`
 * becomes `https://meet.example.org`, a trailing slash goes. An address with a
 * scheme of its own (http://) is left for the check to refuse, not rewritten.
 */
export function completeServerUrl(typed: string): string {
  const trimmed = typed.trim();
  if (trimmed === '') return '';
  const withScheme = trimmed.includes('://') ? trimmed : `https://${trimmed}`;
  return withScheme.replace(/\/+$/, '');
}

/** One entry per line; blank lines do not count. */
const lines = (text: string) =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);

export type CheckedChange =
  { ok: true; change: SettingsChange } | { ok: false; issues: FieldIssue[] };

/**
 * The change the form asks for, checked as main will check it: without the
 * settings policy sets (main refuses any change to them), and within the
 * retention ceiling of the organisation.
 */
export function changeOf(form: SettingsForm, managed: Managed): CheckedChange {
  const locks = locksOf(managed);
  const wanted: Record<Setting, unknown> = {
    language: form.language,
    displayName: form.displayName,
    serverUrl: form.serverUrl.trim() === '' ? null : completeServerUrl(form.serverUrl),
    extraOrigins: lines(form.extraOrigins),
    iceServers: lines(form.iceServers),
    spkiPins: lines(form.spkiPins),
    relayOnly: form.relayOnly,
    dialInNumbersUrl: form.dialInNumbersUrl.trim() === '' ? null : form.dialInNumbersUrl,
    dialInConfCodeUrl: form.dialInConfCodeUrl.trim() === '' ? null : form.dialInConfCodeUrl,
    defaultAccess: form.defaultAccess,
    endToEndEncryption: form.endToEndEncryption ? 'auto' : 'off',
    retentionDays: form.retentionDays.trim() === '' ? Number.NaN : Number(form.retentionDays),
  };
  const parsed = settingsChangeSchema.safeParse(
    Object.fromEntries(
      Object.entries(wanted).filter(([setting]) => !locks.has(setting as Setting)),
    ),
  );
  if (!parsed.success) return { ok: false, issues: fieldIssues(parsed.error) };
  const ceiling = managed.retentionMaxDays;
  const days = parsed.data.retentionDays;
  if (ceiling !== null && days !== undefined && days > ceiling) {
    return {
      ok: false,
      issues: [{ path: 'retentionDays', message: 'validation.retentionDays.aboveCeiling' }],
    };
  }
  return { ok: true, change: parsed.data };
}
