import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { appointmentIcs, icsFileName } from '../../../src/shared/ical';
import { F_DROID_JITSI_URL, invitationFor, meetingLink } from '../../../src/shared/invitation';
import {
  generateRoomPassword,
  ROOM_PASSWORD_ALPHABET,
  roomPasswordPattern,
} from '../../../src/shared/room-password';
import { appointment } from '../../fixtures/appointments';

const planned = appointment({
  title: 'Schuldnerberatung Familie Yılmaz',
  clientLabel: 'K-17',
  notes: 'Mahnung der Sparkasse',
  start: '2026-11-24T09:00:00.000Z',
  durationMinutes: 50,
  roomName: 'k7q2m5x3w4p6r2t5y7u3i4o6pa',
});
const options = {
  serverOrigin: 'https://meet.beratung.example',
  roomPassword: 'k7qm-x3w4-p6rt-y7u3',
  timeZone: 'Europe/Berlin',
};

describe('invitation', () => {
  it('in German: date, time, duration, link, browser first, F-Droid over the stores', () => {
    const { link, invitation, password } = invitationFor(planned, { ...options, language: 'de' });
    expect(link).toBe('https://meet.beratung.example/k7q2m5x3w4p6r2t5y7u3i4o6pa');
    expect(invitation).toContain(
      'für unseren Termin am Dienstag, 24. November 2026 um 10:00 Uhr (50 Minuten)',
    );
    expect(invitation.split('\n')).toContain(link);
    expect(invitation).toContain('aktuellen Browser');
    expect(invitation).toContain(F_DROID_JITSI_URL);
    expect(invitation).toContain('Google Play und dem App Store enthalten Tracker');
    expect(invitation).toContain('Passwort für den Raum bekommen Sie in einer eigenen Nachricht');
    expect(password).toBe(
      'Das Passwort für unseren Videotermin am Dienstag, 24. November 2026: k7qm-x3w4-p6rt-y7u3',
    );
  });

  it('in English, day first and 24-hour time', () => {
    const { invitation, password } = invitationFor(planned, { ...options, language: 'en' });
    expect(invitation).toContain(
      'We will meet by video for our appointment on Tuesday, 24 November 2026 at 10:00 (50 minutes).',
    );
    expect(invitation).toContain('from F-Droid');
    expect(password).toBe(
      'The password for our video appointment on Tuesday, 24 November 2026: k7qm-x3w4-p6rt-y7u3',
    );
  });

  it('keeps the password out of the invitation, and client, title and notes out of both', () => {
    for (const language of ['de', 'en'] as const) {
      const { invitation, password } = invitationFor(planned, { ...options, language });
      expect(invitation).not.toContain(options.roomPassword);
      for (const text of [invitation, password ?? '']) {
        expect(text).not.toContain('K-17');
        expect(text).not.toContain('Yılmaz');
        expect(text).not.toContain('Sparkasse');
      }
    }
  });

  it('tells the client how to get in, as the access choice lets them', () => {
    const texts = (access: 'password' | 'knock' | 'password-only', language: 'de' | 'en') =>
      invitationFor({ ...planned, access }, { ...options, language });
    // With the password the client walks straight in; nothing promises a waiting room.
    for (const language of ['de', 'en'] as const) {
      expect(texts('password', language).invitation).not.toMatch(/Warteraum|waiting room/);
    }
    expect(texts('password', 'en').invitation).toContain('choose to join with the password');
    expect(texts('password', 'de').invitation).toContain('den Beitritt mit Passwort');
    expect(texts('password-only', 'en').invitation).toContain(
      'You will receive the password for the room in a separate message.',
    );
    expect(texts('password-only', 'en').password).toContain(options.roomPassword);
  });

  it('has no password text when the client knocks, and says so', () => {
    for (const language of ['de', 'en'] as const) {
      const { invitation, password } = invitationFor(
        { ...planned, access: 'knock' },
        { ...options, language },
      );
      expect(password).toBeNull();
      expect(invitation).not.toContain(options.roomPassword);
      expect(invitation).not.toMatch(/Passwort für den Raum|password for the room/);
    }
    expect(
      invitationFor({ ...planned, access: 'knock' }, { ...options, language: 'en' }).invitation,
    ).toContain('You need no password. After opening the link you knock');
  });

  it('links to the room on the configured server', () => {
    expect(meetingLink('https://meet.example.org:8443', 'abc')).toBe(
      'https://meet.example.org:8443/abc',
    );
  });
});

