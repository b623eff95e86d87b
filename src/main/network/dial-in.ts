import type { z } from 'zod';
import {
  dialInCodeQuery,
  dialInCodeReplySchema,
  dialInNumbersQuery,
  dialInNumbersReplySchema,
  dialInOf,
  type DialIn,
} from '../../shared/dial-in';
import { decide, type NetworkPolicy } from '../../shared/network-policy';
import type { Logger } from '../log/logger';
import type { Fetch } from './server-status';

/** A dial-in service that has not answered by then is left out of the invitation. */
export const DIAL_IN_TIMEOUT_MS = 5_000;
/** Far more than any list of numbers; a larger answer is not read on. */
export const MAX_DIAL_IN_BYTES = 256 * 1024;

export interface DialInOptions {
  /** net.fetch in the app: the default session, under the network guard as well. */
  fetch: Fetch;
  /** The network policy of the moment: a service must be on an origin it allows. */
  networkPolicy: () => NetworkPolicy;
  /** The dial-in settings (policy DialInNumbersUrl and DialInConfCodeUrl over the app's); null where none is set. */
  urls: () => { numbers: string | null; code: string | null };
  timeoutMs?: number;
  maxBytes?: number;
  log: Logger;
}

/** Not configured, configured but failed (the invitation says nothing of it), or found. */
export type DialInOutcome =
  { kind: 'not-configured' } | { kind: 'unavailable' } | { kind: 'found'; dialIn: DialIn };

/** Why there is no dial-in; each is logged without the room or the address. */
class DialInFailure extends Error {}

/**
 * The room's dial-in numbers and conference code, asked of the organisation's
 * services as Jitsi Meet asks them (src/shared/dial-in.ts). Not configured:
 * nothing is asked or logged. Any failure is logged and the invitation goes on
 * without it. Main asks, never the page; only origins the network policy
 * allows, no redirects, a time limit and a size limit.
 */
export function createDialIn(options: DialInOptions) {
  const { log } = options;
  const timeoutMs = options.timeoutMs ?? DIAL_IN_TIMEOUT_MS;
  const maxBytes = options.maxBytes ?? MAX_DIAL_IN_BYTES;

  async function getJson<S extends z.ZodType>(url: string, schema: S): Promise<z.infer<S>> {
    if (decide({ url, resourceType: 'xhr' }, options.networkPolicy()).action !== 'allow') {
      throw new DialInFailure('origin not allowed by the network policy');
    }
    let response: Response;
    try {
      response = await options.fetch(url, {
        method: 'GET',
        redirect: 'error',
        headers: { accept: 'application/json' },
        signal: AbortSignal.timeout(timeoutMs),
      });
    } catch (error) {
      const timedOut = error instanceof Error && error.name === 'TimeoutError';
      throw new DialInFailure(timedOut ? 'no answer in time' : 'unreachable');
    }
    if (!response.ok) {
      await response.body?.cancel();
      throw new DialInFailure(`HTTP ${response.status}`);
    }
    const text = await readCapped(response, maxBytes);
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      throw new DialInFailure('answer is not JSON');
    }
    const parsed = schema.safeParse(json);
    if (!parsed.success) throw new DialInFailure('answer has an unknown shape');
    return parsed.data;
  }

  return async function dialIn(roomName: string, serverOrigin: string): Promise<DialInOutcome> {
    const { numbers, code } = options.urls();
    if (!numbers || !code) return { kind: 'not-configured' };
    try {
      const [numbersReply, codeReply] = await Promise.all([
        getJson(dialInNumbersQuery(numbers, roomName, serverOrigin), dialInNumbersReplySchema),
        getJson(dialInCodeQuery(code, roomName, serverOrigin), dialInCodeReplySchema),
      ]);
      const found = dialInOf(numbersReply, codeReply);
      if (found) return { kind: 'found', dialIn: found };
      log.warn('dial-in left out: the services named no number or no code');
      return { kind: 'unavailable' };
    } catch (error) {
      const reason = error instanceof DialInFailure ? error.message : 'failed';
      log.warn(`dial-in left out: ${reason}`);
      return { kind: 'unavailable' };
    }
  };
}

export type DialInLookup = ReturnType<typeof createDialIn>;

/** The body as text, refused beyond `maxBytes` without reading the rest. */
async function readCapped(response: Response, maxBytes: number): Promise<string> {
  const declared = Number(response.headers.get('content-length') ?? '0');
  if (declared > maxBytes) {
    await response.body?.cancel();
    throw new DialInFailure('answer too large');
  }
  if (!response.body) return '';
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      throw new DialInFailure('answer too large');
    }
    chunks.push(value);
  }
  return new TextDecoder().decode(Buffer.concat(chunks));
}
