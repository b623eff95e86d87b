import { MEETING_PAGE } from './content-security-policy';
import { originOf } from './network-policy';

/**
 * Which web permissions the app grants, and to whom. Everything not in the
 * table is denied. `server`: the configured Jitsi server's page, only as the
 * meeting frame inside the app's own window. `app`: the app's own meeting
 * page, only at top level (never framed).
 */
export const permissionTable = [
  { permission: 'media', grantedTo: 'server', why: 'camera and microphone for the consultation' },
  { permission: 'display-capture', grantedTo: 'server', why: 'screen sharing' },
  { permission: 'fullscreen', grantedTo: 'server', why: 'the meeting in full screen' },
  {
    permission: 'speaker-selection',
    grantedTo: 'server',
    why: 'choosing the loudspeaker or headset in Jitsi’s settings (a headset ends echo)',
  },
  {
    permission: 'media',
    grantedTo: 'app',
    why: 'camera preview and microphone level in the equipment check before the consultation',
  },
] as const;

/** Asked for by Jitsi, denied on purpose (everything else unlisted is denied too). */
export const deniedOnPurpose = [
  {
    permission: 'clipboard-sanitized-write',
    why: 'Jitsi’s copy-link would copy the room address without its password text; the app’s invitation panel gives link and password as the counsellor chooses',
  },
] as const;

export type GrantedPermission = (typeof permissionTable)[number]['permission'];
export type Grantee = (typeof permissionTable)[number]['grantedTo'];

export interface PermissionQuery {
  permission: string;
  /**
   * A request (a page asks: its URL is known) or a check (Chromium asks
   * whether it would be granted, naming only an origin, `app://sprechstunde/`).
   */
  kind: 'request' | 'check';
  /** Origin or URL of the frame that asks. */
  requestingOrigin: string | undefined;
  /** Origin of the page embedding that frame; absent when it is a top-level page. */
  embeddingOrigin: string | undefined;
  /** For `media`: what is asked for (`video`, `audio`, or `unknown` in checks). */
  mediaTypes?: readonly string[];
}

export interface PermissionContext {
  /** The configured server's origin, e.g. `https://meet.example.org`; null until set. */
  serverOrigin: string | null;
  /** The app's own origins: the only page allowed to embed the meeting. */
  appOrigins: ReadonlySet<string>;
}

const mediaKinds = new Set(['video', 'audio', 'unknown']);

/**
 * Who asks, in the table's terms: the server framed by the app, the app's
 * meeting page at top level, or neither.
 */
function granteeOf(query: PermissionQuery, context: PermissionContext): Grantee | null {
  const requesting = originOf(query.requestingOrigin);
  if (requesting === null) return null;
  if (query.embeddingOrigin === undefined) {
    if (!context.appOrigins.has(requesting)) return null;
    // A check names only the origin; the request that follows names the page.
    return query.kind === 'check' || isMeetingPage(query.requestingOrigin!) ? 'app' : null;
  }
  const embedding = originOf(query.embeddingOrigin);
  if (
    requesting === context.serverOrigin &&
    embedding !== null &&
    context.appOrigins.has(embedding)
  ) {
    return 'server';
  }
  return null;
}

export function decidePermission(query: PermissionQuery, context: PermissionContext): boolean {
  // Nothing before a server is set: there is no consultation to prepare or hold.
  if (context.serverOrigin === null) return false;
  const grantee = granteeOf(query, context);
  const listed = permissionTable.some(
    (row) => row.permission === query.permission && row.grantedTo === grantee,
  );
  if (!listed) return false;
  if (query.permission === 'media') {
    return (query.mediaTypes ?? []).every((kind) => mediaKinds.has(kind));
  }
  return true;
}

function isMeetingPage(url: string): boolean {
  return new URL(url).pathname === MEETING_PAGE;
}
