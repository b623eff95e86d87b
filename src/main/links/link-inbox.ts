import { MAX_DEEP_LINK_LENGTH, MAX_QUEUED_LINKS } from '../../shared/deep-link';
import type { Logger } from '../log/logger';

/**
 * The links that arrived and the main window's page has not taken yet: a link
 * may come before the window exists (the first start's own) or while its page
 * loads. Bounded: a flood of links keeps only the newest few.
 */
export interface LinkInbox {
  receive(url: string): void;
  /** The links in arrival order, and whether older ones were dropped; empties the inbox. */
  take(): { urls: string[]; dropped: boolean };
  /** Kiosk mode: links are not the terminal's business; drops what came and all that comes. */
  ignoreAll(): void;
}

export function createLinkInbox(options: { log: Logger; max?: number }): LinkInbox {
  const { log } = options;
  const max = options.max ?? MAX_QUEUED_LINKS;
  let urls: string[] = [];
  let dropped = false;
  let ignoring = false;
  return {
    receive(url) {
      if (ignoring) {
        log.info('link ignored: kiosk mode');
        return;
      }
      // Kept just long enough for the parser to see it is too long.
      urls.push(url.slice(0, MAX_DEEP_LINK_LENGTH + 1));
      if (urls.length > max) {
        urls = urls.slice(-max);
        dropped = true;
        log.warn('link dropped: too many waiting');
      }
    },
    take() {
      const taken = { urls, dropped };
      urls = [];
      dropped = false;
      return taken;
    },
    ignoreAll() {
      ignoring = true;
      if (urls.length > 0) log.info(`${urls.length} waiting link(s) ignored: kiosk mode`);
      urls = [];
      dropped = false;
    },
  };
}
