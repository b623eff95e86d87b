import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Language } from '../../shared/settings';
import { de } from './de';
import { en } from './en';

export const resources = { de: { translation: de }, en: { translation: en } } as const;

export async function setUpI18n(language: Language) {
  await i18next.use(initReactI18next).init({
    resources,
    lng: language,
    fallbackLng: 'en',
    interpolation: { escapeValue: false }, // React escapes
    returnNull: false,
    // No advertisement in the counsellor's console (i18next logs one by default).
    showSupportNotice: false,
  });
  document.documentElement.lang = language;
  return i18next;
}

export async function switchLanguage(language: Language) {
  await i18next.changeLanguage(language);
  document.documentElement.lang = language;
}
