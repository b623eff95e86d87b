/**
 * The meeting as the app sees it, from the Jitsi IFrame API's events (the
 * camelCase names external_api.js emits). Pure: the meeting view feeds events
 * in and turns the commands that come out into `executeCommand` calls.
 */

import { accessRules, type AccessMode } from './access';

export type Role = 'moderator' | 'participant' | 'none';

export interface Participant {
  id: string;
  displayName: string;
}

export interface MeetingState {
  phase: 'loading' | 'ready' | 'joined' | 'left';
  /** This client's participant id once joined. */
  myId: string | null;
  role: Role;
  /** Everybody else in the room. */
  participants: readonly Participant[];
  /** Waiting in the lobby for the counsellor's answer. */
  knocking: readonly Participant[];
  /** Whether the app has set the room password and switched the lobby on. */
  secured: { password: boolean; lobby: boolean };
  audioMuted: boolean;
  videoMuted: boolean;
  lastError: string | null;
}

export const initialMeetingState: MeetingState = {
  phase: 'loading',
  myId: null,
  role: 'none',
  participants: [],
  knocking: [],
  secured: { password: false, lobby: false },
  audioMuted: false,
  videoMuted: false,
  lastError: null,
};

/** What the meeting view hears from the iframe, and what it did itself. */
export type MeetingEvent =
  | { name: 'ready' }
  | { name: 'videoConferenceJoined'; id: string }
  | { name: 'videoConferenceLeft' }
  | { name: 'readyToClose' }
  | { name: 'participantRoleChanged'; id: string; role: string }
  | { name: 'participantJoined'; id: string; displayName?: string }
  | { name: 'participantLeft'; id: string }
  | { name: 'displayNameChange'; id: string; displayname?: string }
  | { name: 'knockingParticipant'; participant: { id: string; name?: string } }
  | { name: 'passwordRequired' }
  | { name: 'audioMuteStatusChanged'; muted: boolean }
  | { name: 'videoMuteStatusChanged'; muted: boolean }
  | { name: 'errorOccurred'; error?: { name?: string; message?: string } }
  /** The counsellor answered a knock; the iframe sends no event for it. */
  | { name: 'knockAnswered'; id: string }
  /** The app sent the password / lobby commands after becoming moderator. */
  | { name: 'secured'; password: boolean; lobby: boolean };

/** Commands for the IFrame API (`api.executeCommand(name, ...args)`). */
export type MeetingCommand =
  | { name: 'password'; args: [string] }
  | { name: 'toggleLobby'; args: [boolean] }
  | { name: 'toggleE2EE'; args: [boolean] }
  | { name: 'answerKnockingParticipant'; args: [string, boolean] }
  | { name: 'hangup'; args: [] }
  | { name: 'setVideoQuality'; args: [number] }
  | { name: 'toggleVideo'; args: [] }
  | { name: 'setBlurredBackground'; args: ['slight-blur' | 'blur' | 'none'] };

const unnamed = (id: string) => ({ id, displayName: '' });

export function reduceMeeting(state: MeetingState, event: MeetingEvent): MeetingState {
  switch (event.name) {
    case 'ready':
      return state.phase === 'loading' ? { ...state, phase: 'ready' } : state;
    case 'videoConferenceJoined':
      return { ...state, phase: 'joined', myId: event.id };
    case 'videoConferenceLeft':
    case 'readyToClose':
      return { ...state, phase: 'left', participants: [], knocking: [] };
    case 'participantRoleChanged':
      if (event.id !== state.myId) return state;
      return { ...state, role: event.role === 'moderator' ? 'moderator' : 'participant' };
    case 'participantJoined': {
      if (event.id === state.myId || state.participants.some((p) => p.id === event.id)) {
        return state;
      }
      // A knocker who then enters the password walks in, and Jitsi sends no
      // event for leaving the lobby (its lobby and meeting ids differ): the same
      // name arriving ends that knock, so no "Admit" stays for someone inside.
      const name = event.displayName ?? '';
      const knock = name ? state.knocking.findIndex((p) => p.displayName === name) : -1;
      return {
        ...state,
        participants: [...state.participants, { id: event.id, displayName: name }],
        knocking: knock < 0 ? state.knocking : state.knocking.filter((_, index) => index !== knock),
      };
    }
    case 'participantLeft':
      return { ...state, participants: state.participants.filter((p) => p.id !== event.id) };
    case 'displayNameChange':
      return {
        ...state,
        participants: state.participants.map((p) =>
          p.id === event.id ? { ...p, displayName: event.displayname ?? '' } : p,
        ),
      };
    case 'knockingParticipant': {
      const { id, name } = event.participant;
      if (state.knocking.some((p) => p.id === id)) return state;
      return {
        ...state,
        knocking: [...state.knocking, { ...unnamed(id), displayName: name ?? '' }],
      };
    }
    case 'knockAnswered':
      return { ...state, knocking: state.knocking.filter((p) => p.id !== event.id) };
    case 'secured':
      return { ...state, secured: { password: event.password, lobby: event.lobby } };
    case 'audioMuteStatusChanged':
      return { ...state, audioMuted: event.muted };
    case 'videoMuteStatusChanged':
      return { ...state, videoMuted: event.muted };
    case 'errorOccurred':
      return { ...state, lastError: event.error?.name ?? 'unknown' };
    case 'passwordRequired':
      return state;
  }
}

export interface SecurityPlan {
  roomPassword: string;
  /** The appointment's access choice: the password is always set, the lobby where it says so. */
  access: AccessMode;
}

/**
 * What the app must tell Jitsi after an event: on becoming moderator, set the
 * room password and the lobby (once); when Jitsi asks for the password, give it.
 */
export function commandsAfter(
  before: MeetingState,
  after: MeetingState,
  event: MeetingEvent,
  plan: SecurityPlan,
): MeetingCommand[] {
  if (event.name === 'passwordRequired') return [{ name: 'password', args: [plan.roomPassword] }];
  const becameModerator = before.role !== 'moderator' && after.role === 'moderator';
  if (!becameModerator || after.secured.password) return [];
  const commands: MeetingCommand[] = [{ name: 'password', args: [plan.roomPassword] }];
  if (accessRules[plan.access].lobby) commands.push({ name: 'toggleLobby', args: [true] });
  return commands;
}

/** Above this many people (the counsellor included) with video, audio only is suggested. */
export const AUDIO_ONLY_ABOVE = 4;

export function suggestsAudioOnly(state: MeetingState): boolean {
  return !state.videoMuted && state.participants.length + 1 > AUDIO_ONLY_ABOVE;
}

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
  'audioMuteStatusChanged',
  'videoMuteStatusChanged',
  'errorOccurred',
] as const;

const text = (value: unknown, max = 200): string | null =>
  typeof value === 'string' ? value.slice(0, max) : null;

/**
 * An event as the iframe sent it, checked field by field: the payload comes
 * from the server's page, so nothing is taken on trust. Null when it does not fit.
 */
export function meetingEventFrom(name: string, payload: unknown): MeetingEvent | null {
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
    case 'audioMuteStatusChanged':
    case 'videoMuteStatusChanged':
      return typeof data.muted === 'boolean' ? { name, muted: data.muted } : null;
    case 'errorOccurred': {
      const error = (data.error ?? {}) as Record<string, unknown>;
      return { name, error: { name: text(error.name, 100) ?? 'unknown' } };
    }
    case 'videoConferenceLeft':
    case 'readyToClose':
    case 'passwordRequired':
      return { name };
    default:
      return null;
  }
}
