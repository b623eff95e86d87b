import { z } from 'zod';

export const languages = ['de', 'en'] as const;
export type Language = (typeof languages)[number];

export const languagePreferences = ['system', ...languages] as const;
export type LanguagePreference = (typeof languagePreferences)[number];

/** German on a German system, English otherwise (the app's second language). */
export function resolveLanguage(
  preference: LanguagePreference,
  systemLocales: readonly string[],
): Language {
  if (preference !== 'system') return preference;
  const first = systemLocales[0]?.toLowerCase() ?? '';
  return first === 'de' || first.startsWith('de-') ? 'de' : 'en';
}

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
