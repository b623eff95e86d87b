import { appointmentIdSchema, roomNamePattern } from './appointment';

/** The scheme the installers and the running app register (electron-builder.yml `protocols`). */
export const DEEP_LINK_SCHEME = 'sprechstunde';

/** Longer than any link the two forms make (a room link with a long server origin). */
export const MAX_DEEP_LINK_LENGTH = 1_024;

/** Links main keeps for the main window until its page takes them; older ones are dropped. */
export const MAX_QUEUED_LINKS = 5;

export const deepLinkRefusals = [
  'too-long',
  /** Not a sprechstunde:// link at all. */
  'not-a-link',
  /** Spaces, control characters, anything beyond printable ASCII (lookalike letters). */
  'invalid-characters',
  /** Percent-encoding or a backslash where the two forms never need one. */
  'encoded',
  /** user:password@ before the host, in the link or its server. */
  'userinfo',
  'fragment',
  /** Neither appointment/<id> nor join/<room>, or more path or query than they take. */
  'unknown-form',
  'invalid-id',
  'invalid-room',
  'missing-server',
  /** A server other than the configured one, or not an https origin. */
  'other-server',
  /** No server configured: no join link can be trusted. */
  'no-server-configured',
] as const;
export type DeepLinkRefusal = (typeof deepLinkRefusals)[number];

export type DeepLink =
  | { kind: 'appointment'; id: string }
  | { kind: 'join'; roomName: string }
  | { kind: 'refused'; reason: DeepLinkRefusal };

const refused = (reason: DeepLinkRefusal): DeepLink => ({ kind: 'refused', reason });

/** `host/one-segment`, an optional trailing slash, an optional query: nothing else. */
const linkShape = /^sprechstunde:\/\/([a-z]+)\/([^/?#]+)\/?(?:\?([^#]*))?$/i;

/**
 * What a `sprechstunde://` link asks for, or why it is refused:
 * `sprechstunde://appointment/<id>` opens that appointment;
 * `sprechstunde://join/<room>?server=<origin>` a consultation in that room, only
 * when `<origin>` is the configured server. Anything else is refused: it must
 * never navigate or load. Pure; the caller still asks the counsellor to confirm.
 */
export function parseDeepLink(url: string, serverOrigin: string | null): DeepLink {
  if (url.length > MAX_DEEP_LINK_LENGTH) return refused('too-long');
  if (!url.toLowerCase().startsWith(`${DEEP_LINK_SCHEME}:`)) return refused('not-a-link');
  // Printable ASCII only: no whitespace, controls, or letters that look like ours.
  if (!/^[\x21-\x7e]*$/.test(url)) return refused('invalid-characters');
  if (url.includes('#')) return refused('fragment');
  if (url.includes('\\')) return refused('encoded');
  const [beforeQuery = '', query] = splitOnce(url, '?');
  if (beforeQuery.includes('%')) return refused('encoded');
  if (beforeQuery.includes('@')) return refused('userinfo');
  const match = linkShape.exec(url);
  if (!match) return refused('unknown-form');
  const [, form = '', segment = ''] = match;

  switch (form.toLowerCase()) {
    case 'appointment': {
      if (query !== undefined) return refused('unknown-form');
      const id = segment.toLowerCase();
      return appointmentIdSchema.safeParse(id).success
        ? { kind: 'appointment', id }
        : refused('invalid-id');
    }
    case 'join': {
      if (!roomNamePattern.test(segment)) return refused('invalid-room');
      const server = serverOf(query ?? '');
      if (typeof server !== 'string') return server;
      if (serverOrigin === null) return refused('no-server-configured');
      return sameServer(server, serverOrigin)
        ? { kind: 'join', roomName: segment }
        : refused('other-server');
    }
    default:
      return refused('unknown-form');
  }
}

/** The one `server` parameter, percent-decoded once; a second level of encoding is refused. */
function serverOf(query: string): string | DeepLink {
  const pairs = query === '' ? [] : query.split('&');
  if (pairs.length === 0) return refused('missing-server');
  if (pairs.length > 1) return refused('unknown-form');
  const [name, value = ''] = splitOnce(pairs[0]!, '=');
  if (name !== 'server') return refused('unknown-form');
  let decoded: string;
  try {
    decoded = decodeURIComponent(value);
  } catch {
    return refused('encoded');
  }
  if (decoded.includes('%') || decoded.includes('\\')) return refused('encoded');
  if (decoded === '') return refused('missing-server');
  if (decoded.includes('@')) return refused('userinfo');
  return decoded;
}

/** Both https origins, equal once normalised (case, default port, punycode); nothing beyond the origin. */
function sameServer(server: string, configured: string): boolean {
  let asked: URL;
  let own: URL;
  try {
    asked = new URL(server);
    own = new URL(configured);
  } catch {
    return false;
  }
  if (asked.protocol !== 'https:' || asked.username !== '' || asked.password !== '') return false;
  if (!/^https:\/\/[^/?#]+\/?$/i.test(server)) return false;
  return asked.origin === own.origin;
}

function splitOnce(text: string, separator: string): [string, string | undefined] {
  const at = text.indexOf(separator);
  return at === -1 ? [text, undefined] : [text.slice(0, at), text.slice(at + 1)];
}
