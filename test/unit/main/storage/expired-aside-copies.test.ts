import {
  lstat,
  mkdir,
  mkdtemp,
  readFile,
  readdir,
  rm,
  symlink,
  utimes,
  writeFile,
} from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Logger } from '../../../../src/main/log/logger';
import { deleteExpiredAsideCopies } from '../../../../src/main/storage/expired-aside-copies';
import { fileTimestamp, parseFileTimestamp } from '../../../../src/main/storage/move-aside';
import { MOVED_ASIDE_KEEP_DAYS } from '../../../../src/shared/moved-aside';

let directory: string;
const lines: string[] = [];
const log: Logger = {
  info: (line) => lines.push(line),
  warn: (line) => lines.push(line),
  error: (line) => lines.push(line),
};
const movedAt = new Date('2026-10-01T08:15:30.250Z');
const stamp = fileTimestamp(movedAt);
const keptUntil = new Date(movedAt.getTime() + MOVED_ASIDE_KEEP_DAYS * 86_400_000);

beforeEach(async () => {
  directory = await mkdtemp(join(tmpdir(), 'sprechstunde-aside-'));
  lines.length = 0;
});
afterEach(() => rm(directory, { recursive: true, force: true }));

describe('file timestamps', () => {
  it('read back exactly what fileTimestamp wrote, and nothing else', () => {
    expect(parseFileTimestamp(stamp)).toEqual(movedAt);
    for (const text of [
      '2026-10-01T08:15:30.250Z',
      '2026-13-01T08-15-30-250Z',
      '2026-02-30T08-15-30-250Z',
      '2026-10-01T08-15-30-250',
      'x2026-10-01T08-15-30-250Z',
    ]) {
      expect(parseFileTimestamp(text)).toBeNull();
    }
  });
});

describe('copies kept aside', () => {
  const copies = [
    `appointments.sealed.undecryptable-${stamp}`,
    `appointments.sealed.key-missing-${stamp}-1`,
    `appointments.sealed.v1-${stamp}`,
    `appointments.sealed.symlink-${stamp}`,
    `appointments.json.unmigrated-${stamp}`,
    `settings.json.corrupt-${stamp}`,
    `settings.json.refused-${stamp}`,
    `logs.unreadable-${stamp}`,
  ];
  const untouched = [
    'appointments.sealed',
    'settings.json',
    `appointments.sealed.backup-${stamp}`, // not a label of ours
    `appointments.sealed.corrupt-2026-10-01`, // not our timestamp
    `appointments.sealed.corrupt-${stamp}.bak`,
    `notes.txt.corrupt-${stamp}`, // beside a file not named
  ];

  const files = () =>
    ['appointments.sealed', 'appointments.json', 'settings.json', 'logs'].map((name) =>
      join(directory, name),
    );

  async function plant() {
    const target = join(directory, 'target-of-a-link.txt');
    await writeFile(target, 'not ours');
    for (const name of [...copies, ...untouched]) {
      const path = join(directory, name);
      if (name.includes('.symlink-')) await symlink(target, path);
      else if (name.startsWith('logs.')) {
        await mkdir(path);
        await writeFile(join(path, 'sprechstunde.log'), 'old log');
      } else await writeFile(path, 'kept aside');
    }
    return target;
  }

  it(`stay until ${MOVED_ASIDE_KEEP_DAYS} days after the time in their name`, async () => {
    await plant();
    const before = (await readdir(directory)).sort();
    expect(await deleteExpiredAsideCopies(files(), new Date(keptUntil.getTime() - 1), log)).toBe(0);
    expect((await readdir(directory)).sort()).toEqual(before);
  });

  it('then go, a folder with its content and a symlink without its target', async () => {
    const target = await plant();
    // A recent mtime (a copy, a restored backup) does not keep a copy longer.
    await utimes(join(directory, copies[0]!), keptUntil, keptUntil);
    expect(await deleteExpiredAsideCopies(files(), keptUntil, log)).toBe(copies.length);
    expect((await readdir(directory)).sort()).toEqual(
      [...untouched, 'target-of-a-link.txt'].sort(),
    );
    expect(await readFile(target, 'utf8')).toBe('not ours');
    expect(lines).toEqual([`deleted ${copies.length} copies kept aside for 30 days`]);
  });

  it('in a folder that does not exist, or with a file the app never moved, are no trouble', async () => {
    await writeFile(join(directory, 'appointments.sealed'), 'current');
    const none = [join(directory, 'missing', 'sprechstunde.log'), ...files()];
    expect(await deleteExpiredAsideCopies(none, new Date('2030-01-01T00:00:00Z'), log)).toBe(0);
    expect((await lstat(join(directory, 'appointments.sealed'))).isFile()).toBe(true);
  });
});
