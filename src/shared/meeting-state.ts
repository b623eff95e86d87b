/**
 * The meeting as the app sees it, and every decision the app takes in it. Pure:
 * the meeting view feeds in what Jitsi reports and what the counsellor does,
 * and carries out the commands `step` returns: IFrame API commands for Jitsi
 * (`api.executeCommand(name, ...args)`), announcements and leaving for the app.
 */

import { accessRules } from './access';
import { decideE2ee, e2eeCommands, initialE2ee, type E2eeDecision } from './e2ee';
import type { MeetingSpec } from './ipc-contract';
import type { JitsiEvent } from './meeting-events';

export type Role = 'moderator' | 'participant' | 'none';

export interface Participant {
  id: string;
  displayName: string;
}

/**
 * The counsellor's first aid for a struggling call, from the meeting panel; a
 * kiosk's client also switches the microphone from the app's own panel.
 */
export type FirstAid =
  'audioOnly' | 'cameraOn' | 'lowerQuality' | 'blur' | 'microphoneOff' | 'microphoneOn';

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
  /** What the app asked of Jitsi's end-to-end encryption, and why. */
  e2ee: E2eeDecision;
  videoMuted: boolean;
  audioMuted: boolean;
  /** The last first aid the counsellor gave, for the panel to confirm. */
  firstAid: FirstAid | null;
}

export const initialMeetingState: MeetingState = {
  phase: 'loading',
  myId: null,
  role: 'none',
  participants: [],
  knocking: [],
  secured: { password: false, lobby: false },
  e2ee: initialE2ee,
  videoMuted: false,
  audioMuted: false,
  firstAid: null,
};

/** What the counsellor does in the meeting window. */
export type CounsellorEvent =
  | { name: 'knockAnswered'; id: string; admit: boolean }
  | { name: 'firstAid'; aid: FirstAid }
  | { name: 'hangUp' };

export type MeetingEvent =
  /** The server's IFrame API is loaded and its meeting frame created. */
  { name: 'ready' } | JitsiEvent | CounsellorEvent;

/** Commands for the IFrame API (`api.executeCommand(name, ...args)`). */
export type JitsiCommand =
  | { name: 'password'; args: [string] }
  | { name: 'toggleLobby'; args: [boolean] }
  | { name: 'toggleE2EE'; args: [boolean] }
  | { name: 'answerKnockingParticipant'; args: [string, boolean] }
  | { name: 'hangup'; args: [] }
  | { name: 'setVideoQuality'; args: [number] }
  | { name: 'toggleVideo'; args: [] }
  | { name: 'toggleAudio'; args: [] }
  | { name: 'setBlurredBackground'; args: ['slight-blur' | 'blur' | 'none'] };

/** What the meeting window's live region says; the view puts it into words. */
export type Announcement =
  /** `name` is empty when the person gave none. */
  | { about: 'knocking' | 'admitted' | 'rejected'; name: string }
  | { about: 'e2ee'; e2ee: E2eeDecision };

export type MeetingCommand =
  | JitsiCommand
  | { name: 'announce'; announcement: Announcement }
  /** The meeting is over: main closes the window. `afterMs` gives Jitsi time to hang up first. */
  | { name: 'leave'; afterMs: number };

/** What `step` reads of the consultation: the password, the access choice, the E2EE setting. */
export type MeetingPlan = Pick<MeetingSpec, 'roomPassword' | 'access' | 'e2ee'>;

export interface MeetingStep {
  state: MeetingState;
  commands: MeetingCommand[];
}

/** How long to wait for Jitsi's `readyToClose` after hanging up before leaving anyway. */
export const HANG_UP_GRACE_MS = 4000;
/** 180p: enough to see a face, light on a weak line. */
export const LOW_VIDEO_HEIGHT = 180;

const firstAidCommands: Record<FirstAid, JitsiCommand> = {
  audioOnly: { name: 'toggleVideo', args: [] },
  cameraOn: { name: 'toggleVideo', args: [] },
  lowerQuality: { name: 'setVideoQuality', args: [LOW_VIDEO_HEIGHT] },
  blur: { name: 'setBlurredBackground', args: ['slight-blur'] },
  microphoneOff: { name: 'toggleAudio', args: [] },
  microphoneOn: { name: 'toggleAudio', args: [] },
};

/**
 * The meeting after `event`, and what follows from it. After every event the
 * app decides end-to-end encryption anew (shared/e2ee.ts) and says aloud
 * when it switches it.
 */
export function step(state: MeetingState, event: MeetingEvent, plan: MeetingPlan): MeetingStep {
  const next = react(state, event, plan);
  const e2ee = decideE2ee(next.state, plan.e2ee, state.e2ee);
  const switched = e2eeCommands(state.e2ee, e2ee);
  return {
    state: { ...next.state, e2ee },
    commands: [
      ...next.commands,
      ...switched,
      ...(switched.length > 0 ? [announce({ about: 'e2ee', e2ee })] : []),
    ],
  };
}

