import { languages, type Language } from '../../shared/language';
import { deScreens } from '../i18n/de-screens';
import { enScreens } from '../i18n/en-screens';

/** The page's language from its `?lang=` query (main knows the setting); German if unknown. */
export function indicatorLanguage(search: string): Language {
  const asked = new URLSearchParams(search).get('lang');
  return languages.find((language) => language === asked) ?? 'de';
}

export function indicatorTexts(language: Language) {
  return (language === 'en' ? enScreens : deScreens).screenSharing;
}
