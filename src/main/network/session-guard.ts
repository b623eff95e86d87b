import type { Certificate, Session } from 'electron';
import type { ResourceType } from '../../shared/network-policy';
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
>;

/** Chromium's own verdict (`-3`) or a refusal (`-2`), as setCertificateVerifyProc expects. */
export const USE_CHROMIUM_VERDICT = -3;
export const REFUSE = -2;

const resourceTypes = new Set<string>([
  'mainFrame',
  'subFrame',
  'script',
  'stylesheet',
  'image',
  'font',
  'media',
  'xhr',
  'webSocket',
  'ping',
]);

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
 * redirect) through the decision, TLS 1.2 at least, SPKI pins on top of
 * Chromium's own verification, the permission table, and no spell-check
 * dictionary downloads. The app calls it for every session it creates.
 */
export function guardSession(session: GuardableSession, guard: NetworkGuard, log: Logger): void {
  // Only the last onBeforeRequest listener of a session counts: this is the one.
  // A callback that throws would leave the request hanging: it is blocked instead.
  session.webRequest.onBeforeRequest((details, callback) => {
    try {
      const resourceType = (
        resourceTypes.has(details.resourceType) ? details.resourceType : 'other'
      ) as ResourceType;
      const decision = guard.filter({ url: details.url, resourceType });
      callback({ cancel: decision.action === 'block' });
    } catch (error) {
      log.error('the network decision failed; the request is blocked', error);
      callback({ cancel: true });
    }
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
