import { describe, expect, it } from 'vitest';
import {
  commandsAfter,
  initialMeetingState,
  meetingEventFrom,
  meetingEventNames,
  reduceMeeting,
  suggestsAudioOnly,
  type MeetingEvent,
  type MeetingState,
} from '../../../src/shared/meeting-state';

const plan = { roomPassword: 'k7qm-x3w4-p6rt-y7u3', access: 'password' } as const;

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

  it.each([
    ['password', true],
    ['knock', true],
    ['password-only', false],
  ] as const)(
    'sets the password for "%s" access, and the lobby only where the access says (%s)',
    (access, lobby) => {
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
          { ...plan, access },
        ),
      ).toEqual([
        { name: 'password', args: ['k7qm-x3w4-p6rt-y7u3'] },
        ...(lobby ? [{ name: 'toggleLobby', args: [true] }] : []),
      ]);
    },
  );

  it('answers a password prompt with the stored password', () => {
    expect(run([...joined, { name: 'passwordRequired' }]).commands).toEqual([
      { name: 'password', args: ['k7qm-x3w4-p6rt-y7u3'] },
    ]);
  });

  it('ends a knock when the knocker walks in with the password (the same name joins)', () => {
    const { state } = run([
      ...joined,
      { name: 'knockingParticipant', participant: { id: 'lobby-1', name: 'Klientin' } },
      { name: 'knockingParticipant', participant: { id: 'lobby-2', name: 'Unbekannt' } },
      { name: 'participantJoined', id: 'p1', displayName: 'Klientin' },
    ]);
    expect(state.knocking).toEqual([{ id: 'lobby-2', displayName: 'Unbekannt' }]);
    expect(state.participants).toEqual([{ id: 'p1', displayName: 'Klientin' }]);
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

describe('events as the iframe sends them', () => {
  it('keeps the fields the app uses, with their types checked', () => {
    expect(
      meetingEventFrom('videoConferenceJoined', { roomName: 'r', id: 'me', displayName: 'X' }),
    ).toEqual({ name: 'videoConferenceJoined', id: 'me' });
    expect(meetingEventFrom('participantRoleChanged', { id: 'me', role: 'moderator' })).toEqual({
      name: 'participantRoleChanged',
      id: 'me',
      role: 'moderator',
    });
    expect(
      meetingEventFrom('knockingParticipant', { participant: { id: 'k1', name: 'Gast' } }),
    ).toEqual({ name: 'knockingParticipant', participant: { id: 'k1', name: 'Gast' } });
    expect(meetingEventFrom('videoMuteStatusChanged', { muted: true })).toEqual({
      name: 'videoMuteStatusChanged',
      muted: true,
    });
    expect(meetingEventFrom('readyToClose', undefined)).toEqual({ name: 'readyToClose' });
  });

  it('drops what does not fit, and events it does not know', () => {
    expect(meetingEventFrom('participantJoined', { id: 42 })).toBeNull();
    expect(meetingEventFrom('participantRoleChanged', { id: 'me' })).toBeNull();
    expect(meetingEventFrom('knockingParticipant', { participant: 'k1' })).toBeNull();
    expect(meetingEventFrom('audioMuteStatusChanged', { muted: 'yes' })).toBeNull();
    expect(meetingEventFrom('__proto__', {})).toBeNull();
    expect(meetingEventFrom('recordingStatusChanged', { on: true })).toBeNull();
  });

  it('cuts names to a sane length and keeps only the error name', () => {
    const joinedEvent = meetingEventFrom('participantJoined', {
      id: 'c1',
      displayName: 'x'.repeat(5000),
    });
    expect(joinedEvent).toMatchObject({ displayName: 'x'.repeat(200) });
    expect(
      meetingEventFrom('errorOccurred', {
        error: { name: 'conference.authenticationRequired', message: 'details', stack: '…' },
      }),
    ).toEqual({ name: 'errorOccurred', error: { name: 'conference.authenticationRequired' } });
  });

  it('has a listener name for every event the reducer reads from Jitsi', () => {
    const ownEvents = new Set(['ready', 'knockAnswered', 'secured']);
    const reduced: MeetingEvent['name'][] = [
      'ready',
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
      'knockAnswered',
      'secured',
    ];
    expect([...meetingEventNames].sort()).toEqual(
      reduced.filter((name) => !ownEvents.has(name)).sort(),
    );
  });
});
