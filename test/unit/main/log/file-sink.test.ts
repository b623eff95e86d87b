import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
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
