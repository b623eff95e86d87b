/**
 * What the network guard reads in request headers and changes in response
 * headers, for what `decide()` cannot see from a URL: a service worker's script
 * fetch, and DNS lookups a page asks for without a request. Pure, so the
 * session guard and the end-to-end tests apply the same rules.
 */

type HeaderRecord = Readonly<Record<string, string | readonly string[]>>;

/**
 * The fetch of a service worker's script: the browser marks it with the
 * `Service-Worker: script` request header (Service Workers spec, Update
 * algorithm: "Append `Service-Worker`/`script` to request's header list";
 * Chromium's service worker script loaders set it), while webRequest reports
 * it as an ordinary `script`. Without its script a registration fails.
 */
export function isServiceWorkerScript(requestHeaders: HeaderRecord): boolean {
  return Object.keys(requestHeaders).some((name) => name.toLowerCase() === 'service-worker');
}

/** A `Link` header line asking for a DNS lookup or a socket ahead of any request. */
const RESOURCE_HINT = /\b(?:dns-prefetch|preconnect)\b/i;

/**
 * Response headers without DNS prefetching: `X-DNS-Prefetch-Control: off` on
 * documents (in place of whatever the server sent), so neither the server's
 * header nor a later `<meta http-equiv>` can turn on Chromium's prefetching for
 * the page's links; and no `Link` header line with a `dns-prefetch` or
 * `preconnect` hint (the line is dropped whole: it only makes loading faster).
 * Null when there is nothing to change, so the response stays as it came.
 */
export function withoutDnsPrefetch(
  responseHeaders: Readonly<Record<string, readonly string[]>>,
  isDocument: boolean,
): Record<string, string[]> | null {
  const names = Object.keys(responseHeaders).map((name) => name.toLowerCase());
  if (!isDocument && !names.includes('link')) return null;
  const result: Record<string, string[]> = {};
  for (const [name, values] of Object.entries(responseHeaders)) {
    const lower = name.toLowerCase();
    if (lower === 'x-dns-prefetch-control' && isDocument) continue;
    const kept = lower === 'link' ? values.filter((line) => !RESOURCE_HINT.test(line)) : values;
    if (kept.length > 0) result[name] = [...kept];
  }
  if (isDocument) result['X-DNS-Prefetch-Control'] = ['off'];
  return result;
}
