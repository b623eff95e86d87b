export const languages = ['de', 'en'] as const;
export type Language = (typeof languages)[number];

/** Each language by its own name, as a language menu lists it. */
export const languageNames: Record<Language, string> = { de: 'Deutsch', en: 'English' };

// The counsellors work in Germany: English text, but day-month order and a
// 24-hour clock (en-GB), never the US month-first dates.
const dateLocales: Record<Language, string> = { de: 'de-DE', en: 'en-GB' };

/** The locale that dates and times are written in; another language tag is used as it is. */
export function dateLocale(language: string): string {
  return Object.hasOwn(dateLocales, language) ? dateLocales[language as Language] : language;
}

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
