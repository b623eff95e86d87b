import { existsSync } from 'node:fs';
import {
  chromium,
  type APIResponse,
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
  type Route,
} from 'playwright-core';

/** Debian's Chromium where it is installed (CI here), Playwright's own browser elsewhere. */
export function chromiumExecutable(): string | undefined {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  return candidates.find((path): path is string => !!path && existsSync(path));
}

export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  // Chrome's loading predictor preconnects to hosts before any request exists
  // (Electron, built on the content layer, has no such predictor). The test
  // servers listen on loopback, and documents the harness fulfils from Node
  // count as public: Local Network Access would refuse their sockets to
  // localhost, which a deployed Jitsi server is not.
  '--dns-prefetch-disable',
  '--disable-features=NetworkPrediction,LoadingPredictorUseLocalPredictions,PreconnectToSearch,LocalNetworkAccessChecks',
];

export function launchChromium(extraArgs: string[] = []): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumExecutable(),
    args: [...chromiumArgs, ...extraArgs],
  });
}

/**
 * Chromium with its profile in `userDataDir`, as the app's main window keeps
 * Chromium's profile (form history, storage, caches) in the app's user-data
 * folder. Closing the context ends this Chromium, which writes its profile out.
 */
export function launchChromiumProfile(
  userDataDir: string,
  options: BrowserContextOptions,
): Promise<BrowserContext> {
  return chromium.launchPersistentContext(userDataDir, {
    ...options,
    executablePath: chromiumExecutable(),
    args: chromiumArgs,
  });
}

/** Answers a routed request with a fetch `Response` (what the app's protocol handler returns). */
export async function fulfilWith(route: Route, response: Response): Promise<void> {
  await route.fulfill({
    status: response.status,
    headers: Object.fromEntries(response.headers),
    body: Buffer.from(await response.arrayBuffer()),
  });
}

/**
 * One request, forwarded from Node as Chromium's network stack would send it;
 * `undefined` where Chromium would fail it with a network error.
 *
 * A failed forward must end the request: a route left open keeps the page
 * waiting forever (a script neither loads nor errors), where Chromium reports
 * a network error. Before that, a request that died on its connection is sent
 * once more, as Chromium does when a kept-alive connection was closed under it
 * before any response header came (net/http/http_network_transaction.cc,
 * `ShouldResendRequest`: "we resend a request only if we reused a keep-alive
 * connection"). Node's server closes idle kept-alive sockets after 5 s, so
 * the race is real between steps of a slow test.
 * Simplified: Playwright does not say whether its socket was reused or whether
 * headers had arrived, so every connection error is retried once.
 */
export async function forward(
  route: Route,
  options: Parameters<Route['fetch']>[0],
): Promise<APIResponse | undefined> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await route.fetch(options);
    } catch (error) {
      if (attempt > 0 || !droppedConnection(error)) return undefined;
    }
  }
}

/** A connection that was reset or closed under the request (Node's error text). */
const droppedConnection = (error: unknown) =>
  error instanceof Error && /ECONNRESET|EPIPE|socket hang up|ECONNABORTED/.test(error.message);
