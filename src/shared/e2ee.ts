import type { JitsiCommand, MeetingState } from './meeting-state';

/**
 * End-to-end encryption for one-to-one consultations. Jitsi encrypts media to
 * its videobridge anyway; end to end means the bridge cannot read it either.
 * The app asks for it (`toggleE2EE`) when the counsellor is moderator and
 * exactly one other person is in the room, and switches it off when a third
 * joins. The IFrame API reports no E2EE state (shared/JITSI.md), and whether
 * the other side's browser can take part is not visible to the app: it shows
 * what it asked for and why, and points to Jitsi's own label as the proof.
 */
export const e2eeSettings = ['auto', 'off'] as const;
export type E2eeSetting = (typeof e2eeSettings)[number];

export type E2eeReason =
  /** The organisation (or the counsellor) switched it off. */
  | 'switched-off'
  /** Not joined yet, or nobody else in the room yet. */
  | 'waiting'
  /** Without moderator rights the app does not steer the room. */
  | 'guest'
  /** The counsellor and one other person: asked for. */
  | 'one-to-one'
  /** More than two people: off, so nobody is cut off from the conversation. */
  | 'third-person';

export interface E2eeDecision {
  /** What the app last asked Jitsi for. */
  requested: boolean;
  reason: E2eeReason;
}

export const initialE2ee: E2eeDecision = { requested: false, reason: 'waiting' };

export function decideE2ee(
  state: Pick<MeetingState, 'phase' | 'role' | 'participants'>,
  setting: E2eeSetting,
  previous: E2eeDecision,
): E2eeDecision {
  if (setting === 'off') return { requested: false, reason: 'switched-off' };
  if (state.phase !== 'joined' || state.role === 'none') return { ...previous, reason: 'waiting' };
  if (state.role !== 'moderator') return { requested: false, reason: 'guest' };
  const others = state.participants.length;
  // Alone again: leave it as it is; the next one to join decides.
  if (others === 0) return { requested: previous.requested, reason: 'waiting' };
  if (others === 1) return { requested: true, reason: 'one-to-one' };
  return { requested: false, reason: 'third-person' };
}

/** The command that turns what was asked into what is asked now, if anything changed. */
export function e2eeCommands(before: E2eeDecision, after: E2eeDecision): JitsiCommand[] {
  return before.requested === after.requested
    ? []
    : [{ name: 'toggleE2EE', args: [after.requested] }];
}
