import type { ServerStatus } from '../../shared/ipc-contract';

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
 * Electron's `net.fetch` never returns a redirect with `redirect: 'manual'`:
 * it fails with this message once the server answered 3xx
 * (lib/browser/api/net-client-request.ts, the `redirect` handler).
 */
function isCancelledRedirect(error: unknown): boolean {
  return error instanceof Error && error.message === 'Redirect was cancelled';
}
