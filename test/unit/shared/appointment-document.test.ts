import { describe, expect, it } from 'vitest';
import {
  APPOINTMENT_SCHEMA_VERSION,
  parseAppointmentDocument,
  type Migration,
} from '../../../src/shared/appointment-document';
import { appointment } from '../../fixtures/appointments';

describe('appointment document', () => {
  it('accepts a current document', () => {
    const document = { schemaVersion: APPOINTMENT_SCHEMA_VERSION, appointments: [appointment()] };
    const parsed = parseAppointmentDocument(document);
    expect(parsed).toEqual({ ok: true, document, migratedFrom: null });
  });

  it('refuses what this app did not write', () => {
    expect(parseAppointmentDocument([])).toEqual({ ok: false, problem: { kind: 'not-an-object' } });
    expect(parseAppointmentDocument({ appointments: [] })).toMatchObject({
      ok: false,
      problem: { kind: 'unknown-version' },
    });
    expect(parseAppointmentDocument({ schemaVersion: 99, appointments: [] })).toEqual({
      ok: false,
      problem: { kind: 'newer-version', version: 99 },
    });
    const broken = { ...appointment(), roomName: 'Not-A-Room' };
    expect(parseAppointmentDocument({ schemaVersion: 1, appointments: [broken] })).toEqual({
      ok: false,
      problem: { kind: 'invalid', issueCount: 1 },
    });
  });

  it('migrates a version 1 document: the lobby was on, so the client enters with the password', () => {
    const { access, ...old } = appointment({ access: 'knock' });
    expect(access).toBe('knock');
    const parsed = parseAppointmentDocument({ schemaVersion: 1, appointments: [old] });
    expect(parsed).toMatchObject({ ok: true, migratedFrom: 1 });
    expect(parsed.ok && parsed.document.appointments[0]).toEqual({ ...old, access: 'password' });
  });

  it('migrates version 2: lobby on becomes "enters with the password", lobby off "password only"', () => {
    // On a real server the password skips the lobby (Prosody's mod_muc_lobby_rooms),
    // so a version 2 appointment behaved exactly like its new access choice.
    const base: Record<string, unknown> = { ...appointment() };
    delete base.access;
    const withLobby = { ...base, id: globalThis.crypto.randomUUID(), lobby: true };
    const withoutLobby = { ...base, id: globalThis.crypto.randomUUID(), lobby: false };
    const parsed = parseAppointmentDocument({
      schemaVersion: 2,
      appointments: [withLobby, withoutLobby],
    });
    expect(parsed).toMatchObject({ ok: true, migratedFrom: 2 });
    const migrated = parsed.ok ? parsed.document.appointments : [];
    expect(migrated.map(({ id, access }) => ({ id, access }))).toEqual([
      { id: withLobby.id, access: 'password' },
      { id: withoutLobby.id, access: 'password-only' },
    ]);
    expect(migrated.every((each) => !('lobby' in each))).toBe(true);
  });

  describe('migrations', () => {
    // A made-up history: v1 called the label `client`, v2 stored minutes as `length`.
    const migrations: Migration[] = [
      {
        from: 1,
        migrate: (doc) => ({
          ...doc,
          appointments: (doc.appointments as Record<string, unknown>[]).map(
            ({ client, ...rest }) => ({ ...rest, clientLabel: client }),
          ),
        }),
      },
      {
        from: 2,
        migrate: (doc) => ({
          ...doc,
          appointments: (doc.appointments as Record<string, unknown>[]).map(
            ({ length, ...rest }) => ({ ...rest, durationMinutes: length }),
          ),
        }),
      },
    ];
    const { clientLabel, durationMinutes, ...common } = appointment();

    it('run every step from the stored version up to the current one', () => {
      const v1 = {
        schemaVersion: 1,
        appointments: [{ ...common, client: clientLabel, length: durationMinutes }],
      };
      const parsed = parseAppointmentDocument(v1, migrations, 3);
      expect(parsed).toEqual({
        ok: true,
        migratedFrom: 1,
        document: { schemaVersion: 3, appointments: [{ ...common, clientLabel, durationMinutes }] },
      });
    });

    it('start at the stored version, not at the first step', () => {
      const v2 = {
        schemaVersion: 2,
        appointments: [{ ...common, clientLabel, length: durationMinutes }],
      };
      expect(parseAppointmentDocument(v2, migrations, 3)).toMatchObject({
        ok: true,
        migratedFrom: 2,
      });
    });

    it('refuse a version with no path to the current one', () => {
      expect(
        parseAppointmentDocument({ schemaVersion: 1, appointments: [] }, [migrations[1]!], 3),
      ).toEqual({ ok: false, problem: { kind: 'unknown-version', version: 1 } });
    });

    it('validate the migrated result', () => {
      const v2 = { schemaVersion: 2, appointments: [{ ...common, clientLabel, length: 'long' }] };
      expect(parseAppointmentDocument(v2, migrations, 3)).toMatchObject({
        ok: false,
        problem: { kind: 'invalid' },
      });
    });
  });
});
