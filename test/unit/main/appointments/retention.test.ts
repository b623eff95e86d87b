import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import keytar from 'keytar';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openAppointmentStore } from '../../../../src/main/appointments/appointment-store';
import { createRetention } from '../../../../src/main/appointments/retention';
import { createCredentials } from '../../../../src/main/credentials/credentials';
import { fileTimestamp } from '../../../../src/main/storage/move-aside';
import { draft } from '../../../fixtures/appointments';

const service = `de.sprechstunde.desktop.test-retention-${process.pid}`;
const quiet = { info() {}, warn() {}, error() {} };
const credentials = createCredentials(keytar, quiet, service);
const now = new Date('2026-11-23T10:00:00.000Z');
const daysAgo = (days: number) => new Date(now.getTime() - days * 86_400_000).toISOString();
let directory: string;

beforeEach(async () => {
  directory = await mkdtemp(join(tmpdir(), 'sprechstunde-retention-'));
});
afterEach(async () => {
  await rm(directory, { recursive: true, force: true });
  for (const { account } of await keytar.findCredentials(service)) {
    await keytar.deletePassword(service, account);
  }
});

describe('retention', () => {
  it('deletes appointments that ended more than the set days ago, with their room passwords', async () => {
    const { store } = await openAppointmentStore({
      directory,
      credentials,
      now: () => now,
      log: quiet,
    });
    const old = await store.create(
      draft({ title: 'alt', start: daysAgo(31), durationMinutes: 50 }),
    );
    // Ended 29 days 23 hours ago: inside the 30 days.
    const edge = await store.create(
      draft({ title: 'grenze', start: daysAgo(30), durationMinutes: 60 }),
    );
    const future = await store.create(draft({ title: 'bald', start: daysAgo(-2) }));
    for (const { id } of [old, edge]) {
      await credentials.set({ kind: 'room-password', appointmentId: id }, `pw-${id}`);
    }
    const retention = createRetention({
      store,
      credentials,
      retentionDays: () => 30,
      keptFiles: [],
      now: () => now,
      log: quiet,
    });
    expect(await retention.purge()).toBe(1);
    expect(store.list().map((a) => a.title)).toEqual(['grenze', 'bald']);
    expect(await keytar.getPassword(service, `room-password/${old.id}`)).toBeNull();
    expect(await keytar.getPassword(service, `room-password/${edge.id}`)).toBe(`pw-${edge.id}`);
    expect(
      (await openAppointmentStore({ directory, credentials, log: quiet })).store.list(),
    ).toHaveLength(2);
    expect(future.status).toBe('planned');
  });

  it('follows the setting, and leaves a locked store alone', async () => {
    const { store } = await openAppointmentStore({
      directory,
      credentials,
      now: () => now,
      log: quiet,
    });
    await store.create(draft({ start: daysAgo(3) }));
    const { stat } = await import('node:fs/promises');
    const written = async () => (await stat(join(directory, 'appointments.sealed'))).mtimeMs;
    const before = await written();
    let days = 30;
    const retention = createRetention({
      store,
      credentials,
      retentionDays: () => days,
      keptFiles: [],
      now: () => now,
      log: quiet,
    });
    expect(await retention.purge()).toBe(0);
    expect(await written()).toBe(before); // nothing due: the file is not rewritten
    days = 1;
    expect(await retention.purge()).toBe(1);

    await keytar.deletePassword(service, 'store-key');
    const locked = (await openAppointmentStore({ directory, credentials, log: quiet })).store;
    const lockedRetention = createRetention({
      store: locked,
      credentials,
      retentionDays: () => 1,
      keptFiles: [],
      now: () => now,
      log: quiet,
    });
    expect(await lockedRetention.purge()).toBe(0);
  });

  it('deletes copies kept aside 30 days after they were moved, also while the store is locked', async () => {
    const sealed = join(directory, 'appointments.sealed');
    const settings = join(directory, 'settings.json');
    const due = `${sealed}.key-missing-${fileTimestamp(new Date(daysAgo(30)))}`;
    const migrated = `${sealed}.v1-${fileTimestamp(new Date(daysAgo(31)))}`;
    const settingsCopy = `${settings}.corrupt-${fileTimestamp(new Date(daysAgo(40)))}`;
    const recent = `${sealed}.undecryptable-${fileTimestamp(new Date(daysAgo(29)))}`;
    for (const file of [due, migrated, settingsCopy, recent]) await writeFile(file, 'aside');
    await keytar.setPassword(service, 'store-key', 'not a key');
    await writeFile(sealed, 'sealed under a key that is gone');
    const { store } = await openAppointmentStore({ directory, credentials, log: quiet });
    expect(store.state()).toMatchObject({ status: 'locked' });
    const retention = createRetention({
      store,
      credentials,
      retentionDays: () => 365,
      keptFiles: [sealed, settings],
      now: () => now,
      log: quiet,
    });
    expect(await retention.purge()).toBe(0);
    expect((await readdir(directory)).sort()).toEqual(
      ['appointments.sealed', recent.slice(directory.length + 1)].sort(),
    );
  });
});
