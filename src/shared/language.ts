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
