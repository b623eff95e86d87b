import { describe, expect, it } from 'vitest';
import {
  HANG_UP_GRACE_MS,
  initialMeetingState,
  LOW_VIDEO_HEIGHT,
  step,
  suggestsAudioOnly,
  type MeetingEvent,
  type MeetingPlan,
  type MeetingState,
} from '../../../src/shared/meeting-state';

const password = 'k7qm-x3w4-p6rt-y7u3';
const plan: MeetingPlan = { roomPassword: password, access: 'password', e2ee: 'auto' };

/** Feeds events in order, as the meeting view does, and collects the commands. */
function run(
  events: MeetingEvent[],
  start: MeetingState = initialMeetingState,
  meetingPlan = plan,
) {
  let state = start;
  const commands: unknown[] = [];
  for (const event of events) {
    const next = step(state, event, meetingPlan);
    commands.push(...next.commands);
    state = next.state;
  }
  return { state, commands };
}

const joined: MeetingEvent[] = [{ name: 'ready' }, { name: 'videoConferenceJoined', id: 'me' }];
const madeModerator: MeetingEvent = { name: 'participantRoleChanged', id: 'me', role: 'moderator' };
const moderator: MeetingEvent[] = [...joined, madeModerator];
/** The room secured, as every test that is not about securing starts. */
const securing = [
  { name: 'password', args: [password] },
  { name: 'toggleLobby', args: [true] },
];
const asModerator = run(moderator).state;

const announced = (announcement: object) => ({ name: 'announce', announcement });

describe('the meeting, step by step', () => {
  it('follows the meeting from loading to joined to left', () => {
    expect(run([{ name: 'ready' }]).state.phase).toBe('ready');
    expect(run(joined).state).toMatchObject({ phase: 'joined', myId: 'me', role: 'none' });
    expect(run([...joined, { name: 'videoConferenceLeft' }])).toMatchObject({
      state: { phase: 'left' },
      commands: [],
    });
  });

  it('leaves when Jitsi is ready to close', () => {
    expect(run([...joined, { name: 'readyToClose' }])).toMatchObject({
      state: { phase: 'left', participants: [], knocking: [] },
      commands: [{ name: 'leave', afterMs: 0 }],
    });
  });

  it('hangs up and leaves after a grace period once joined, and leaves at once before', () => {
    expect(run([...joined, { name: 'hangUp' }]).commands).toEqual([
      { name: 'hangup', args: [] },
      { name: 'leave', afterMs: HANG_UP_GRACE_MS },
    ]);
    expect(run([{ name: 'hangUp' }]).commands).toEqual([{ name: 'leave', afterMs: 0 }]);
    expect(run([{ name: 'ready' }, { name: 'hangUp' }]).commands).toEqual([
      { name: 'leave', afterMs: 0 },
    ]);
  });

  it('becomes moderator only by its own role change', () => {
    const role = (id: string, role: string) =>
      run([...joined, { name: 'participantRoleChanged', id, role }]).state.role;
    expect(role('other', 'moderator')).toBe('none');
    expect(role('me', 'moderator')).toBe('moderator');
    expect(role('me', 'participant')).toBe('participant');
  });
});

