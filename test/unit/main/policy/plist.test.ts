import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build, buildBinary } from 'plist';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mergePolicy } from '../../../../src/shared/effective-settings';
import { readPlistPolicy } from '../../../../src/main/policy/plist';

const fixtures = join(import.meta.dirname, '../../../fixtures/policy');

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'plist-policy-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

describe('readPlistPolicy', () => {
  it('reads the same policy from the binary plist macOS writes and from an XML one, without the housekeeping keys', async () => {
    const binary = await readPlistPolicy(join(fixtures, 'de.sprechstunde.desktop.binary.plist'));
    const xml = await readPlistPolicy(join(fixtures, 'de.sprechstunde.desktop.xml.plist'));
    const json = JSON.parse(await readFile(join(fixtures, 'policy.json'), 'utf8')) as object;
    expect(binary!.values).toEqual(json);
    expect(xml!.values).toEqual(json);
    expect(binary!.values).not.toHaveProperty('PayloadUUID');
    expect(binary!.values).not.toHaveProperty('_manualProfile');
    expect(mergePolicy([binary!]).problems).toEqual([]);
  });

  it('keeps each value in its plist type, so a string for a boolean is named by validation', async () => {
    const path = join(dir, 'wrong.plist');
    await writeFile(
      path,
      buildBinary({
        RelayOnly: 'true',
        RetentionDays: 14.5,
        ServerUrl: 'https://meet.example.org',
      }),
    );
    const read = await readPlistPolicy(path);
    const policy = mergePolicy([read!]);
    expect(policy.problems.map(({ key, problem }) => [key, problem])).toEqual([
      ['RelayOnly', 'policy.problem.boolean'],
      ['RetentionDays', 'validation.retentionDays.invalid'],
    ]);
    expect(policy.values.ServerUrl).toBe('https://meet.example.org');
  });

  it('is no source when there is no file, and an unreadable one for a broken or non-dictionary plist', async () => {
    expect(await readPlistPolicy(join(dir, 'missing.plist'))).toBeNull();
    const cut = join(dir, 'cut.plist');
    const whole = await readFile(join(fixtures, 'de.sprechstunde.desktop.xml.plist'), 'utf8');
    await writeFile(cut, whole.slice(0, whole.length / 2));
    expect(await readPlistPolicy(cut)).toMatchObject({
      source: cut,
      values: {},
      unreadable: 'policy.problem.notPlist',
    });
    const list = join(dir, 'list.plist');
    await writeFile(list, build(['ServerUrl']));
    expect(await readPlistPolicy(list)).toMatchObject({ unreadable: 'policy.problem.notPlist' });
    const folder = join(dir, 'folder.plist');
    await mkdir(folder);
    expect(await readPlistPolicy(folder)).toMatchObject({
      unreadable: 'policy.problem.unreadable',
    });
  });

  it('never changes the file it reads', async () => {
    const path = join(dir, 'de.sprechstunde.desktop.plist');
    await copyFile(join(fixtures, 'de.sprechstunde.desktop.binary.plist'), path);
    const before = await readFile(path);
    await readPlistPolicy(path);
    expect(await readFile(path)).toEqual(before);
  });
});
