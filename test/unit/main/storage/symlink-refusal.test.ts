import { lstat, mkdtemp, readFile, readlink, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Conf from 'conf';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { moveAside } from '../../../../src/main/storage/move-aside';
import {
  moveAsideSymlink,
  moveAsideSymlinkSync,
} from '../../../../src/main/storage/symlink-refusal';

let directory: string;
const now = new Date('2026-11-23T10:00:00.000Z');
const stamp = '2026-11-23T10-00-00-000Z';

beforeEach(async () => {
  directory = await mkdtemp(join(tmpdir(), 'sprechstunde-symlink-'));
});
afterEach(() => rm(directory, { recursive: true, force: true }));

describe('a symlink where the app keeps its settings', () => {
  it('is moved aside itself, and writing settings leaves its target untouched', async () => {
    // Another app's settings, which a write through the link would replace.
    const other = join(directory, 'other-app.json');
    const theirs = '{"theirKey":"kept","theme":"dark"}';
    await writeFile(other, theirs);
    const path = join(directory, 'settings.json');
    await symlink(other, path);

    const notice = await moveAsideSymlink(path, 'settings', now);
    const movedTo = `${path}.symlink-${stamp}`;
    expect(notice).toEqual({
      kind: 'store-moved-aside',
      file: 'settings',
      reason: 'symlink',
      movedTo,
    });
    expect((await lstat(movedTo)).isSymbolicLink()).toBe(true);
    expect(await readlink(movedTo)).toBe(other);

    const settings = new Conf<Record<string, unknown>>({ cwd: directory, configName: 'settings' });
    settings.store = { language: 'de' };
    expect((await lstat(path)).isSymbolicLink()).toBe(false);
    expect(JSON.parse(await readFile(path, 'utf8'))).toEqual({ language: 'de' });
    expect(await readFile(other, 'utf8')).toBe(theirs);
  });

  it('is moved aside when it points nowhere, so no write creates its target', async () => {
    const path = join(directory, 'settings.json');
    const nowhere = join(directory, 'elsewhere', 'made-by-a-write.json');
    await symlink(nowhere, path);
    expect(moveAsideSymlinkSync(path, 'settings', now)).toMatchObject({ reason: 'symlink' });
    expect(await readlink(`${path}.symlink-${stamp}`)).toBe(nowhere);
    await expect(lstat(path)).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('leaves a plain file, and a missing one, alone', async () => {
    const path = join(directory, 'settings.json');
    expect(await moveAsideSymlink(path, 'settings', now)).toBeNull();
    await writeFile(path, '{}');
    expect(await moveAsideSymlink(path, 'settings', now)).toBeNull();
    expect(moveAsideSymlinkSync(path, 'settings', now)).toBeNull();
    expect(await readFile(path, 'utf8')).toBe('{}');
  });
});

describe('moving aside', () => {
  it('never replaces a dangling symlink that holds the name already', async () => {
    const path = join(directory, 'settings.json');
    await writeFile(path, 'unusable');
    const taken = `${path}.corrupt-${stamp}`;
    await symlink(join(directory, 'nowhere'), taken);
    expect(await moveAside(path, 'corrupt', now)).toBe(`${taken}-1`);
    expect((await lstat(taken)).isSymbolicLink()).toBe(true);
    expect(await readFile(`${taken}-1`, 'utf8')).toBe('unusable');
  });
});
