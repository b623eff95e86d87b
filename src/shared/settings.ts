import { z } from 'zod';
import { languagePreferences } from './language';

export {
  languagePreferences,
  languages,
  resolveLanguage,
  type Language,
  type LanguagePreference,
} from './language';

export const serverUrlSchema = z
  .url({ protocol: /^https$/, error: 'validation.serverUrl.invalid' })
  .max(2048, { error: 'validation.serverUrl.invalid' });

export const MIN_RETENTION_DAYS = 1;
export const MAX_RETENTION_DAYS = 3650;

export const userSettingsSchema = z.object({
  language: z.enum(languagePreferences),
  serverUrl: serverUrlSchema.nullable(),
  /** Days after its end that a past appointment is deleted. */
  retentionDays: z
    .number({ error: 'validation.retentionDays.invalid' })
    .int({ error: 'validation.retentionDays.invalid' })
    .min(MIN_RETENTION_DAYS, { error: 'validation.retentionDays.invalid' })
    .max(MAX_RETENTION_DAYS, { error: 'validation.retentionDays.invalid' }),
});
export type UserSettings = z.infer<typeof userSettingsSchema>;

export const defaultUserSettings: UserSettings = {
  language: 'system',
  serverUrl: null,
  retentionDays: 30,
};

export const settingsChangeSchema = userSettingsSchema.partial();
export type SettingsChange = z.infer<typeof settingsChangeSchema>;
