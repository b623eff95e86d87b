import i18next, { type i18n as I18n, type TFunction } from 'i18next';
import {
  createContext,
  createElement,
  lazy,
  useCallback,
  useContext,
  useSyncExternalStore,
  type ComponentType,
  type ReactNode,
} from 'react';
import { withTexts, type Part } from './index';

// React's side of i18next: the components read texts through useTranslation and
// render again when the language changes or a part's texts arrive. This is all the
// app used of react-i18next (no <Trans>, no suspense, no HOCs); the binding cost
// 1.9 KB gzip of the main window's start (issue 18's budget: ≤ 100 KB), this hook a
// few hundred bytes. i18next itself still does every lookup, interpolation and plural.

/**
 * An instance's current t, new after each change (a new language, or texts added
 * by loadPart), as react-i18next gives, so memos and effects that use t update.
 */
interface Changes {
  t: TFunction;
  readonly listeners: Set<() => void>;
}

const changesOf = new WeakMap<I18n, Changes>();

function changes(i18n: I18n): Changes {
  let tracked = changesOf.get(i18n);
  if (!tracked) {
    const created: Changes = { t: i18n.getFixedT(null, null), listeners: new Set() };
    const changed = () => {
      created.t = i18n.getFixedT(null, null);
      created.listeners.forEach((listener) => listener());
    };
    i18n.on('languageChanged', changed);
    i18n.store.on('added', changed);
    changesOf.set(i18n, created);
    tracked = created;
  }
  return tracked;
}

const I18nContext = createContext<I18n>(i18next);

/** Gives a subtree its own i18next instance (tests render one language each). */
export function I18nProvider({ i18n, children }: { i18n: I18n; children?: ReactNode }) {
  return createElement(I18nContext.Provider, { value: i18n }, children);
}

/** The texts of the window's language; the component renders again when they change. */
export function useTranslation(): { t: TFunction; i18n: I18n } {
  const i18n = useContext(I18nContext);
  const subscribe = useCallback(
    (listener: () => void) => {
      const { listeners } = changes(i18n);
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    [i18n],
  );
  const current = () => changes(i18n).t;
  // The same on a server render (the unit tests render to a string).
  const t = useSyncExternalStore(subscribe, current, current);
  return { t, i18n };
}

/**
 * A component loaded when first rendered, together with the texts it shows (a
 * part): off the window's start, and never on screen before its texts.
 */
export function lazyWithTexts<Props extends object>(
  part: Part,
  load: () => Promise<ComponentType<Props>>,
) {
  return lazy(async () => ({ default: await withTexts(part, load()) }));
}
