import { compileNetworkPolicy, decide, originOf } from '../../shared/network-policy';
import type { Logger } from '../log/logger';
import type { SessionDecisions } from '../network/session-guard';

/**
 * electron-updater downloads through Electron's net in a session of its own:
 * `session.fromPartition('electron-updater', { cache: false })`
 * (electronHttpExecutor.js, NET_SESSION_NAME; `AppUpdater.netSession` returns it).
 * This is that session's guard: https to the update server's origin and
 * nothing else, neither the Jitsi server nor the app's bundle. The pages'
 * sessions never learn this origin. No page loads here, so no permission is
 * granted; the certificate is Chromium's to judge (SPKI pins are the Jitsi
 * server's).
 */
export function updaterSessionDecisions(updateUrl: string, log: Logger): SessionDecisions {
  const origin = originOf(updateUrl);
  if (!origin?.startsWith('https://')) throw new Error('the update server is not an https URL');
  const policy = compileNetworkPolicy({ serverUrl: null, extraOrigins: [origin], appOrigins: [] });
  const loggedHosts = new Set<string>();
  return {
    filter(request) {
      const decision = decide(request, policy);
      if (decision.action === 'block') {
        const host = decision.host ?? '(no host)';
        if (!loggedHosts.has(host) && loggedHosts.size < 100) {
          loggedHosts.add(host);
          log.warn(`updater: blocked ${decision.reason}: ${host}`);
        }
      }
      return decision;
    },
    permission: () => false,
    acceptsCertificate: () => true,
    // electron-updater sends a random id kept per installation with every check
    // (AppUpdater.js, `x-user-staging-id`, for staged rollouts the app does not use):
    // the update server learns no way to tell one workstation from another.
    dropHeaders: ['x-user-staging-id'],
  };
}
