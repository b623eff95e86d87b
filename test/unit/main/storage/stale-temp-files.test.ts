import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { writeFile as atomicWriteFile } from 'atomically';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Logger } from '../../../../src/main/log/logger';
import { removeStaleTempFiles } from '../../../../src/main/storage/stale-temp-files';

let directory: string;
const lines: string[] = [];
const log: Logger = {
  info: (line) => lines.push(line),
  warn: (line) => lines.push(line),
  error: (line) => lines.push(line),
};

beforeEach(async () => {
  directory = await mkdtemp(join(tmpdir(), 'sprechstunde-temps-'));
  lines.length = 0;
});
afterEach(() => rm(directory, { recursive: true, force: true }));

/** The name atomically itself gives a temp file of `file` (caught as it creates it). */
async function atomicallyTempName(file: string): Promise<string> {
  let temp = '';
  await atomicWriteFile(join(directory, file), 'x', {
    tmpCreated: (path) => {
      temp = basename(path);
    },
  });
  await rm(join(directory, file));
  return temp;
}

describe('temp files left by a write a crash cut short', () => {
  it('are removed beside the given files, and only atomically’s own', async () => {
    const sealedTemp = await atomicallyTempName('appointments.sealed');
    const plainTemp = await atomicallyTempName('appointments.json');
    const otherTemp = await atomicallyTempName('notes.txt');
    expect(sealedTemp).toMatch(/^appointments\.sealed\.tmp-\d{10}[0-9a-f]{6}$/);
    const kept = [
      'appointments.sealed',
      otherTemp, // beside a file not named
      'appointments.sealed.tmp-1234', // not atomically's naming
      `${sealedTemp}x`,
      `x${sealedTemp}`,
      'appointments.sealed.corrupt-2026-11-23T10-00-00-000Z',
    ];
    for (const name of [sealedTemp, plainTemp, ...kept]) {
      await writeFile(join(directory, name), 'sealed bytes');
    }
    const folderTemp = `appointments.sealed.tmp-9999999999abcdef`;
    await mkdir(join(directory, folderTemp)); // a folder of that name is not a temp file

    const removed = await removeStaleTempFiles(
      directory,
      ['appointments.sealed', 'appointments.json'],
      log,
    );
    expect(removed).toBe(2);
    expect((await readdir(directory)).sort()).toEqual([...kept, folderTemp].sort());
    expect(lines).toEqual(['removed 2 temp files left by interrupted writes']);
  });

  it('finds nothing to do in a folder that does not exist', async () => {
    expect(await removeStaleTempFiles(join(directory, 'none'), ['settings.json'], log)).toBe(0);
    expect(lines).toEqual([]);
  });
});
