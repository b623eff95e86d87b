/**
 * The one decision about every request the app makes: allow it, or block it
 * with a reason. Pure and synchronous: main calls it from
 * `session.webRequest.onBeforeRequest` (every hop of a redirect passes through
 * it again), the end-to-end harness from Playwright's routing, and admins from
 * `npm run policy:check`.
 *
 * Allowed: the app's own bundle, `https:`/`wss:` to the configured server's
 * origin, and the extra origins with exactly the scheme listed. Everything else
 * is blocked. Hosts are compared after WHATWG URL parsing (lower case, punycode,
 * percent-decoding, IPv4/IPv6 canonical forms, default ports dropped), i.e. on
 * the host the request would really reach, never on the text as written.
 */

/**
 * What is being loaded, in Electron's webRequest terms (`details.resourceType`);
 * every type Electron reports that is not listed counts as `other`.
 */
export const resourceTypes = [
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
  'other',
] as const;
export type ResourceType = (typeof resourceTypes)[number];

/** `value` as a resource type the policy knows, or `other` (Electron also reports `object`, `cspReport`…). */
export function resourceTypeOf(value: string): ResourceType {
  return (resourceTypes as readonly string[]).includes(value) ? (value as ResourceType) : 'other';
}

export interface NetworkRequest {
  url: string;
  /** What is being loaded; `mainFrame` is a top-level navigation. */
  resourceType?: ResourceType;
}

export const blockReasons = [
  /** Not a URL at all, or one Chromium could not load. */
  'malformed-url',
  /** `http:` or `ws:`: never, not even to the configured server. */
  'insecure-scheme',
  /** `file:`, `ftp:`, custom schemes, other app origins. */
  'scheme-not-allowed',
  /** `user:password@` in the URL. */
  'credentials-in-url',
  /** Secure, but not to an allowed origin: other host, subdomain, port. */
  'host-not-allowed',
  /** A top-level page other than the app's own: the window never leaves the app. */
  'navigation-not-allowed',
] as const;
export type BlockReason = (typeof blockReasons)[number];

export type Decision =
  | { readonly action: 'allow' }
  | {
      readonly action: 'block';
      readonly reason: BlockReason;
      /** The host it was for (never the path), or the scheme where there is no host. */
      readonly host: string | null;
    };

export interface NetworkPolicyConfig {
  /** The Jitsi server, e.g. `https://meet.example.org`; null until configured. */
  serverUrl: string | null;
  /** Further `https:`/`wss:` origins, e.g. a separate XMPP websocket host. */
  extraOrigins: readonly string[];
  /** Origins of the app's own bundle: `app://sprechstunde` (and the dev server in development). */
  appOrigins: readonly string[];
}

export interface NetworkPolicy {
  /** Allowed origins as `scheme://host[:port]` after WHATWG normalisation. */
  readonly allowedOrigins: ReadonlySet<string>;
  readonly appOrigins: ReadonlySet<string>;
  /** `origin + '/'` of everything allowed: a URL starting with one is allowed without parsing. */
  readonly prefixes: readonly string[];
  /** The same, for app origins only (the only allowed top-level pages). */
  readonly appPrefixes: readonly string[];
}

const ALLOW: Decision = Object.freeze({ action: 'allow' });

