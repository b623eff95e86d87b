import type { DownloadCheck } from '../../shared/device-check';

/** What the measurement uses of a fetch response body. */
export interface BodyReader {
  read(): Promise<{ done: boolean; value?: Uint8Array }>;
  cancel(): Promise<void>;
}

/** The browser's parts, passed in so the measurement runs under Node with fakes. */
export interface DownloadCheckEnvironment {
  /** Resolves with the body's reader once the headers are in; rejects when nothing came. */
  fetchBody: (url: string, init: RequestInit) => Promise<BodyReader>;
  /** Milliseconds on a monotonic clock (`performance.now`). */
  now: () => number;
  /** Runs `callback` after `ms`; the returned function cancels it. */
  after: (ms: number, callback: () => void) => () => void;
  /** A fresh value for the cache-busting query. */
  nonce: () => string;
}

/**
 * The server's own main bundle, served by Jitsi's nginx from `/libs/` with
 * `Access-Control-Allow-Origin: *` (several MB in every release), so the page
 * may read it. Nothing but the configured server is contacted.
 */
export const DOWNLOAD_PATH = '/libs/app.bundle.min.js';
/** How much to time: a few hundred KB, enough to see past TCP's slow start. */
export const DOWNLOAD_BYTES = 512 * 1024;
/** Less than this says nothing about the line (a short error page, say). */
const MIN_BYTES = 64 * 1024;
const TIMEOUT_MS = 10_000;

export function browserDownloadEnvironment(): DownloadCheckEnvironment {
  return {
    fetchBody: async (url, init) => {
      const response = await fetch(url, init);
      if (!response.ok || !response.body) throw new Error(`no body (${response.status})`);
      return response.body.getReader();
    },
    now: () => performance.now(),
    after: (ms, callback) => {
      const timer = window.setTimeout(callback, ms);
      return () => window.clearTimeout(timer);
    },
    nonce: () => crypto.randomUUID(),
  };
}

/**
 * Download throughput from the configured server, in kbit/s: the first
 * `DOWNLOAD_BYTES` of its bundle, timed from the first byte to the last (the
 * round trip before it is the connection check's). A Range request: Chromium
 * then asks for the bytes as they are (`Accept-Encoding: identity`), so gzip
 * cannot make the line look faster than it is. A cache-busting query and
 * `no-store` keep any cache out of it. A line too slow to deliver it all in
 * time is measured on what arrived.
 */
export async function measureDownload(
  serverOrigin: string,
  env: DownloadCheckEnvironment = browserDownloadEnvironment(),
  options: { bytes?: number; timeoutMs?: number } = {},
): Promise<DownloadCheck> {
  const wanted = options.bytes ?? DOWNLOAD_BYTES;
  const url = new URL(DOWNLOAD_PATH, serverOrigin);
  url.searchParams.set('check', env.nonce());
  const controller = new AbortController();
  let timedOut = false;
  const cancelTimer = env.after(options.timeoutMs ?? TIMEOUT_MS, () => {
    timedOut = true;
    controller.abort();
  });
  let received = 0;
  let first = 0;
  let last = 0;
  try {
    const reader = await env.fetchBody(url.href, {
      mode: 'cors',
      credentials: 'omit',
      cache: 'no-store',
      headers: { range: `bytes=0-${wanted - 1}` },
      signal: controller.signal,
    });
    first = env.now();
    while (received < wanted) {
      const chunk = await reader.read();
      if (chunk.done) break;
      received += chunk.value?.byteLength ?? 0;
      last = env.now();
    }
    if (received >= wanted) await reader.cancel().catch(() => {});
  } catch {
    // Cut off by the deadline (measured on what arrived) or not reached at all.
    if (!timedOut) return { status: 'failed' };
  } finally {
    cancelTimer();
  }
  const ms = last - first;
  if (received < MIN_BYTES || ms <= 0) return { status: 'failed' };
  // bits per millisecond are kbit/s.
  return { status: 'done', kbps: Math.round((received * 8) / ms) };
}
