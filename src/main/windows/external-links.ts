import { externalLinkTarget } from '../../shared/external-link';
import type { Language } from '../../shared/settings';
import type { Logger } from '../log/logger';

export interface ExternalLinkOptions {
  /** Asks the counsellor; resolves true to open. */
  confirm(question: {
    message: string;
    detail: string;
    open: string;
    cancel: string;
  }): Promise<boolean>;
  /** shell.openExternal in the app. */
  open(url: string): Promise<void>;
  language(): Language;
  log: Logger;
}

const texts = {
  de: {
    web: 'Diesen Link im Browser öffnen?',
    mail: 'Diese E-Mail-Adresse im Mailprogramm öffnen?',
    detail: (shown: string) =>
      `${shown}\n\nDer Link führt aus Sprechstunde hinaus: Was Sie dort tun, schützt die App nicht.`,
    open: 'Öffnen',
    cancel: 'Abbrechen',
  },
  en: {
    web: 'Open this link in your browser?',
    mail: 'Open this address in your mail program?',
    detail: (shown: string) =>
      `${shown}\n\nThe link leads out of Sprechstunde: the app cannot protect what you do there.`,
    open: 'Open',
    cancel: 'Cancel',
  },
} as const;

/**
 * Opens a link outside the app when the policy allows it (https:, mailto:) and
 * the counsellor confirms; everything else is refused without asking.
 */
export function createExternalLinkOpener(options: ExternalLinkOptions) {
  let asking = false;
  return async (url: string): Promise<boolean> => {
    const target = externalLinkTarget(url);
    if (!target) {
      options.log.warn('refused to open a link outside the app: scheme not allowed');
      return false;
    }
    // One question at a time: a page cannot pile up dialogs.
    if (asking) return false;
    asking = true;
    try {
      const text = texts[options.language()];
      const confirmed = await options.confirm({
        message: text[target.kind],
        detail: text.detail(target.shown),
        open: text.open,
        cancel: text.cancel,
      });
      if (!confirmed) return false;
      await options.open(url);
      return true;
    } finally {
      asking = false;
    }
  };
}
