import { chmod, mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  APPOINTMENTS_FILE,
  openAppointmentStore,
} from '../../../../src/main/appointments/appointment-store';
import type { Logger } from '../../../../src/main/log/logger';
import { appointment, draft } from '../../../fixtures/appointments';

let directory: string;
const quiet: Logger = { info() {}, warn() {}, error() {} };
const now = () => new Date('2026-11-23T10:00:00.000Z');
const open = () => openAppointmentStore({ directory, now, log: quiet });
const file = () => join(directory, APPOINTMENTS_FILE);

beforeEach(async () => {
  directory = await mkdtemp(join(tmpdir(), 'sprechstunde-store-'));
});
afterEach(async () => {
  await chmod(directory, 0o700).catch(() => undefined);
  await rm(directory, { recursive: true, force: true });
});

describe('appointment store', () => {
  it('starts empty when there is no file yet, without creating one', async () => {
    const { store, notices } = await open();
    expect(store.list()).toEqual([]);
    expect(notices).toEqual([]);
    expect(await readdir(directory)).toEqual([]);
  });

  it('creates, reads, updates, cancels and deletes, and keeps it all across a reopen', async () => {
    const { store } = await open();
    const created = await store.create(draft());
    expect(created).toMatchObject({
      ...draft(),
      status: 'planned',
      createdAt: now().toISOString(),
    });
    expect(created.roomName).toMatch(/^[a-z2-7]{26}$/);

    const updated = await store.update(created.id, draft({ title: 'Folgetermin', notes: '' }));
    expect(updated).toMatchObject({
      id: created.id,
      roomName: created.roomName,
      title: 'Folgetermin',
    });
    const cancelled = await store.setStatus(created.id, 'cancelled');
    expect(cancelled.status).toBe('cancelled');
    const second = await store.create(draft({ title: 'Zweiter' }));

    const reopened = (await open()).store;
    expect(reopened.list()).toEqual([cancelled, second]);

    await reopened.delete(created.id);
    expect((await open()).store.list()).toEqual([second]);
  });

  it('gives every appointment its own room', async () => {
    const { store } = await open();
    const rooms = new Set<string>();
    for (let i = 0; i < 20; i++) rooms.add((await store.create(draft())).roomName);
    expect(rooms.size).toBe(20);
  });

  it('answers "not-found" for an unknown id and changes nothing', async () => {
    const { store } = await open();
    await store.create(draft());
    const before = await readFile(file(), 'utf8');
    const unknown = appointment().id;
    await expect(store.update(unknown, draft())).rejects.toMatchObject({ code: 'not-found' });
    await expect(store.setStatus(unknown, 'done')).rejects.toMatchObject({ code: 'not-found' });
    await expect(store.delete(unknown)).rejects.toMatchObject({ code: 'not-found' });
    expect(await readFile(file(), 'utf8')).toBe(before);
  });

  it('keeps every change when many arrive at once', async () => {
    const { store } = await open();
    await Promise.all(
      Array.from({ length: 25 }, (_, i) => store.create(draft({ title: `T${i}` }))),
    );
    expect(store.list()).toHaveLength(25);
    expect((await open()).store.list()).toHaveLength(25);
  });

  it('writes the file readable by the user only, and leaves no temp files behind', async () => {
    const { store } = await open();
    await store.create(draft());
    await store.create(draft());
    expect((await stat(file())).mode & 0o777).toBe(0o600);
    expect(await readdir(directory)).toEqual([APPOINTMENTS_FILE]);
  });

  it('loses nothing when a write fails: memory and file keep the last saved state', async () => {
    const { store } = await open();
    const kept = await store.create(draft());
    const before = await readFile(file(), 'utf8');
    await chmod(directory, 0o500); // atomic writes need a temp file in the folder
    try {
      if (process.getuid?.() === 0) {
        // root ignores folder permissions: make the target path unusable instead
        await chmod(directory, 0o700);
        await rm(file());
        await mkdir(file());
      }
      await expect(store.create(draft({ title: 'verloren?' }))).rejects.toMatchObject({
        code: 'storage-failed',
      });
      expect(store.list()).toEqual([kept]);
    } finally {
      await chmod(directory, 0o700);
    }
    if (process.getuid?.() === 0) {
      await rm(file(), { recursive: true });
      await writeFile(file(), before);
    }
    expect(await readFile(file(), 'utf8')).toBe(before);
  });

  describe('a file it cannot use is moved aside, never deleted, and reported', () => {
    const cases: [string, string, string][] = [
      ['not JSON', '{"schemaVersion":1,"appointments":[', 'corrupt'],
      ['truncated to nothing', '', 'corrupt'],
      [
        'valid JSON of the wrong shape',
        '{"schemaVersion":1,"appointments":[{"title":1}]}',
        'corrupt',
      ],
      ['without a version', '{"appointments":[]}', 'corrupt'],
      ['from a newer version', '{"schemaVersion":7,"appointments":[]}', 'newer-version'],
    ];
    it.each(cases)('%s', async (_name, content, reason) => {
      await writeFile(file(), content);
      const { store, notices } = await open();
      const movedTo = `${file()}.${reason}-2026-11-23T10-00-00-000Z`;
      expect(notices).toEqual([
        { kind: 'store-moved-aside', file: 'appointments', reason, movedTo },
      ]);
      expect(await readFile(movedTo, 'utf8')).toBe(content);
      expect(store.list()).toEqual([]);
      await store.create(draft());
      expect((await open()).store.list()).toHaveLength(1);
    });

    it('an unreadable path (a folder where the file should be)', async () => {
      await mkdir(file());
      await writeFile(join(file(), 'inside'), 'kept');
      const { notices } = await open();
      expect(notices).toMatchObject([{ reason: 'unreadable' }]);
      expect(await readFile(join(notices[0]!.movedTo, 'inside'), 'utf8')).toBe('kept');
    });

    it('without overwriting an earlier file moved aside at the same moment', async () => {
      await writeFile(file(), 'first');
      await open();
      await writeFile(file(), 'second');
      const { notices } = await open();
      expect(notices[0]!.movedTo).toMatch(/corrupt-2026-11-23T10-00-00-000Z-1$/);
      const names = (await readdir(directory)).sort();
      expect(names).toHaveLength(2);
      const contents = await Promise.all(names.map((n) => readFile(join(directory, n), 'utf8')));
      expect(contents.sort()).toEqual(['first', 'second']);
    });
  });
});
