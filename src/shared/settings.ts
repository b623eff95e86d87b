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

export const userSettingsSchema = z.object({
  language: z.enum(languagePreferences),
  serverUrl: serverUrlSchema.nullable(),
});
export type UserSettings = z.infer<typeof userSettingsSchema>;

export const defaultUserSettings: UserSettings = { language: 'system', serverUrl: null };

export const settingsChangeSchema = userSettingsSchema.partial();
export type SettingsChange = z.infer<typeof settingsChangeSchema>;
