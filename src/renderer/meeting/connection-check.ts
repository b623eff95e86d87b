import type { ConnectionCheck, ProbeFailure, ProbeResult } from '../../shared/device-check';
import { medianOf } from '../../shared/median';

/** What the connection check uses of a WebSocket. */
export interface WebSocketLike {
  addEventListener(type: 'open' | 'error' | 'close', listener: () => void): void;
  close(code?: number): void;
}

/** The browser's parts, passed in so the check runs under Node with fakes. */
export interface ConnectionCheckEnvironment {
  fetch: (url: string, init: RequestInit) => Promise<unknown>;
  WebSocket: new (url: string, protocols: string | string[]) => WebSocketLike;
  /** Milliseconds on a monotonic clock (`performance.now`). */
  now: () => number;
  /** Runs `callback` after `ms`; the returned function cancels it. */
  after: (ms: number, callback: () => void) => () => void;
  /** False when the computer knows it has no network at all. */
  online: () => boolean;
}

export interface ConnectionCheckOptions {
  /** HTTPS round trips to take the median of; the first pays for the TLS handshake. */
  probes?: number;
  timeoutMs?: number;
}

const PROBES = 3;
const TIMEOUT_MS = 5000;

export function browserConnectionEnvironment(): ConnectionCheckEnvironment {
  return {
    fetch: (url, init) => fetch(url, init),
    WebSocket,
    now: () => performance.now(),
    after: (ms, callback) => {
      const timer = window.setTimeout(callback, ms);
      return () => window.clearTimeout(timer);
    },
    online: () => navigator.onLine,
  };
}

/**
 * Can this computer reach the server the way Jitsi will: its web page over
 * HTTPS, and its XMPP WebSocket (`/xmpp-websocket`, as the stock nginx site
 * routes it)? Each with the round trip it took.
 */
export async function checkConnection(
  serverOrigin: string,
  env: ConnectionCheckEnvironment = browserConnectionEnvironment(),
  options: ConnectionCheckOptions = {},
): Promise<ConnectionCheck> {
  if (!env.online()) return { status: 'offline' };
  const timeoutMs = options.timeoutMs ?? TIMEOUT_MS;
  const page = new URL('/', serverOrigin);
  const socket = new URL('/xmpp-websocket', serverOrigin);
  socket.protocol = 'wss:';
  const [https, websocket] = await Promise.all([
    probeHttps(page.href, env, options.probes ?? PROBES, timeoutMs),
    probeWebSocket(socket.href, env, timeoutMs),
  ]);
  return { status: 'done', https, websocket };
}

/** Round trips one after the other; the median keeps one slow handshake from counting. */
async function probeHttps(
  url: string,
  env: ConnectionCheckEnvironment,
  probes: number,
  timeoutMs: number,
): Promise<ProbeResult> {
  const rtts: number[] = [];
  for (let i = 0; i < probes; i++) {
    const result = await headRequest(url, env, timeoutMs);
    if (!result.reachable) {
      if (rtts.length === 0) return result;
      break;
    }
    rtts.push(result.rttMs);
  }
  return { reachable: true, rttMs: Math.round(medianOf(rtts)!) };
}

/**
 * A HEAD request the page cannot read (`no-cors`, no cookies, no cache): any
 * answer, whatever its status, means the server was reached.
 */
function headRequest(
  url: string,
  env: ConnectionCheckEnvironment,
  timeoutMs: number,
): Promise<ProbeResult> {
  return timed(env, timeoutMs, (settle, started) => {
    const controller = new AbortController();
    env
      .fetch(url, {
        method: 'HEAD',
        mode: 'no-cors',
        cache: 'no-store',
        credentials: 'omit',
        signal: controller.signal,
      })
      .then(
        () => settle({ reachable: true, rttMs: env.now() - started }),
        () => settle({ reachable: false, failure: 'unreachable' }),
      );
    return () => controller.abort();
  });
}

/** Opens the socket with Jitsi's subprotocol and closes it as soon as it is open. */
function probeWebSocket(
  url: string,
  env: ConnectionCheckEnvironment,
  timeoutMs: number,
): Promise<ProbeResult> {
  return timed(env, timeoutMs, (settle, started) => {
    const socket = new env.WebSocket(url, 'xmpp');
    socket.addEventListener('open', () => {
      settle({ reachable: true, rttMs: env.now() - started });
      socket.close(1000);
    });
    const failed = () => settle({ reachable: false, failure: 'unreachable' });
    socket.addEventListener('error', failed);
    socket.addEventListener('close', failed);
    return () => socket.close();
  });
}

/**
 * Runs one probe with a deadline: the first of its answer and the timeout
 * counts, and a probe that timed out is cancelled.
 */
function timed(
  env: ConnectionCheckEnvironment,
  timeoutMs: number,
  probe: (settle: (result: ProbeResult) => void, started: number) => () => void,
): Promise<ProbeResult> {
  return new Promise((resolve) => {
    let settled = false;
    let cancelProbe = () => {};
    const settle = (result: ProbeResult) => {
      if (settled) return;
      settled = true;
      cancelTimer();
      resolve(result.reachable ? { reachable: true, rttMs: Math.round(result.rttMs) } : result);
    };
    const fail = (failure: ProbeFailure) => settle({ reachable: false, failure });
    const cancelTimer = env.after(timeoutMs, () => {
      fail('timeout');
      cancelProbe();
    });
    try {
      cancelProbe = probe(settle, env.now());
    } catch {
      fail('unreachable');
    }
  });
}
