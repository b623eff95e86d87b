import {
  lstat,
  mkdir,
  mkdtemp,
  readdir,
  readFile,
  readlink,
  rm,
  symlink,
  writeFile,
} from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createFileSink } from '../../../../src/main/log/file-sink';

let directory: string;
const now = () => new Date('2026-11-23T10:00:00.000Z');
const stamp = '2026-11-23T10-00-00-000Z';

beforeEach(async () => {
  directory = await mkdtemp(join(tmpdir(), 'sprechstunde-log-'));
});
afterEach(() => rm(directory, { recursive: true, force: true }));

describe('the log file', () => {
  it('is written line by line, with no notice', async () => {
    const path = join(directory, 'logs', 'sprechstunde.log');
    const sink = createFileSink(path, null, now);
    sink('first');
    sink('second');
    expect(await readFile(path, 'utf8')).toBe('first\nsecond\n');
    expect(sink.notices).toEqual([]);
  });

  it('moves a file in the logs folder’s place aside, keeps it, and logs', async () => {
    const folder = join(directory, 'logs');
    await writeFile(folder, 'somebody else’s file');
    const sink = createFileSink(join(folder, 'sprechstunde.log'), null, now);
    sink('started');
    const movedTo = `${folder}.unreadable-${stamp}`;
    expect(sink.notices).toEqual([
      { kind: 'store-moved-aside', file: 'log', reason: 'unreadable', movedTo },
    ]);
    expect(await readFile(movedTo, 'utf8')).toBe('somebody else’s file');
    expect(await readFile(join(folder, 'sprechstunde.log'), 'utf8')).toBe('started\n');
  });

  it('moves a folder in the log file’s place aside, keeps what is in it, and logs', async () => {
    const path = join(directory, 'logs', 'sprechstunde.log');
    await mkdir(path, { recursive: true });
    await writeFile(join(path, 'inside.txt'), 'kept');
    const sink = createFileSink(path, null, now);
    sink('started');
    const movedTo = `${path}.unreadable-${stamp}`;
    expect(sink.notices).toEqual([
      { kind: 'store-moved-aside', file: 'log', reason: 'unreadable', movedTo },
    ]);
    expect(await readFile(join(movedTo, 'inside.txt'), 'utf8')).toBe('kept');
    expect(await readFile(path, 'utf8')).toBe('started\n');
  });

  it('moves a symlink in the log file’s place aside, and never writes to its target', async () => {
    const path = join(directory, 'logs', 'sprechstunde.log');
    await mkdir(join(directory, 'logs'));
    const target = join(directory, 'someone-elses.txt');
    await writeFile(target, 'theirs');
    await symlink(target, path);
    const sink = createFileSink(path, null, now);
    sink('started');
    const movedTo = `${path}.symlink-${stamp}`;
    expect(sink.notices).toEqual([
      { kind: 'store-moved-aside', file: 'log', reason: 'symlink', movedTo },
    ]);
    expect(await readlink(movedTo)).toBe(target);
    expect(await readFile(target, 'utf8')).toBe('theirs');
    expect(await readFile(path, 'utf8')).toBe('started\n');
  });

  it('moves a dangling symlink aside rather than creating the file it points to', async () => {
    const path = join(directory, 'logs', 'sprechstunde.log');
    await mkdir(join(directory, 'logs'));
    const nowhere = join(directory, 'made-by-the-log.txt');
    await symlink(nowhere, path);
    const sink = createFileSink(path, null, now);
    sink('started');
    expect(sink.notices).toMatchObject([{ reason: 'symlink' }]);
    await expect(lstat(nowhere)).rejects.toMatchObject({ code: 'ENOENT' });
    expect(await readFile(path, 'utf8')).toBe('started\n');
  });

  it('moves a symlink in the logs folder’s place aside, and writes nothing into its target', async () => {
    const elsewhere = join(directory, 'elsewhere');
    await mkdir(elsewhere);
    const folder = join(directory, 'logs');
    await symlink(elsewhere, folder);
    const sink = createFileSink(join(folder, 'sprechstunde.log'), null, now);
    sink('started');
    expect(sink.notices).toEqual([
      {
        kind: 'store-moved-aside',
        file: 'log',
        reason: 'symlink',
        movedTo: `${folder}.symlink-${stamp}`,
      },
    ]);
    expect(await readdir(elsewhere)).toEqual([]);
    expect((await lstat(folder)).isDirectory()).toBe(true);
    expect(await readFile(join(folder, 'sprechstunde.log'), 'utf8')).toBe('started\n');
  });

  it('never throws, and says so once, when no log can be written at all', async () => {
    // A file two levels up: no folder can be made below it, for root neither.
    const blocker = join(directory, 'user-data');
    await writeFile(blocker, 'a file, not a folder');
    const sink = createFileSink(join(blocker, 'logs', 'sprechstunde.log'), null, now);
    const echoed: string[] = [];
    const echoing = createFileSink(join(blocker, 'logs', 'x.log'), (line) => {
      echoed.push(line);
    });
    expect(() => {
      sink('one');
      sink('two');
      echoing('still echoed');
    }).not.toThrow();
    expect(sink.notices).toEqual([{ kind: 'not-saved', file: 'log' }]);
    expect(echoed).toEqual(['still echoed']);
  });
});