describe('room password', () => {
  it('is 80 bits in four groups, from an alphabet without look-alikes', () => {
    const password = generateRoomPassword();
    expect(password).toMatch(roomPasswordPattern);
    expect(ROOM_PASSWORD_ALPHABET).toHaveLength(32);
    expect(new Set(ROOM_PASSWORD_ALPHABET).size).toBe(32);
    for (const lookalike of ['l', 'o', '0', '1'])
      expect(ROOM_PASSWORD_ALPHABET).not.toContain(lookalike);
  });

  it('uses every symbol and no two alike', () => {
    const seen = new Set<string>();
    const passwords = new Set<string>();
    for (let i = 0; i < 2000; i++) {
      const password = generateRoomPassword();
      passwords.add(password);
      for (const symbol of password.replaceAll('-', '')) seen.add(symbol);
    }
    expect(passwords.size).toBe(2000);
    expect(seen.size).toBe(32);
  });

  it('maps random bytes to symbols without bias', () => {
    const bytes = Uint8Array.from({ length: 16 }, (_, i) => i * 32 + 31);
    expect(generateRoomPassword((target) => (target.set(bytes), target))).toBe(
      '9999-9999-9999-9999',
    );
  });
});

describe('.ics', () => {
  const now = new Date('2026-11-20T08:00:00.000Z');
  const ics = () =>
    appointmentIcs(planned, {
      link: 'https://meet.beratung.example/k7q2m5x3w4p6r2t5y7u3i4o6pa',
      description: invitationFor(planned, { ...options, language: 'de' }).invitation,
      language: 'de',
      now,
    });

  it('parses back with ical.js to the same appointment', () => {
    const calendar = new ICAL.Component(ICAL.parse(ics()) as unknown[]);
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    expect(calendar.getFirstPropertyValue('method')).toBe('PUBLISH');
    const event = new ICAL.Event(calendar.getFirstSubcomponent('vevent')!);
    expect(event.uid).toBe(`${planned.id}@sprechstunde`);
    expect(event.startDate.toJSDate().toISOString()).toBe('2026-11-24T09:00:00.000Z');
    expect(event.endDate.toJSDate().toISOString()).toBe('2026-11-24T09:50:00.000Z');
    expect(event.summary).toBe('Videoberatung');
    expect(event.location).toBe('https://meet.beratung.example/k7q2m5x3w4p6r2t5y7u3i4o6pa');
    expect(event.description).toContain('um 10:00 Uhr (50 Minuten)');
    expect(event.description).toContain(F_DROID_JITSI_URL);
  });

  it('is RFC 5545 text: CRLF lines of at most 75 octets', () => {
    const text = ics();
    expect(text).toContain('\r\n');
    for (const line of text.split('\r\n')) {
      expect(new TextEncoder().encode(line).length, line).toBeLessThanOrEqual(75);
    }
  });

  it('names neither the client, the title, the notes nor the password', () => {
    const text = ics().replace(/\r\n /g, '');
    for (const secret of ['K-17', 'Yılmaz', 'Sparkasse', options.roomPassword]) {
      expect(text).not.toContain(secret);
    }
  });
});

describe('the .ics file name', () => {
  it('holds the local date and time of the start, nothing about the client', () => {
    const start = new Date(2026, 10, 4, 9, 5).toISOString();
    expect(icsFileName(start)).toBe('Termin-2026-11-04-0905.ics');
  });
});
