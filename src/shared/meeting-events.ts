/**
 * What Jitsi reports through the IFrame API (the camelCase names external_api.js
 * emits), checked field by field before the meeting reducer sees it.
 */

/** The events the app listens to, each as the reducer reads it. */
export type JitsiEvent =
  | { name: 'videoConferenceJoined'; id: string }
  | { name: 'videoConferenceLeft' }
  | { name: 'readyToClose' }
  | { name: 'participantRoleChanged'; id: string; role: string }
  | { name: 'participantJoined'; id: string; displayName?: string }
  | { name: 'participantLeft'; id: string }
  | { name: 'displayNameChange'; id: string; displayname?: string }
  | { name: 'knockingParticipant'; participant: { id: string; name?: string } }
  | { name: 'passwordRequired' }
  | { name: 'videoMuteStatusChanged'; muted: boolean }
  | { name: 'audioMuteStatusChanged'; muted: boolean };

/** The IFrame API events the meeting view listens to (external_api.js's camelCase names). */
export const meetingEventNames = [
  'videoConferenceJoined',
  'videoConferenceLeft',
  'readyToClose',
  'participantRoleChanged',
  'participantJoined',
  'participantLeft',
  'displayNameChange',
  'knockingParticipant',
  'passwordRequired',
  'videoMuteStatusChanged',
  'audioMuteStatusChanged',
] as const satisfies readonly JitsiEvent['name'][];

const text = (value: unknown, max = 200): string | null =>
  typeof value === 'string' ? value.slice(0, max) : null;

/**
 * An event as the iframe sent it, checked field by field: the payload comes
 * from the server's page, so nothing is taken on trust. Null when it does not fit.
 */
export function meetingEventFrom(name: string, payload: unknown): JitsiEvent | null {
  const data = (typeof payload === 'object' && payload !== null ? payload : {}) as Record<
    string,
    unknown
  >;
  const id = text(data.id, 100);
  switch (name) {
    case 'videoConferenceJoined':
      return id ? { name, id } : null;
    case 'participantRoleChanged': {
      const role = text(data.role, 40);
      return id && role ? { name, id, role } : null;
    }
    case 'participantJoined':
      return id ? { name, id, displayName: text(data.displayName) ?? '' } : null;
    case 'participantLeft':
      return id ? { name, id } : null;
    case 'displayNameChange':
      return id ? { name, id, displayname: text(data.displayname) ?? '' } : null;
    case 'knockingParticipant': {
      const participant = (data.participant ?? {}) as Record<string, unknown>;
      const knocker = text(participant.id, 100);
      return knocker
        ? { name, participant: { id: knocker, name: text(participant.name) ?? '' } }
        : null;
    }
    case 'videoMuteStatusChanged':
    case 'audioMuteStatusChanged':
      return typeof data.muted === 'boolean' ? { name, muted: data.muted } : null;
    case 'videoConferenceLeft':
    case 'readyToClose':
    case 'passwordRequired':
      return { name };
    default:
      return null;
  }
}
