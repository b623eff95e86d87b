import { describe, expect, it } from 'vitest';
import {
  meetingEventFrom,
  meetingEventNames,
  type JitsiEvent,
} from '../../../src/shared/meeting-events';

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
    // The kiosk's microphone button follows Jitsi's own mute state.
    expect(meetingEventFrom('audioMuteStatusChanged', { muted: true })).toEqual({
      name: 'audioMuteStatusChanged',
      muted: true,
    });
  });

  it('drops what does not fit, and events the app has no use for', () => {
    expect(meetingEventFrom('participantJoined', { id: 42 })).toBeNull();
    expect(meetingEventFrom('participantRoleChanged', { id: 'me' })).toBeNull();
    expect(meetingEventFrom('knockingParticipant', { participant: 'k1' })).toBeNull();
    expect(meetingEventFrom('videoMuteStatusChanged', { muted: 'yes' })).toBeNull();
    expect(meetingEventFrom('__proto__', {})).toBeNull();
    expect(meetingEventFrom('recordingStatusChanged', { on: true })).toBeNull();
    expect(meetingEventFrom('audioMuteStatusChanged', { muted: 1 })).toBeNull();
    expect(meetingEventFrom('errorOccurred', { error: { name: 'x' } })).toBeNull();
  });

  it('cuts names to a sane length', () => {
    const joinedEvent = meetingEventFrom('participantJoined', {
      id: 'c1',
      displayName: 'x'.repeat(5000),
    });
    expect(joinedEvent).toMatchObject({ displayName: 'x'.repeat(200) });
  });

  it('has a listener name for every event the reducer reads from Jitsi', () => {
    // A key missing here, or one too many, does not compile.
    const read: Record<JitsiEvent['name'], true> = {
      videoConferenceJoined: true,
      videoConferenceLeft: true,
      readyToClose: true,
      participantRoleChanged: true,
      participantJoined: true,
      participantLeft: true,
      displayNameChange: true,
      knockingParticipant: true,
      passwordRequired: true,
      videoMuteStatusChanged: true,
      audioMuteStatusChanged: true,
    };
    expect([...meetingEventNames].sort()).toEqual(Object.keys(read).sort());
  });
});
