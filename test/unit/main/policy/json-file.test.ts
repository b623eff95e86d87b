import { chmod, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readJsonPolicy } from '../../../../src/main/policy/json-file';
import { MAX_POLICY_BYTES } from '../../../../src/main/policy/source-read';
import { runWithoutOverride } from '../../../fixtures/without-override';

const fixtures = join(import.meta.dirname, '../../../fixtures/policy');

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'json-policy-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

async function policyFile(content: string | Buffer) {
  const path = join(dir, 'policy.json');
  await writeFile(path, content);
  return path;
}

describe('readJsonPolicy', () => {
  it('reads the object as the policy, named by its path', async () => {
    const path = join(fixtures, 'policy.json');
    const read = await readJsonPolicy(path);
    expect(read).toMatchObject({
      source: path,
      values: { ServerUrl: 'https://meet.beratung.example.org' },
    });
    expect(read).not.toHaveProperty('unreadable');
  });

  it('reads a file Notepad saved with a BOM and one PowerShell 5 wrote in UTF-16', async () => {
    const text = '{"Language": "de"}';
    for (const bytes of [
      Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]),
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]),
    ]) {
      expect((await readJsonPolicy(await policyFile(bytes)))!.values).toEqual({ Language: 'de' });
    }
  });

  it('is no source when the file or its folder does not exist', async () => {
    expect(await readJsonPolicy(join(dir, 'policy.json'))).toBeNull();
    expect(await readJsonPolicy(join(dir, 'sprechstunde', 'policy.json'))).toBeNull();
  });

  it.each([
    ['not JSON', '{"ServerUrl": "https://meet.example.org",', 'policy.problem.notJson'],
    ['JSON that is a list', '["ServerUrl"]', 'policy.problem.notObject'],
    ['JSON null', 'null', 'policy.problem.notObject'],
    ['a string', '"https://meet.example.org"', 'policy.problem.notObject'],
  ])('is an unreadable source for %s', async (_name, content, problem) => {
    const path = await policyFile(content);
    expect(await readJsonPolicy(path)).toMatchObject({
      source: path,
      values: {},
      unreadable: problem,
    });
  });

  it('does not read a file over 1 MiB', async () => {
    const path = await policyFile(`{"Language": "de", "x": "${'a'.repeat(MAX_POLICY_BYTES)}"}`);
    expect(await readJsonPolicy(path)).toMatchObject({ unreadable: 'policy.problem.tooLarge' });
  });

  it('is an unreadable source for a folder in its place', async () => {
    const path = join(dir, 'policy.json');
    await mkdir(path);
    expect(await readJsonPolicy(path)).toMatchObject({ unreadable: 'policy.problem.unreadable' });
  });

  it('is an unreadable source for a file it may not read', async () => {
    const path = await policyFile('{"Language": "de"}');
    await chmod(path, 0o000);
    // In a child without root's right to read it anyway (CI runs as root).
    const read = JSON.parse(
      await runWithoutOverride(join(import.meta.dirname, '../../../fixtures/read-json-policy.ts'), [
        path,
      ]),
    ) as unknown;
    expect(read).toEqual({
      source: path,
      values: {},
      unreadable: 'policy.problem.unreadable',
      detail: 'EACCES',
    });
  });

  it('never writes, moves or repairs the file, however broken', async () => {
    const path = await policyFile('{"ServerUrl": ');
    await readJsonPolicy(path);
    expect(await readdir(dir)).toEqual(['policy.json']);
    expect(await readFile(path, 'utf8')).toBe('{"ServerUrl": ');
  });
});
