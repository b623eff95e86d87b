import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openAppointmentStore } from '../../../../src/main/appointments/appointment-store';
import { createCredentials } from '../../../../src/main/credentials/credentials';
import { createRoomPasswords } from '../../../../src/main/credentials/room-passwords';
import { appointmentHandlers } from '../../../../src/main/handlers/appointments';
import { draft } from '../../../fixtures/appointments';
import { memoryKeychain } from '../../../fixtures/memory-keychain';

const quiet = { info() {}, warn() {}, error() {} };
let directory: string;

beforeEach(async () => {
  directory = await mkdtemp(join(tmpdir(), 'sprechstunde-appointment-handlers-'));
});
afterEach(() => rm(directory, { recursive: true, force: true }));

describe('the appointment handlers', () => {
  it('forget the room password in the keychain when an appointment is deleted', async () => {
    const credentials = createCredentials(memoryKeychain(), quiet);
    const { store } = await openAppointmentStore({ directory, credentials, log: quiet });
    const handlers = appointmentHandlers({ appointments: store, credentials, log: quiet });
    const created = await handlers['appointments:create'](draft());
    const kept = await handlers['appointments:create'](draft({ title: 'Folgetermin' }));
    const passwords = createRoomPasswords(credentials);
    await passwords.get(created.id);
    const keptPassword = await passwords.get(kept.id);

    expect(await handlers['appointments:delete']({ id: created.id })).toEqual({ id: created.id });

    expect(store.list().map(({ id }) => id)).toEqual([kept.id]);
    expect(await credentials.get({ kind: 'room-password', appointmentId: created.id })).toBeNull();
    expect(await credentials.get({ kind: 'room-password', appointmentId: kept.id })).toBe(
      keptPassword,
    );
  });
});
