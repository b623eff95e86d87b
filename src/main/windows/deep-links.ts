import type { App } from 'electron';
import { DEEP_LINK_SCHEME } from '../../shared/deep-link';
import type { Logger } from '../log/logger';

/** What the glue needs of Electron's app: the single-instance lock, the scheme, two events. */
export type DeepLinkApp = Pick<
  App,
  'requestSingleInstanceLock' | 'quit' | 'on' | 'setAsDefaultProtocolClient'
>;

/** The `sprechstunde:` argument in a command line, if any (Windows and Linux hand links so). */
export function linkInArgv(argv: readonly string[]): string | null {
  return argv.find((argument) => argument.toLowerCase().startsWith(`${DEEP_LINK_SCHEME}:`)) ?? null;
}

export interface SingleInstanceOptions {
  app: DeepLinkApp;
  /** process.argv at start: on Windows and Linux a link starts the app with it. */
  argv: readonly string[];
  /** Every link as it came, unparsed: main parses it once the page takes it. */
  onLink: (url: string) => void;
  /** A second start or a link: the main window comes up (restored, focused). */
  bringUp: () => void;
  log: Logger;
}

/**
 * Takes the single-instance lock, or quits: the first start then gets this
 * start's command line in `second-instance` (Windows, Linux). macOS sends a
 * clicked link as `open-url`, also before `ready` when the link starts the app,
 * so this runs before `ready`. Returns false when this start is the second.
 */
export function claimSingleInstance(options: SingleInstanceOptions): boolean {
  const { app, log } = options;
  if (!app.requestSingleInstanceLock()) {
    log.info('another start is running: handed over to it');
    app.quit();
    return false;
  }
  app.on('open-url', (event, url) => {
    // Handled here: macOS must not look for another handler.
    event.preventDefault();
    options.onLink(url);
    options.bringUp();
  });
  app.on('second-instance', (_event, argv) => {
    const url = linkInArgv(argv);
    if (url !== null) options.onLink(url);
    options.bringUp();
  });
  const first = linkInArgv(options.argv);
  if (first !== null) options.onLink(first);
  return true;
}

/**
 * Registers `sprechstunde://` for this user at run time (the installers do it
 * machine-wide). Run from source (`process.defaultApp`), the registration must
 * name Electron and the app's entry (argv[1]), or a click would start a bare
 * Electron: the form of Electron's "Deep Links" tutorial.
 */
export function registerScheme(options: {
  app: Pick<App, 'setAsDefaultProtocolClient'>;
  /** process.defaultApp: started as `electron <entry>`. */
  defaultApp: boolean;
  execPath: string;
  argv: readonly string[];
  /** path.resolve: the entry as an absolute path. */
  resolvePath: (path: string) => string;
  log: Logger;
}): void {
  const { app, argv, log } = options;
  let registered: boolean;
  if (!options.defaultApp) {
    registered = app.setAsDefaultProtocolClient(DEEP_LINK_SCHEME);
  } else if (argv.length >= 2) {
    registered = app.setAsDefaultProtocolClient(DEEP_LINK_SCHEME, options.execPath, [
      options.resolvePath(argv[1]!),
    ]);
  } else {
    log.info('run from source without an entry: sprechstunde: links are not registered');
    return;
  }
  if (!registered) log.warn('could not register the sprechstunde: scheme for this user');
}
