import type { App } from 'electron';
import { DEEP_LINK_SCHEME, parseDeepLink, type DeepLink } from '../../shared/deep-link';
import type { Logger } from '../log/logger';

/** What the glue needs of Electron's app: registering the scheme and its two events. */
export type DeepLinkApp = Pick<App, 'setAsDefaultProtocolClient' | 'on'>;

export interface DeepLinkOptions {
  app: DeepLinkApp;
  /** process.argv at start: on Windows and Linux a link starts the app with it. */
  argv: readonly string[];
  /**
   * Run from source (`process.defaultApp`): the scheme must name Electron and the
   * app's entry, or a click would start a bare Electron.
   */
  development?: { execPath: string; entry: string };
  /** The configured server's origin at the moment a link arrives, or null. */
  serverOrigin: () => string | null;
  /** Gets every link, parsed (refused ones too, for a notice). It must ask before a meeting starts. */
  onLink: (link: DeepLink) => void;
  log: Logger;
}

/** The `sprechstunde:` argument in a command line, if any (Windows and Linux hand links so). */
export function linkInArgv(argv: readonly string[]): string | null {
  return argv.find((argument) => argument.toLowerCase().startsWith(`${DEEP_LINK_SCHEME}:`)) ?? null;
}

/**
 * Registers `sprechstunde://` for this user at run time (the installers do it
 * machine-wide) and hands each link to `onLink`: macOS sends `open-url`, a
 * second start on Windows and Linux `second-instance` with its command line
 * (requestSingleInstanceLock makes that start quit), and the first start may
 * carry one in its own. Logs what was refused and why, never the link.
 */
export function registerDeepLinks(options: DeepLinkOptions): void {
  const { app, log } = options;
  const registered = options.development
    ? app.setAsDefaultProtocolClient(DEEP_LINK_SCHEME, options.development.execPath, [
        options.development.entry,
      ])
    : app.setAsDefaultProtocolClient(DEEP_LINK_SCHEME);
  if (!registered) log.warn('could not register the sprechstunde: scheme for this user');

  const handle = (url: string) => {
    const link = parseDeepLink(url, options.serverOrigin());
    if (link.kind === 'refused') log.warn(`link refused: ${link.reason}`);
    else log.info(`link opens: ${link.kind}`);
    options.onLink(link);
  };
  app.on('open-url', (event, url) => {
    event.preventDefault();
    handle(url);
  });
  app.on('second-instance', (_event, argv) => {
    const url = linkInArgv(argv);
    if (url !== null) handle(url);
  });
  const first = linkInArgv(options.argv);
  if (first !== null) handle(first);
}