/** Parses `url` as the browser would; null when it does not parse. */
function parse(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/**
 * `scheme://host[:port]` of a URL, for every scheme: WHATWG gives custom
 * schemes (app:) an opaque `origin` and keeps their host's case, while
 * Chromium treats `app:` as a standard scheme with a case-free host.
 */
function originKey(url: URL): string {
  return `${url.protocol}//${url.host.toLowerCase()}`;
}

/** `scheme://host[:port]` of a URL or origin, as the policy compares them; null if it is none. */
export function originOf(value: string | undefined): string | null {
  const url = value ? parse(value) : null;
  return url && originKey(url);
}

/** Normalises one configured origin; throws with a plain reason when it is not one. */
export function normaliseOrigin(value: string, schemes: readonly string[]): string {
  const url = parse(value.trim());
  if (!url || !schemes.includes(url.protocol)) {
    throw new Error(`not a ${schemes.join(' or ')} origin: ${value}`);
  }
  if (url.username || url.password) throw new Error(`origin with credentials: ${value}`);
  if (url.pathname !== '/' && url.pathname !== '') throw new Error(`origin with a path: ${value}`);
  if (url.search || url.hash) throw new Error(`origin with a query or fragment: ${value}`);
  if (url.hostname.endsWith('.')) throw new Error(`origin with a trailing dot: ${value}`);
  return originKey(url);
}

export function compileNetworkPolicy(config: NetworkPolicyConfig): NetworkPolicy {
  const allowed = new Set<string>();
  if (config.serverUrl) {
    const server = normaliseOrigin(config.serverUrl, ['https:']);
    allowed.add(server);
    // Jitsi's XMPP and bridge channels are WebSockets to the same host.
    allowed.add(`wss:${server.slice('https:'.length)}`);
  }
  for (const origin of config.extraOrigins)
    allowed.add(normaliseOrigin(origin, ['https:', 'wss:']));
  const app = new Set<string>();
  for (const origin of config.appOrigins) {
    const url = parse(origin);
    if (!url) throw new Error(`not an app origin: ${origin}`);
    app.add(originKey(url));
  }
  return {
    allowedOrigins: allowed,
    appOrigins: app,
    prefixes: [...app, ...allowed].map((origin) => `${origin}/`),
    appPrefixes: [...app].map((origin) => `${origin}/`),
  };
}

function block(reason: BlockReason, host: string | null): Decision {
  return { action: 'block', reason, host };
}

/**
 * Fast path first: a URL that begins with `scheme://host[:port]/` of an allowed
 * origin has exactly that origin (the authority ends at the first `/`, so no
 * `@` can follow, and the parser only strips what the prefix does not contain).
 * Everything else is parsed and judged on the parsed parts.
 */
export function decide(request: NetworkRequest, policy: NetworkPolicy): Decision {
  const { url } = request;
  const topLevel = request.resourceType === 'mainFrame';
  const prefixes = topLevel ? policy.appPrefixes : policy.prefixes;
  for (const prefix of prefixes) if (url.startsWith(prefix)) return ALLOW;

  const parsed = parse(url);
  if (!parsed) return block('malformed-url', null);
  const host = parsed.hostname || null;
  const key = originKey(parsed);

  if (parsed.username || parsed.password) return block('credentials-in-url', host);
  if (policy.appOrigins.has(key)) return ALLOW;
  if (topLevel) return block('navigation-not-allowed', host ?? parsed.protocol);

  switch (parsed.protocol) {
    case 'https:':
    case 'wss:':
      return policy.allowedOrigins.has(key) ? ALLOW : block('host-not-allowed', host);
    case 'http:':
    case 'ws:':
      return block('insecure-scheme', host);
    // Content that is already in the page: nothing goes over the network.
    case 'data:':
      return ALLOW;
    case 'blob:': {
      const inner = parse(parsed.pathname);
      if (!inner) return block('malformed-url', null);
      const innerKey = originKey(inner);
      return policy.appOrigins.has(innerKey) ||
        (inner.protocol === 'https:' && policy.allowedOrigins.has(innerKey))
        ? ALLOW
        : block('host-not-allowed', inner.hostname || null);
    }
    case 'about:':
      return url === 'about:blank' || url === 'about:srcdoc'
        ? ALLOW
        : block('scheme-not-allowed', parsed.protocol);
    default:
      return block('scheme-not-allowed', host ?? parsed.protocol);
  }
}

/** One line of `npm run policy:check`: `allow` or `block <reason>`. */
export function formatDecision(decision: Decision): string {
  return decision.action === 'allow' ? 'allow' : `block ${decision.reason}`;
}
