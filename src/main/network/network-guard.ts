import {
  compileNetworkPolicy,
  decide,
  type Decision,
  type NetworkPolicy,
  type NetworkRequest,
} from '../../shared/network-policy';
import { decidePermission, type PermissionQuery } from '../../shared/permissions';
import {
  createPrivacyTally,
  type PrivacyReport,
  type PrivacyTally,
} from '../../shared/privacy-report';
import type { UserSettings } from '../../shared/settings';
import type { Logger } from '../log/logger';
import { spkiPin } from './spki';

export interface CertificateCheck {
  hostname: string;
  /** PEM certificates from the server's own up to the root, as Chromium validated them. */
  chain: readonly string[];
}

export interface TlsRefusal {
  host: string;
  reason: 'pin-mismatch';
  at: string;
}

export interface NetworkGuard {
  policy(): NetworkPolicy;
  /** Decides one request; blocks are counted for the consultation under way. */
  filter(request: NetworkRequest): Decision;
  permission(query: PermissionQuery): boolean;
  /** With pins configured: does a certificate of the chain carry a pinned key? */
  acceptsCertificate(check: CertificateCheck): boolean;
  /** The last connection refused for its certificate, for the status line. */
  lastTlsRefusal(): TlsRefusal | null;
  /** Starts counting blocked requests for one consultation. */
  beginConsultation(appointmentId: string): void;
  /** The report so far, while a consultation is under way. */
  currentReport(): { appointmentId: string; report: PrivacyReport } | null;
  /** Stops counting; returns what was counted. */
  endConsultation(): { appointmentId: string; report: PrivacyReport } | null;
}

export interface NetworkGuardOptions {
  settings: () => UserSettings;
  /** The app bundle's origins: `app://sprechstunde`, and the dev server in development. */
  appOrigins: readonly string[];
  now?: () => Date;
  log: Logger;
}

/** Hosts logged once each; a page cannot fill the log with new ones. */
const MAX_LOGGED_HOSTS = 100;

/**
 * The network policy as main applies it: the same pure decision for every
 * session, recompiled whenever the settings change, plus what the decision
 * needs to remember (the privacy report, refused certificates).
 */
export function createNetworkGuard(options: NetworkGuardOptions): NetworkGuard {
  const { log } = options;
  const now = options.now ?? (() => new Date());
  let compiledFor: UserSettings | null = null;
  let compiled: NetworkPolicy | null = null;
  let consultation: { appointmentId: string; tally: PrivacyTally } | null = null;
  let tlsRefusal: TlsRefusal | null = null;
  const loggedHosts = new Set<string>();

  const policy = (): NetworkPolicy => {
    const settings = options.settings();
    if (compiled === null || compiledFor !== settings) {
      compiled = compileNetworkPolicy({
        serverUrl: settings.serverUrl,
        extraOrigins: settings.extraOrigins,
        appOrigins: options.appOrigins,
      });
      compiledFor = settings;
    }
    return compiled;
  };

  const pinnedHosts = (): Set<string> => {
    const { allowedOrigins } = policy();
    return new Set([...allowedOrigins].map((origin) => new URL(origin).hostname));
  };

  return {
    policy,
    filter(request) {
      const decision = decide(request, policy());
      if (decision.action === 'block') {
        consultation?.tally.add(decision.host);
        const host = decision.host ?? '(no host)';
        if (!loggedHosts.has(host) && loggedHosts.size < MAX_LOGGED_HOSTS) {
          loggedHosts.add(host);
          log.warn(`blocked ${decision.reason}: ${host}`);
        }
      }
      return decision;
    },
    permission(query) {
      const { serverUrl } = options.settings();
      const allowed = decidePermission(query, {
        serverOrigin: serverUrl,
        appOrigins: policy().appOrigins,
      });
      if (!allowed) log.warn(`denied permission: ${query.permission}`);
      return allowed;
    },
    acceptsCertificate({ hostname, chain }) {
      const pins = options.settings().spkiPins;
      if (pins.length === 0 || !pinnedHosts().has(hostname)) return true;
      const matches = chain.some((pem) => {
        try {
          return pins.includes(spkiPin(pem));
        } catch {
          return false;
        }
      });
      if (!matches) {
        tlsRefusal = { host: hostname, reason: 'pin-mismatch', at: now().toISOString() };
        log.warn(`refused the certificate of ${hostname}: no configured pin matches`);
      }
      return matches;
    },
    lastTlsRefusal: () => tlsRefusal,
    beginConsultation(appointmentId) {
      consultation = { appointmentId, tally: createPrivacyTally() };
    },
    currentReport: () =>
      consultation && {
        appointmentId: consultation.appointmentId,
        report: consultation.tally.report(),
      },
    endConsultation() {
      const ended = consultation && {
        appointmentId: consultation.appointmentId,
        report: consultation.tally.report(),
      };
      consultation = null;
      return ended;
    },
  };
}
