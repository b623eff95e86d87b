import type { Certificate, Session } from 'electron';
import { isServiceWorkerScript, withoutDnsPrefetch } from '../../shared/network-headers';
import { resourceTypeOf } from '../../shared/network-policy';
import type { Logger } from '../log/logger';
import type { NetworkGuard } from './network-guard';

export type GuardableSession = Pick<
  Session,
  | 'webRequest'
  | 'setPermissionRequestHandler'
  | 'setPermissionCheckHandler'
  | 'setCertificateVerifyProc'
  | 'setSSLConfig'
  | 'setSpellCheckerEnabled'
  | 'on'
  | 'serviceWorkers'
  | 'clearStorageData'
>;

/**
 * What a session asks its guard. The app's pages get the whole NetworkGuard;
 * electron-updater's own session gets the updater's (src/main/update/update-network.ts).
 */
export type SessionDecisions = Pick<
  NetworkGuard,
  'filter' | 'permission' | 'acceptsCertificate'
> & {
  /** Request headers never sent from this session (lower case). */
  dropHeaders?: readonly string[];
};

/** Chromium's own verdict (`-3`) or a refusal (`-2`), as setCertificateVerifyProc expects. */
export const USE_CHROMIUM_VERDICT = -3;
export const REFUSE = -2;

/** The chain as PEM texts, from the server's certificate up; cycles and depth bounded. */
export function certificateChain(certificate: Certificate | undefined): string[] {
  const chain: string[] = [];
  for (let current = certificate; current && chain.length < 10; current = current.issuerCert) {
    if (chain.includes(current.data)) break;
    chain.push(current.data);
  }
  return chain;
}

/**
 * Puts one session under the network guard: every request (and every hop of a
 * redirect) through the decision, no service worker scripts, no DNS prefetch
 * hints, no downloads, TLS 1.2 at least, SPKI pins on top of Chromium's own
 * verification, the permission table, and no spell-check dictionary
 * downloads. The app calls it for every session it creates.
 */
export function guardSession(
  session: GuardableSession,
  guard: SessionDecisions,
  log: Logger,
): void {
  // Only the last onBeforeRequest listener of a session counts: this is the one.
  // A callback that throws would leave the request hanging: it is blocked instead.
  session.webRequest.onBeforeRequest((details, callback) => {
    try {
      const resourceType = resourceTypeOf(details.resourceType);
      const decision = guard.filter({ url: details.url, resourceType });
      callback({ cancel: decision.action === 'block' });
    } catch (error) {
      log.error('the network decision failed; the request is blocked', error);
      callback({ cancel: true });
    }
  });

  // Service workers: Electron's webRequest never sees the WebSockets a service
  // worker opens (electron/electron#47857; ElectronBrowserClient::CreateWebSocket
  // proxies sockets of frames only), so none may register: without its script,
  // `navigator.serviceWorker.register()` fails. Jitsi Meet works without one (its
  // pwa-worker.js only shows a cached offline page when the network fails).
  session.webRequest.onBeforeSendHeaders((details, callback) => {
    try {
      if (isServiceWorkerScript(details.requestHeaders)) {
        log.warn('refused to load a service worker');
        return callback({ cancel: true });
      }
      // The headers passed on: a callback without them sent none in older Electrons.
      const requestHeaders = guard.dropHeaders
        ? withoutHeaders(details.requestHeaders, guard.dropHeaders)
        : details.requestHeaders;
      callback({ requestHeaders });
    } catch (error) {
      log.error('the request header check failed; the request is blocked', error);
      callback({ cancel: true });
    }
  });
  // The second line, should a worker register all the same (a script fetch that
  // webRequest was not asked about): it is unregistered as soon as Electron reports it.
  session.serviceWorkers.on('registration-completed', () => {
    log.error('a service worker registered despite the guard; it is removed');
    session
      .clearStorageData({ storages: ['serviceworkers'] })
      .catch((error: unknown) => log.error('removing a service worker failed', error));
  });
  // DNS prefetching resolves names without a request webRequest could see. This
  // stops it for the page's links and for Link headers. A `<link rel=dns-prefetch>`
  // in the markup is not stopped: Chromium checks only a WebPreference for it, which
  // Electron does not expose (PreloadHelper::DnsPrefetchIfNeeded), so the system
  // resolver is asked for that name; no connection follows. `preconnect` opens no
  // socket in Electron (NetworkHintsHandlerImpl only emits the session's `preconnect`).
  session.webRequest.onHeadersReceived((details, callback) => {
    try {
      const isDocument =
        details.resourceType === 'mainFrame' || details.resourceType === 'subFrame';
      const responseHeaders = withoutDnsPrefetch(details.responseHeaders ?? {}, isDocument);
      callback(responseHeaders ? { responseHeaders } : {});
    } catch (error) {
      log.error('the response header check failed; the request is blocked', error);
      callback({ cancel: true });
    }
  });

  // Nothing the app does is a download: its save dialogs (index.ts saveFile) write
  // the file with fs after dialog.showSaveDialog. Whatever a page starts is refused
  // (Electron: `will-download`; cancel() on the DownloadItem, its docs say, cancels it).
  session.on('will-download', (event, item) => {
    event.preventDefault();
    item.cancel();
    log.warn('refused a download');
  });

  session.setSSLConfig({ minVersion: 'tls1.2' });
  session.setCertificateVerifyProc((request, callback) => {
    // Chromium said no: that stands. Chromium said yes: the pins may still say no.
    if (request.errorCode !== 0) return callback(USE_CHROMIUM_VERDICT);
    try {
      const chain = certificateChain(request.validatedCertificate ?? request.certificate);
      const accepted = guard.acceptsCertificate({ hostname: request.hostname, chain });
      callback(accepted ? USE_CHROMIUM_VERDICT : REFUSE);
    } catch (error) {
      log.error('the certificate check failed; the connection is refused', error);
      callback(REFUSE);
    }
  });

  session.setPermissionRequestHandler((contents, permission, callback, details) => {
    callback(
      guard.permission({
        kind: 'request',
        permission,
        requestingOrigin: details.requestingUrl,
        // A request comes from a frame of `contents`: its top-level page embeds it.
        embeddingOrigin: details.isMainFrame ? undefined : contents.getURL(),
        mediaTypes: 'mediaTypes' in details ? details.mediaTypes : undefined,
      }),
    );
  });
  session.setPermissionCheckHandler((contents, permission, requestingOrigin, details) =>
    guard.permission({
      kind: 'check',
      permission,
      // An origin with a trailing slash (`app://sprechstunde/`): compared by origin only.
      requestingOrigin,
      embeddingOrigin: details.isMainFrame
        ? undefined
        : (details.embeddingOrigin ?? contents?.getURL()),
      mediaTypes: details.mediaType ? [details.mediaType] : undefined,
    }),
  );

  // Hunspell dictionaries would come from Google's CDN.
  session.setSpellCheckerEnabled(false);
}

/** The headers without the named ones, compared without regard to case. */
function withoutHeaders(
  headers: Record<string, string>,
  dropped: readonly string[],
): Record<string, string> {
  return Object.fromEntries(
    Object.entries(headers).filter(([name]) => !dropped.includes(name.toLowerCase())),
  );
}
