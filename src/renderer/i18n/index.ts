import i18next from 'i18next';
import { languages, type Language } from '../../shared/language';

// A window loads only the language it shows, and only its own texts: the main
// window's start bundle stays small (issue 18: ≤ 100 KB gzip). The other language
// comes when someone switches; a window that needs more texts names them (`Part`).
const dictionaries: Record<Language, () => Promise<object>> = {
  de: () => import('./de').then((module) => module.de),
  en: () => import('./en').then((module) => module.en),
};

const parts = {
  /** The meeting window's own texts, its equipment check's included. */
  meeting: {
    de: () => import('./de-meeting').then((module) => module.deMeeting),
    en: () => import('./en-meeting').then((module) => module.enMeeting),
  },
  /** The kiosk's window, and the meeting window at a kiosk (the client's equipment check). */
  kiosk: {
    de: () => import('./de-kiosk').then((module) => module.deKiosk),
    en: () => import('./en-kiosk').then((module) => module.enKiosk),
  },
  /**
   * The main window's panes that are not on screen at start (details, forms,
   * settings, notices, the locked store), loaded with them (loadPart).
   */
  panes: {
    de: () => import('./de-panes').then((module) => module.dePanes),
    en: () => import('./en-panes').then((module) => module.enPanes),
  },
  /** The main window's calendar import dialog, loaded with it (loadPart). */
  calendarImport: {
    de: () => import('./de-calendar-import').then((module) => module.deCalendarImport),
    en: () => import('./en-calendar-import').then((module) => module.enCalendarImport),
  },
} satisfies Record<string, Record<Language, () => Promise<object>>>;

export type Part = keyof typeof parts;

/** The parts this window has asked for, so a switch of language loads them too. */
const partsInUse = new Set<Part>();

async function texts(language: Language): Promise<object> {
  const loaded = await Promise.all([
    dictionaries[language](),
    ...[...partsInUse].map((part) => parts[part][language]()),
  ]);
  return Object.assign({}, ...loaded) as object;
}

export async function setUpI18n(language: Language, windowParts: readonly Part[] = []) {
  windowParts.forEach((part) => partsInUse.add(part));
  await i18next.init({
    resources: { [language]: { translation: await texts(language) } },
    lng: language,
    // en has every key of de (its type says so): nothing to fall back to, and a
    // fallback language would have to be loaded at start as well.
    fallbackLng: false,
    interpolation: { escapeValue: false }, // React escapes
    returnNull: false,
    // No advertisement in the counsellor's console (i18next logs one by default).
    showSupportNotice: false,
  });
  document.documentElement.lang = language;
  return i18next;
}

/**
 * Adds a part's texts once a lazily loaded view needs them, to every language
 * loaded so far; from then on a switch of language loads them too.
 */
export function loadPart(part: Part): Promise<void> {
  // One load per part: a second caller waits for the same texts, never renders before them.
  let loading = partLoads.get(part);
  if (!loading) {
    loading = addPart(part);
    partLoads.set(part, loading);
  }
  return loading;
}

const partLoads = new Map<Part, Promise<void>>();

/** A lazily loaded module, ready once the texts it shows are: it never renders keys. */
export async function withTexts<T>(part: Part, module: Promise<T>): Promise<T> {
  const [loaded] = await Promise.all([module, loadPart(part)]);
  return loaded;
}

async function addPart(part: Part) {
  partsInUse.add(part);
  const loaded = languages.filter((language) => i18next.hasResourceBundle(language, 'translation'));
  const texts = await Promise.all(loaded.map((language) => parts[part][language]()));
  loaded.forEach((language, index) =>
    i18next.addResourceBundle(language, 'translation', texts[index], true, true),
  );
}

/** Loads the language's texts before switching, so no key shows for a moment. */
export async function switchLanguage(language: Language) {
  if (!i18next.hasResourceBundle(language, 'translation')) {
    i18next.addResourceBundle(language, 'translation', await texts(language), true, true);
  }
  await i18next.changeLanguage(language);
  document.documentElement.lang = language;
}
