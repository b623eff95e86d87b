import {
  chmod,
  lstat,
  mkdir,
  mkdtemp,
  readdir,
  readFile,
  readlink,
  rm,
  stat,
  symlink,
  writeFile,
} from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import keytar from 'keytar';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  APPOINTMENTS_FILE,
  PLAIN_APPOINTMENTS_FILE,
} from '../../../../src/main/appointments/appointment-file';
import { openAppointmentStore } from '../../../../src/main/appointments/appointment-store';
import { createCredentials, type Keychain } from '../../../../src/main/credentials/credentials';
import type { Logger } from '../../../../src/main/log/logger';
import { newKey, seal } from '../../../../src/main/storage/sealed-file';
import { appointment, draft } from '../../../fixtures/appointments';

// Real files in a temp folder, the real keychain (scripts/with-keyring.sh).
let directory: string;
const service = `de.sprechstunde.desktop.test-store-${process.pid}`;
const quiet: Logger = { info() {}, warn() {}, error() {} };
const credentials = createCredentials(keytar, quiet, service);
const now = () => new Date('2026-11-23T10:00:00.000Z');
const stamp = '2026-11-23T10-00-00-000Z';
const open = (over: Partial<Parameters<typeof openAppointmentStore>[0]> = {}) =>
  openAppointmentStore({ directory, credentials, now, log: quiet, ...over });
const sealedPath = () => join(directory, APPOINTMENTS_FILE);
const plainPath = () => join(directory, PLAIN_APPOINTMENTS_FILE);
const storeKey = async () =>
  Buffer.from((await keytar.getPassword(service, 'store-key'))!, 'base64');
const documentOf = (...appointments: unknown[]) =>
  Buffer.from(JSON.stringify({ schemaVersion: 1, appointments }));

beforeEach(async () => {
  directory = await mkdtemp(join(tmpdir(), 'sprechstunde-store-'));
});
afterEach(async () => {
  await chmod(directory, 0o700).catch(() => undefined);
  await rm(directory, { recursive: true, force: true });
  for (const { account } of await keytar.findCredentials(service)) {
    await keytar.deletePassword(service, account);
  }
});

