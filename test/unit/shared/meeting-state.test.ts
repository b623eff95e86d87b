import { describe, expect, it } from 'vitest';
import {
  commandsAfter,
  initialMeetingState,
  reduceMeeting,
  suggestsAudioOnly,
  type MeetingEvent,
  type MeetingState,
} from '../../../src/shared/meeting-state';

const plan = { roomPassword: 'k7qm-x3w4-p6rt-y7u3', lobby: true };

function run(events: MeetingEvent[], start: MeetingState = initialMeetingState) {
  let state = start;
  const commands: unknown[] = [];
  for (const event of events) {
    const next = reduceMeeting(state, event);
    commands.push(...commandsAfter(state, next, event, plan));
    state = next;
  }
  return { state, commands };
}

const joined: MeetingEvent[] = [{ name: 'ready' }, { name: 'videoConferenceJoined', id: 'me' }];

describe('meeting state from IFrame events', () => {
  it('follows the meeting from loading to joined to left', () => {
    expect(run([{ name: 'ready' }]).state.phase).toBe('ready');
    const { state } = run(joined);
    expect(state).toMatchObject({ phase: 'joined', myId: 'me', role: 'none' });
    expect(run([...joined, { name: 'videoConferenceLeft' }]).state.phase).toBe('left');
    expect(run([...joined, { name: 'readyToClose' }]).state.phase).toBe('left');
  });

  it('becomes moderator only by its own role change', () => {
    expect(
      run([...joined, { name: 'participantRoleChanged', id: 'other', role: 'moderator' }]).state
        .role,
    ).toBe('none');
    expect(
      run([...joined, { name: 'participantRoleChanged', id: 'me', role: 'moderator' }]).state.role,
    ).toBe('moderator');
    expect(
      run([...joined, { name: 'participantRoleChanged', id: 'me', role: 'participant' }]).state
        .role,
    ).toBe('participant');
  });

  it('sets the room password and the lobby once, on becoming moderator', () => {
    const { commands, state } = run([
      ...joined,
      { name: 'participantRoleChanged', id: 'me', role: 'moderator' },
    ]);
    expect(commands).toEqual([
      { name: 'password', args: ['k7qm-x3w4-p6rt-y7u3'] },
      { name: 'toggleLobby', args: [true] },
    ]);
    const after = run(
      [
        { name: 'secured', password: true, lobby: true },
        { name: 'participantRoleChanged', id: 'me', role: 'participant' },
        { name: 'participantRoleChanged', id: 'me', role: 'moderator' },
      ],
      state,
    );
    expect(after.commands).toEqual([]);
  });

  it('leaves the lobby off when the appointment says so', () => {
    const next = reduceMeeting(run(joined).state, {
      name: 'participantRoleChanged',
      id: 'me',
      role: 'moderator',
    });
    expect(
      commandsAfter(
        run(joined).state,
        next,
        { name: 'participantRoleChanged', id: 'me', role: 'moderator' },
        {
          ...plan,
          lobby: false,
        },
      ),
    ).toEqual([{ name: 'password', args: ['k7qm-x3w4-p6rt-y7u3'] }]);
  });

  it('answers a password prompt with the stored password', () => {
    expect(run([...joined, { name: 'passwordRequired' }]).commands).toEqual([
      { name: 'password', args: ['k7qm-x3w4-p6rt-y7u3'] },
    ]);
  });

  it('lists knocking participants until the counsellor answers', () => {
    const { state } = run([
      ...joined,
      { name: 'knockingParticipant', participant: { id: 'k1', name: 'Gast' } },
      { name: 'knockingParticipant', participant: { id: 'k1', name: 'Gast' } },
      { name: 'knockingParticipant', participant: { id: 'k2' } },
    ]);
    expect(state.knocking).toEqual([
      { id: 'k1', displayName: 'Gast' },
      { id: 'k2', displayName: '' },
    ]);
    expect(reduceMeeting(state, { name: 'knockAnswered', id: 'k1' }).knocking).toEqual([
      { id: 'k2', displayName: '' },
    ]);
  });

  it('keeps the others in the room, not itself, and follows their names', () => {
    const { state } = run([
      ...joined,
      { name: 'participantJoined', id: 'me', displayName: 'Beraterin' },
      { name: 'participantJoined', id: 'c1', displayName: 'Gast' },
      { name: 'participantJoined', id: 'c1', displayName: 'Gast' },
      { name: 'displayNameChange', id: 'c1', displayname: 'A.' },
      { name: 'participantJoined', id: 'c2' },
      { name: 'participantLeft', id: 'c2' },
    ]);
    expect(state.participants).toEqual([{ id: 'c1', displayName: 'A.' }]);
  });

  it('suggests audio only above four people with video', () => {
    const people = (count: number) =>
      Array.from({ length: count }, (_, i): MeetingEvent => ({
        name: 'participantJoined',
        id: `p${i}`,
      }));
    expect(suggestsAudioOnly(run([...joined, ...people(3)]).state)).toBe(false);
    expect(suggestsAudioOnly(run([...joined, ...people(4)]).state)).toBe(true);
    expect(
      suggestsAudioOnly(
        run([...joined, ...people(4), { name: 'videoMuteStatusChanged', muted: true }]).state,
      ),
    ).toBe(false);
  });

  it('notes errors by name only', () => {
    expect(
      run([...joined, { name: 'errorOccurred', error: { name: 'conference.connectionError' } }])
        .state.lastError,
    ).toBe('conference.connectionError');
  });
});
