import { originOf } from './network-policy';

/**
 * Which web permissions the app grants, and to whom. Everything not in the
 * table is denied, and what is in it is granted only to the configured Jitsi
 * server's page inside the app's own window.
 */
export const permissionTable = [
  { permission: 'media', grantedTo: 'server', why: 'camera and microphone for the consultation' },
  { permission: 'display-capture', grantedTo: 'server', why: 'screen sharing' },
  { permission: 'fullscreen', grantedTo: 'server', why: 'the meeting in full screen' },
] as const;

export type GrantedPermission = (typeof permissionTable)[number]['permission'];

export interface PermissionQuery {
  permission: string;
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

const granted = new Set<string>(permissionTable.map((row) => row.permission));
const mediaKinds = new Set(['video', 'audio', 'unknown']);

export function decidePermission(query: PermissionQuery, context: PermissionContext): boolean {
  if (!granted.has(query.permission) || context.serverOrigin === null) return false;
  if (originOf(query.requestingOrigin) !== context.serverOrigin) return false;
  // The server's page gets them only as the meeting frame inside the app.
  const embedding = originOf(query.embeddingOrigin);
  if (embedding === null || !context.appOrigins.has(embedding)) return false;
  if (query.permission === 'media') {
    return (query.mediaTypes ?? []).every((kind) => mediaKinds.has(kind));
  }
  return true;
}