describe('securing the room', () => {
  it('sets the room password and the lobby on becoming moderator, and is secured by sending them', () => {
    const { state, commands } = run(moderator);
    expect(commands).toEqual(securing);
    expect(state.secured).toEqual({ password: true, lobby: true });
  });

  it('secures the room once, though moderator rights come and go', () => {
    const { state, commands } = run(
      [
        { name: 'participantRoleChanged', id: 'me', role: 'participant' },
        { name: 'participantRoleChanged', id: 'me', role: 'moderator' },
        { name: 'participantRoleChanged', id: 'me', role: 'moderator' },
      ],
      asModerator,
    );
    expect(commands).toEqual([]);
    expect(state.secured).toEqual({ password: true, lobby: true });
  });

  it.each([
    ['password', true],
    ['knock', true],
    ['password-only', false],
  ] as const)(
    'sets the password for "%s" access, and the lobby only where the access says (%s)',
    (access, lobby) => {
      const { state, commands } = run(moderator, initialMeetingState, { ...plan, access });
      expect(commands).toEqual([
        { name: 'password', args: [password] },
        ...(lobby ? [{ name: 'toggleLobby', args: [true] }] : []),
      ]);
      expect(state.secured).toEqual({ password: true, lobby });
    },
  );

  it('is not secured without moderator rights', () => {
    const { state, commands } = run([
      ...joined,
      { name: 'participantRoleChanged', id: 'me', role: 'participant' },
    ]);
    expect(commands).toEqual([]);
    expect(state.secured).toEqual({ password: false, lobby: false });
  });

  it('answers a password prompt with the stored password, which secures nothing', () => {
    const { state, commands } = run([...joined, { name: 'passwordRequired' }]);
    expect(commands).toEqual([{ name: 'password', args: [password] }]);
    expect(state.secured).toEqual({ password: false, lobby: false });
  });

  it('leaves the prompt to Jitsi without a password (a kiosk’s client), and never secures', () => {
    const kiosk = { ...plan, roomPassword: null };
    expect(
      run([...joined, { name: 'passwordRequired' }], initialMeetingState, kiosk).commands,
    ).toEqual([]);
    const moderator = run(
      [...joined, { name: 'participantRoleChanged', id: 'me', role: 'moderator' }],
      initialMeetingState,
      kiosk,
    );
    expect(moderator.commands).toEqual([]);
    expect(moderator.state.secured).toEqual({ password: false, lobby: false });
  });
});

describe('the lobby', () => {
  const knocks: MeetingEvent[] = [
    { name: 'knockingParticipant', participant: { id: 'k1', name: 'Gast' } },
    { name: 'knockingParticipant', participant: { id: 'k1', name: 'Gast' } },
    { name: 'knockingParticipant', participant: { id: 'k2' } },
  ];

  it('lists knocking participants and announces each once', () => {
    const { state, commands } = run(knocks, asModerator);
    expect(state.knocking).toEqual([
      { id: 'k1', displayName: 'Gast' },
      { id: 'k2', displayName: '' },
    ]);
    expect(commands).toEqual([
      announced({ about: 'knocking', name: 'Gast' }),
      announced({ about: 'knocking', name: '' }),
    ]);
  });

  it.each([
    [true, 'admitted'],
    [false, 'rejected'],
  ] as const)(
    'answers a knock (admit: %s) in one step: the command, the announcement, the knock ended',
    (admit, about) => {
      const knocking = run(knocks, asModerator).state;
      const { state, commands } = step(knocking, { name: 'knockAnswered', id: 'k1', admit }, plan);
      expect(commands).toEqual([
        { name: 'answerKnockingParticipant', args: ['k1', admit] },
        announced({ about, name: 'Gast' }),
      ]);
      expect(state.knocking).toEqual([{ id: 'k2', displayName: '' }]);
    },
  );

  it('answers nobody who no longer knocks', () => {
    const knocking = run(knocks, asModerator).state;
    const answered = run(
      [
        { name: 'knockAnswered', id: 'k1', admit: true },
        { name: 'knockAnswered', id: 'k1', admit: false },
        { name: 'knockAnswered', id: 'stranger', admit: true },
      ],
      knocking,
    );
    expect(answered.commands).toEqual([
      { name: 'answerKnockingParticipant', args: ['k1', true] },
      announced({ about: 'admitted', name: 'Gast' }),
    ]);
  });

  it('ends a knock when the knocker walks in with the password (the same name joins)', () => {
    const { state, commands } = run(
      [
        { name: 'knockingParticipant', participant: { id: 'lobby-1', name: 'Klientin' } },
        { name: 'knockingParticipant', participant: { id: 'lobby-2', name: 'Unbekannt' } },
        { name: 'participantJoined', id: 'p1', displayName: 'Klientin' },
      ],
      asModerator,
    );
    expect(state.knocking).toEqual([{ id: 'lobby-2', displayName: 'Unbekannt' }]);
    expect(state.participants).toEqual([{ id: 'p1', displayName: 'Klientin' }]);
    expect(commands).not.toContainEqual(
      expect.objectContaining({ name: 'answerKnockingParticipant' }),
    );
  });

  it('forgets who knocked when the meeting ends', () => {
    expect(run([...knocks, { name: 'videoConferenceLeft' }], asModerator).state.knocking).toEqual(
      [],
    );
  });
});

