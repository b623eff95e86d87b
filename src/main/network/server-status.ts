import type { ServerStatus } from '../../shared/ipc-contract';
import type { TlsRefusal } from './network-guard';

export type Fetch = (url: string, init: RequestInit) => Promise<Response>;

/**
 * Is the configured Jitsi server answering? Any HTTP answer counts: we only ask
 * whether the counsellor could reach it, not whether the page is right.
 */
export async function checkServer(
  fetch: Fetch,
  serverUrl: string | null,
  now: () => Date = () => new Date(),
  timeoutMs = 5000,
): Promise<ServerStatus & { startedAt: string }> {
  const startedAt = now().toISOString();
  if (!serverUrl) return { state: 'not-configured', startedAt, checkedAt: startedAt };
  try {
    // Not followed: a redirect is an answer, and its target may be a host the
    // network guard blocks (a sign-in provider).
    const response = await fetch(serverUrl, {
      method: 'HEAD',
      redirect: 'manual',
      cache: 'no-store',
      signal: AbortSignal.timeout(timeoutMs),
    });
    await response.body?.cancel();
    return { state: 'reachable', startedAt, checkedAt: now().toISOString() };
  } catch (error) {
    const answered = isCancelledRedirect(error);
    return {
      state: answered ? 'reachable' : 'unreachable',
      startedAt,
      checkedAt: now().toISOString(),
    };
  }
}

/**
 * Whether the configured server answers; a pin that refused it during the check
 * explains why not (`certificate-refused`, with the host).
 */
export function createServerStatusCheck(options: {
  fetch: Fetch;
  serverUrl: () => string | null;
  lastTlsRefusal: () => TlsRefusal | null;
  now: () => Date;
}): () => Promise<ServerStatus> {
  return async () => {
    const serverUrl = options.serverUrl();
    const status = await checkServer(options.fetch, serverUrl, options.now);
    return explainedStatus(status, serverUrl, options.lastTlsRefusal());
  };
}

/** An unreachable server whose certificate was refused since the check began is `certificate-refused`. */
export function explainedStatus(
  status: ServerStatus & { startedAt: string },
  serverUrl: string | null,
  refusal: TlsRefusal | null,
): ServerStatus {
  if (
    status.state === 'unreachable' &&
    serverUrl &&
    refusal &&
    refusal.host === new URL(serverUrl).hostname &&
    refusal.at >= status.startedAt
  ) {
    return { state: 'certificate-refused', host: refusal.host, checkedAt: status.checkedAt };
  }
  return { state: status.state, checkedAt: status.checkedAt };
}

/**
 * Electron's `net.fetch` never returns a redirect with `redirect: 'manual'`:
 * it fails with this message once the server answered 3xx
 * (lib/browser/api/net-client-request.ts, the `redirect` handler).
 */
function isCancelledRedirect(error: unknown): boolean {
  return error instanceof Error && error.message === 'Redirect was cancelled';
}