describe('appointment store', () => {
  it('starts empty with a fresh 256-bit key in the keychain, writing no file yet', async () => {
    const { store, notices } = await open();
    expect(store.state()).toEqual({ status: 'open' });
    expect(store.list()).toEqual([]);
    expect(notices).toEqual([]);
    expect(await readdir(directory)).toEqual([]);
    expect(await storeKey()).toHaveLength(32);
  });

  it('creates, updates, cancels and deletes, and keeps it all across a reopen', async () => {
    const { store } = await open();
    const created = await store.create(draft());
    expect(created).toMatchObject({
      ...draft(),
      status: 'planned',
      createdAt: now().toISOString(),
    });
    const updated = await store.update(created.id, draft({ title: 'Folgetermin', notes: '' }));
    expect(updated).toMatchObject({
      id: created.id,
      roomName: created.roomName,
      title: 'Folgetermin',
    });
    const cancelled = await store.setStatus(created.id, 'cancelled');
    const second = await store.create(draft({ title: 'Zweiter' }));

    const reopened = (await open()).store;
    expect(reopened.list()).toEqual([cancelled, second]);
    await reopened.delete(created.id);
    expect((await open()).store.list()).toEqual([second]);
  });

  it('keeps no client label, note or room name in plain text on disk', async () => {
    const { store } = await open();
    const created = await store.create(
      draft({ clientLabel: 'Planted-Label-7f3a', notes: 'Planted-Note-9c1e' }),
    );
    const bytes = await readFile(sealedPath());
    for (const planted of ['Planted-Label-7f3a', 'Planted-Note-9c1e', created.roomName]) {
      expect(bytes.includes(Buffer.from(planted))).toBe(false);
    }
  });

  it('writes a new nonce on every write', async () => {
    const { store } = await open();
    const created = await store.create(draft());
    const first = await readFile(sealedPath());
    await store.setStatus(created.id, 'planned');
    const second = await readFile(sealedPath());
    expect(first.subarray(20, 32).equals(second.subarray(20, 32))).toBe(false);
  });

  it('gives every appointment its own room, and answers not-found for unknown ids', async () => {
    const { store } = await open();
    const rooms = new Set<string>();
    for (let i = 0; i < 10; i++) rooms.add((await store.create(draft())).roomName);
    expect(rooms.size).toBe(10);
    const unknown = appointment().id;
    await expect(store.update(unknown, draft())).rejects.toMatchObject({ code: 'not-found' });
    await expect(store.delete(unknown)).rejects.toMatchObject({ code: 'not-found' });
  });

  it('keeps every change when many arrive at once', async () => {
    const { store } = await open();
    await Promise.all(
      Array.from({ length: 25 }, (_, i) => store.create(draft({ title: `T${i}` }))),
    );
    expect((await open()).store.list()).toHaveLength(25);
  });

  it('writes the file readable by the user only, and leaves no temp files behind', async () => {
    const { store } = await open();
    await store.create(draft());
    await store.create(draft());
    expect((await stat(sealedPath())).mode & 0o777).toBe(0o600);
    expect(await readdir(directory)).toEqual([APPOINTMENTS_FILE]);
  });

  it('loses nothing when a write fails: memory and file keep the last saved state', async () => {
    const { store } = await open();
    const kept = await store.create(draft());
    const before = await readFile(sealedPath());
    // A folder where the temp file should go makes the atomic write fail, even as root.
    await rm(sealedPath());
    await mkdir(sealedPath());
    await expect(store.create(draft({ title: 'verloren?' }))).rejects.toMatchObject({
      code: 'storage-failed',
    });
    expect(store.list()).toEqual([kept]);
    await rm(sealedPath(), { recursive: true });
    await writeFile(sealedPath(), before);
    expect((await open()).store.list()).toEqual([kept]);
  });

  describe('a file it cannot use is moved aside, never deleted, and reported', () => {
    const cases: [string, (key: Buffer) => Buffer, string][] = [
      ['tampered', (key) => flip(seal(documentOf(), key), 40), 'undecryptable'],
      ['truncated', (key) => seal(documentOf(appointment()), key).subarray(0, 60), 'undecryptable'],
      ['sealed with another key', () => seal(documentOf(), newKey()), 'undecryptable'],
      ['not sealed at all', () => Buffer.from('garbage'), 'undecryptable'],
      ['sealed, but not JSON inside', (key) => seal(Buffer.from('{"schemaV'), key), 'corrupt'],
      ['sealed, of the wrong shape', (key) => seal(documentOf({ title: 1 }), key), 'corrupt'],
      [
        'from a newer version',
        (key) => seal(Buffer.from('{"schemaVersion":7,"appointments":[]}'), key),
        'newer-version',
      ],
    ];
    it.each(cases)('%s', async (_name, content, reason) => {
      await open(); // creates the key
      const bytes = content(await storeKey());
      await writeFile(sealedPath(), bytes);
      const { store, notices } = await open();
      const movedTo = `${sealedPath()}.${reason}-${stamp}`;
      expect(notices).toEqual([
        { kind: 'store-moved-aside', file: 'appointments', reason, movedTo },
      ]);
      expect(await readFile(movedTo)).toEqual(bytes);
      expect(store.list()).toEqual([]);
      await store.create(draft());
      expect((await open()).store.list()).toHaveLength(1);
    });

    it('an unreadable path (a folder where the file should be)', async () => {
      await mkdir(sealedPath());
      const { notices } = await open();
      expect(notices).toMatchObject([
        { reason: 'unreadable', movedTo: `${sealedPath()}.unreadable-${stamp}` },
      ]);
    });
  });

  describe('a symlink in the place of a file it keeps is moved aside, never followed', () => {
    it('one to a sealed file elsewhere: the link goes aside, its target stays as it was', async () => {
      await (await open()).store.create(draft({ title: 'Dort' }));
      const elsewhere = join(directory, 'elsewhere.sealed');
      await writeFile(elsewhere, await readFile(sealedPath()));
      const theirs = await readFile(elsewhere);
      await rm(sealedPath());
      await symlink(elsewhere, sealedPath());

      const { store, notices } = await open();
      const movedTo = `${sealedPath()}.symlink-${stamp}`;
      expect(notices).toEqual([
        { kind: 'store-moved-aside', file: 'appointments', reason: 'symlink', movedTo },
      ]);
      expect(await readlink(movedTo)).toBe(elsewhere);
      expect(store.state()).toEqual({ status: 'open' });
      expect(store.list()).toEqual([]);
      await store.create(draft({ title: 'Hier' }));
      expect((await lstat(sealedPath())).isFile()).toBe(true);
      expect(await readFile(elsewhere)).toEqual(theirs);
      expect((await open()).store.list().map((a) => a.title)).toEqual(['Hier']);
    });

    it('a dangling one: reported, not a silently empty list, and no write creates its target', async () => {
      const nowhere = join(directory, 'nowhere', 'appointments.sealed');
      await symlink(nowhere, sealedPath());
      const { store, notices } = await open();
      expect(notices).toMatchObject([
        { reason: 'symlink', movedTo: `${sealedPath()}.symlink-${stamp}` },
      ]);
      await store.create(draft());
      await expect(lstat(nowhere)).rejects.toMatchObject({ code: 'ENOENT' });
    });

    it('one in the place of the unencrypted file of the earlier version', async () => {
      const elsewhere = join(directory, 'elsewhere.json');
      const theirs = documentOf(appointment());
      await writeFile(elsewhere, theirs);
      await symlink(elsewhere, plainPath());
      const { store, notices } = await open();
      expect(notices).toEqual([
        {
          kind: 'store-moved-aside',
          file: 'appointments',
          reason: 'symlink',
          movedTo: `${plainPath()}.symlink-${stamp}`,
        },
      ]);
      expect(store.list()).toEqual([]);
      expect(await readFile(elsewhere)).toEqual(theirs);
    });
  });

  describe('temp files of writes a crash cut short', () => {
    const tempName = (file: string) => `${file}.tmp-4410400123a0b1c2`;

    it('are removed at open, beside the sealed and the earlier plain file, and nothing else', async () => {
      const { store } = await open();
      const kept = await store.create(draft());
      const other = join(directory, 'notes.txt.tmp-4410400123a0b1c2');
      for (const file of [tempName(sealedPath()), tempName(plainPath()), other]) {
        await writeFile(file, 'a snapshot');
      }
      const reopened = await open();
      expect(reopened.notices).toEqual([]);
      expect(reopened.store.list()).toEqual([kept]);
      expect((await readdir(directory)).sort()).toEqual([
        APPOINTMENTS_FILE,
        'notes.txt.tmp-4410400123a0b1c2',
      ]);
    });

    it('are removed while the keychain cannot be reached, too', async () => {
      await writeFile(tempName(sealedPath()), 'a snapshot');
      const refusing: Keychain = {
        getPassword: () => Promise.reject(new Error('locked')),
        setPassword: () => Promise.reject(new Error('locked')),
        deletePassword: () => Promise.reject(new Error('locked')),
      };
      await open({ credentials: createCredentials(refusing, quiet, service) });
      expect(await readdir(directory)).toEqual([]);
    });
  });

  describe('when the key is missing (keychain reset)', () => {
    it('stays locked, explains, and on request starts empty while keeping the old file', async () => {
      const first = (await open()).store;
      await first.create(draft({ title: 'Vor dem Zurücksetzen' }));
      const oldBytes = await readFile(sealedPath());
      await keytar.deletePassword(service, 'store-key');

      const { store } = await open();
      expect(store.state()).toEqual({ status: 'locked', reason: 'key-missing' });
      expect(() => store.list()).toThrow(expect.objectContaining({ code: 'store-locked' }));
      await expect(store.create(draft())).rejects.toMatchObject({ code: 'store-locked' });
      expect(await readFile(sealedPath())).toEqual(oldBytes);

      const notices = await store.startEmpty();
      const movedTo = `${sealedPath()}.key-missing-${stamp}`;
      expect(notices).toEqual([
        { kind: 'store-moved-aside', file: 'appointments', reason: 'key-missing', movedTo },
      ]);
      expect(await readFile(movedTo)).toEqual(oldBytes);
      expect(store.state()).toEqual({ status: 'open' });
      expect(store.list()).toEqual([]);
      await store.create(draft({ title: 'Neu' }));
      expect((await open()).store.list().map((a) => a.title)).toEqual(['Neu']);
    });
  });

  describe('when the keychain holds something that is not the key', () => {
    it.each([
      ['too short', Buffer.alloc(16, 7).toString('base64')],
      ['too long', Buffer.alloc(48, 7).toString('base64')],
      ['not base64', 'not a key at all, just text'],
      ['base64 with junk around it', ` ${Buffer.alloc(32, 7).toString('base64')}\n`],
    ])(
      '(%s) stays locked, explains, and starts empty on request, keeping the file',
      async (_, junk) => {
        const first = (await open()).store;
        await first.create(draft({ title: 'Vorher' }));
        const oldBytes = await readFile(sealedPath());
        await keytar.setPassword(service, 'store-key', junk);

        const { store } = await open();
        expect(store.state()).toEqual({ status: 'locked', reason: 'key-invalid' });
        expect(await readFile(sealedPath())).toEqual(oldBytes);

        const notices = await store.startEmpty();
        const movedTo = `${sealedPath()}.key-invalid-${stamp}`;
        expect(notices).toEqual([
          { kind: 'store-moved-aside', file: 'appointments', reason: 'key-invalid', movedTo },
        ]);
        expect(await readFile(movedTo)).toEqual(oldBytes);
        expect(store.state()).toEqual({ status: 'open' });
        await store.create(draft({ title: 'Neu' }));
        expect((await open()).store.list().map((a) => a.title)).toEqual(['Neu']);
      },
    );

    it('replaces it when there is no file to open', async () => {
      await keytar.setPassword(service, 'store-key', 'AAAA');
      const { store } = await open();
      expect(store.state()).toEqual({ status: 'open' });
      expect(await storeKey()).toHaveLength(32);
    });
  });

  describe('when the keychain cannot be reached', () => {
    const refusing: Keychain = {
      getPassword: () => Promise.reject(new Error('Cannot autolaunch D-Bus')),
      setPassword: () => Promise.reject(new Error('Cannot autolaunch D-Bus')),
      deletePassword: () => Promise.reject(new Error('Cannot autolaunch D-Bus')),
    };

    it('stays locked, writes nothing anywhere, and opens on retry once it is back', async () => {
      let keychain: Keychain = refusing;
      const switching: Keychain = {
        getPassword: (...args) => keychain.getPassword(...args),
        setPassword: (...args) => keychain.setPassword(...args),
        deletePassword: (...args) => keychain.deletePassword(...args),
      };
      const { store } = await open({ credentials: createCredentials(switching, quiet, service) });
      expect(store.state()).toEqual({ status: 'locked', reason: 'keychain-unavailable' });
      await expect(store.create(draft({ notes: 'nirgends' }))).rejects.toMatchObject({
        code: 'store-locked',
      });
      expect(await readdir(directory)).toEqual([]);

      keychain = keytar;
      expect(await store.retry()).toEqual([]);
      expect(store.state()).toEqual({ status: 'open' });
      await store.create(draft());
      expect(store.list()).toHaveLength(1);
    });
  });

  describe('the unencrypted file of the earlier version', () => {
    it('is sealed on first start, read back, and only then removed', async () => {
      const old = [appointment({ clientLabel: 'Alt-Label-51', notes: 'Alt-Notiz-52' })];
      await writeFile(plainPath(), documentOf(...old));
      const { store, notices } = await open();
      expect(notices).toEqual([]);
      expect(store.list()).toEqual(old);
      expect(await readdir(directory)).toEqual([APPOINTMENTS_FILE]);
      const sealed = await readFile(sealedPath());
      expect(sealed.includes(Buffer.from('Alt-Label-51'))).toBe(false);
      expect((await open()).store.list()).toEqual(old);
    });

    it('left over beside a sealed file with the same content, is removed', async () => {
      const old = [appointment()];
      await writeFile(plainPath(), documentOf(...old));
      await open();
      await writeFile(plainPath(), documentOf(...old)); // as if the removal had been cut short
      const { store, notices } = await open();
      expect(notices).toEqual([]);
      expect(store.list()).toEqual(old);
      expect(await readdir(directory)).toEqual([APPOINTMENTS_FILE]);
    });

    it('with content the sealed file does not have, is kept aside and reported', async () => {
      await (await open()).store.create(draft());
      await writeFile(plainPath(), documentOf(appointment({ title: 'anders' })));
      const { notices } = await open();
      expect(notices).toEqual([
        {
          kind: 'store-moved-aside',
          file: 'appointments',
          reason: 'unmigrated',
          movedTo: `${plainPath()}.unmigrated-${stamp}`,
        },
      ]);
    });

    it('when corrupt, is moved aside and the store starts empty', async () => {
      await writeFile(plainPath(), '{"schemaVersion":1,"appointm');
      const { store, notices } = await open();
      expect(notices).toMatchObject([
        { reason: 'corrupt', movedTo: `${plainPath()}.corrupt-${stamp}` },
      ]);
      expect(store.list()).toEqual([]);
    });
  });
});

function flip(bytes: Buffer, offset: number): Buffer {
  const copy = Buffer.from(bytes);
  copy[offset]! ^= 0x01;
  return copy;
}