const only = (state: MeetingState): MeetingStep => ({ state, commands: [] });
const announce = (announcement: Announcement): MeetingCommand => ({
  name: 'announce',
  announcement,
});
const leave = (afterMs = 0): MeetingCommand => ({ name: 'leave', afterMs });
const over = (state: MeetingState): MeetingState => ({
  ...state,
  phase: 'left',
  participants: [],
  knocking: [],
});

function react(state: MeetingState, event: MeetingEvent, plan: MeetingPlan): MeetingStep {
  switch (event.name) {
    case 'ready':
      return only(state.phase === 'loading' ? { ...state, phase: 'ready' } : state);
    case 'videoConferenceJoined':
      return only({ ...state, phase: 'joined', myId: event.id });
    case 'videoConferenceLeft':
      return only(over(state));
    case 'readyToClose':
      return { state: over(state), commands: [leave()] };
    case 'participantRoleChanged':
      return roleChanged(state, event, plan);
    case 'participantJoined':
      return only(joined(state, event));
    case 'participantLeft':
      return only({ ...state, participants: state.participants.filter((p) => p.id !== event.id) });
    case 'displayNameChange':
      return only({
        ...state,
        participants: state.participants.map((p) =>
          p.id === event.id ? { ...p, displayName: event.displayname ?? '' } : p,
        ),
      });
    case 'knockingParticipant': {
      const { id, name = '' } = event.participant;
      if (state.knocking.some((p) => p.id === id)) return only(state);
      return {
        state: { ...state, knocking: [...state.knocking, { id, displayName: name }] },
        commands: [announce({ about: 'knocking', name })],
      };
    }
    case 'passwordRequired':
      // Without the password (a kiosk's client), Jitsi's own prompt asks for it.
      return plan.roomPassword === null
        ? only(state)
        : { state, commands: [{ name: 'password', args: [plan.roomPassword] }] };
    case 'videoMuteStatusChanged':
      return only({ ...state, videoMuted: event.muted });
    case 'audioMuteStatusChanged':
      return only({ ...state, audioMuted: event.muted });
    case 'knockAnswered': {
      // Jitsi sends no event for an answer: the knock ends with the command.
      const knocker = state.knocking.find((p) => p.id === event.id);
      if (!knocker) return only(state);
      return {
        state: { ...state, knocking: state.knocking.filter((p) => p !== knocker) },
        commands: [
          { name: 'answerKnockingParticipant', args: [knocker.id, event.admit] },
          announce({ about: event.admit ? 'admitted' : 'rejected', name: knocker.displayName }),
        ],
      };
    }
    case 'firstAid':
      return { state: { ...state, firstAid: event.aid }, commands: [firstAidCommands[event.aid]] };
    case 'hangUp':
      // Before joining there is nothing to hang up; after it, Jitsi's readyToClose normally leaves first.
      return state.phase === 'joined'
        ? { state, commands: [{ name: 'hangup', args: [] }, leave(HANG_UP_GRACE_MS)] }
        : { state, commands: [leave()] };
  }
}

/**
 * On first becoming moderator the app sets the room password and, where the
 * access says so, the lobby. Jitsi confirms neither: sending them is what
 * secures the room, so the state says so in the same step.
 */
function roleChanged(
  state: MeetingState,
  event: Extract<JitsiEvent, { name: 'participantRoleChanged' }>,
  plan: MeetingPlan,
): MeetingStep {
  if (event.id !== state.myId) return only(state);
  const role = event.role === 'moderator' ? 'moderator' : 'participant';
  const next = { ...state, role } as const;
  if (
    role !== 'moderator' ||
    state.role === 'moderator' ||
    state.secured.password ||
    plan.roomPassword === null
  ) {
    return only(next);
  }
  const lobby = accessRules[plan.access].lobby;
  const commands: MeetingCommand[] = [{ name: 'password', args: [plan.roomPassword] }];
  if (lobby) commands.push({ name: 'toggleLobby', args: [true] });
  return { state: { ...next, secured: { password: true, lobby } }, commands };
}

function joined(
  state: MeetingState,
  event: Extract<JitsiEvent, { name: 'participantJoined' }>,
): MeetingState {
  if (event.id === state.myId || state.participants.some((p) => p.id === event.id)) return state;
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

/** Above this many people (the counsellor included) with video, audio only is suggested. */
export const AUDIO_ONLY_ABOVE = 4;

export function suggestsAudioOnly(state: MeetingState): boolean {
  return !state.videoMuted && state.participants.length + 1 > AUDIO_ONLY_ABOVE;
}
