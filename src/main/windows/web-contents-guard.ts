import type { WebContents } from 'electron';
import { isAppOrigin } from '../ipc/router';
import type { Logger } from '../log/logger';

type GuardedContents = Pick<WebContents, 'on' | 'setWindowOpenHandler'>;

/**
 * Every web contents stays on the app: no navigation away, no redirects away,
 * no new windows, no <webview>. Opening links externally comes with the
 * network policy, after the counsellor confirms.
 */
export function guardWebContents(contents: GuardedContents, appOrigin: string, log: Logger): void {
  contents.setWindowOpenHandler(() => {
    log.warn('refused to open a new window');
    return { action: 'deny' };
  });
  const stayOnApp = (event: { preventDefault(): void }, url: string) => {
    if (isAppOrigin(url, appOrigin)) return;
    event.preventDefault();
    log.warn('refused to navigate away from the app');
  };
  contents.on('will-navigate', stayOnApp);
  contents.on('will-redirect', stayOnApp);
  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
    log.warn('refused to attach a webview');
  });
}
