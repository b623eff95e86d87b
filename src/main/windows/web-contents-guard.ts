import type { WebContents } from 'electron';
import { isAppOrigin } from '../ipc/router';
import type { Logger } from '../log/logger';

type GuardedContents = Pick<WebContents, 'on' | 'setWindowOpenHandler'>;

/**
 * Every web contents stays on the app: no navigation away, no redirects away,
 * no new windows, no <webview>. A link that asks for a new window may open in
 * the system browser instead, if `openExternal` allows it (after asking).
 */
export function guardWebContents(
  contents: GuardedContents,
  appOrigin: string,
  log: Logger,
  openExternal: (url: string) => Promise<boolean> = () => Promise.resolve(false),
): void {
  contents.setWindowOpenHandler(({ url }) => {
    log.warn('refused to open a new window');
    openExternal(url).catch((error: unknown) => log.error('opening a link failed', error));
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