describe('participants', () => {
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
});

describe('end-to-end encryption in the meeting', () => {
  const client: MeetingEvent = { name: 'participantJoined', id: 'c1', displayName: 'Gast' };
  const third: MeetingEvent = { name: 'participantJoined', id: 'c2', displayName: 'Dolmetscher' };

  it('is asked for, and said, when one other person joins the moderator', () => {
    const { state, commands } = run([client], asModerator);
    const e2ee = { requested: true, reason: 'one-to-one' };
    expect(commands).toEqual([
      { name: 'toggleE2EE', args: [true] },
      announced({ about: 'e2ee', e2ee }),
    ]);
    expect(state.e2ee).toEqual(e2ee);
  });

  it('is switched off, and said, for a third person, and on again when they leave', () => {
    const { commands } = run([client, third, { name: 'participantLeft', id: 'c2' }], asModerator);
    expect(commands).toEqual([
      { name: 'toggleE2EE', args: [true] },
      announced({ about: 'e2ee', e2ee: { requested: true, reason: 'one-to-one' } }),
      { name: 'toggleE2EE', args: [false] },
      announced({ about: 'e2ee', e2ee: { requested: false, reason: 'third-person' } }),
      { name: 'toggleE2EE', args: [true] },
      announced({ about: 'e2ee', e2ee: { requested: true, reason: 'one-to-one' } }),
    ]);
  });

  it('is asked for after securing the room when the client was there before the moderator rights', () => {
    const { commands } = run([...joined, client, madeModerator]);
    expect(commands).toEqual([
      ...securing,
      { name: 'toggleE2EE', args: [true] },
      announced({ about: 'e2ee', e2ee: { requested: true, reason: 'one-to-one' } }),
    ]);
  });

  it('is never asked for when switched off, and says nothing', () => {
    const off = { ...plan, e2ee: 'off' } as const;
    const { state, commands } = run([...moderator, client], initialMeetingState, off);
    expect(commands).toEqual(securing);
    expect(state.e2ee).toEqual({ requested: false, reason: 'switched-off' });
  });
});

describe('first aid', () => {
  it.each([
    ['audioOnly', { name: 'toggleVideo', args: [] }],
    ['cameraOn', { name: 'toggleVideo', args: [] }],
    ['lowerQuality', { name: 'setVideoQuality', args: [LOW_VIDEO_HEIGHT] }],
    ['blur', { name: 'setBlurredBackground', args: ['slight-blur'] }],
    ['microphoneOff', { name: 'toggleAudio', args: [] }],
    ['microphoneOn', { name: 'toggleAudio', args: [] }],
  ] as const)('"%s" sends its command and is recorded for the panel', (aid, command) => {
    const { state, commands } = run([{ name: 'firstAid', aid }], asModerator);
    expect(commands).toEqual([command]);
    expect(state.firstAid).toBe(aid);
  });

  it("follows Jitsi's microphone state, whoever switched it", () => {
    const muted = run([{ name: 'audioMuteStatusChanged', muted: true }], asModerator).state;
    expect(muted.audioMuted).toBe(true);
    expect(
      step(muted, { name: 'audioMuteStatusChanged', muted: false }, plan).state.audioMuted,
    ).toBe(false);
  });
});
