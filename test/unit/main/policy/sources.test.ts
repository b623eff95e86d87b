import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mergePolicy, type Policy } from '../../../../src/shared/effective-settings';
import { policyKeys } from '../../../../src/shared/policy';
import type { RunReg } from '../../../../src/main/policy/registry';
import { readRegFilePolicy } from '../../../../src/main/policy/reg-file';
import { isRegistrySource } from '../../../../src/main/policy/source-read';
import { policyLocations, readPolicy } from '../../../../src/main/policy/sources';

const fixtures = join(import.meta.dirname, '../../../fixtures/policy');
const HKLM_KEY = 'HKLM\\SOFTWARE\\Policies\\Sprechstunde';
const HKCU_KEY = 'HKCU\\SOFTWARE\\Policies\\Sprechstunde';
const MACHINE_PLIST = '/Library/Managed Preferences/de.sprechstunde.desktop.plist';
const USER_PLIST = '/Library/Managed Preferences/anna/de.sprechstunde.desktop.plist';

let root: string;
beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'policy-sources-'));
});
afterEach(() => rm(root, { recursive: true, force: true }));

/** Puts a file where the platform keeps it, below the test's root folder. */
async function place(path: string, content: string | Buffer) {
  const target = join(root, ...path.replace(/^([A-Za-z]):/, '$1').split(/[\\/]/));
  await mkdir(dirname(target), { recursive: true });
  await writeFile(target, content);
}

/** reg.exe as it answers: the recorded output for a key that exists, exit 1 for one that does not. */
function fakeReg(outputs: Partial<Record<string, string>>): RunReg {
  return ([, key]) => {
    const stdout = outputs[key!];
    return Promise.resolve(
      stdout === undefined
        ? {
            code: 1,
            stdout: '',
            stderr: 'ERROR: The system was unable to find the specified registry key or value.\r\n',
          }
        : { code: 0, stdout, stderr: '' },
    );
  };
}

const noReg = fakeReg({});
const fixture = (name: string) => readFile(join(fixtures, name));

describe('policyLocations', () => {
  it('on Windows: the machine registry, then ProgramData policy.json, then the user registry', () => {
    expect(
      policyLocations('win32', { env: { ProgramData: 'D:\\ProgramData' }, username: 'anna' }),
    ).toEqual([
      { kind: 'registry', hive: 'HKLM', source: HKLM_KEY },
      { kind: 'json', path: 'D:\\ProgramData\\Sprechstunde\\policy.json' },
      { kind: 'registry', hive: 'HKCU', source: HKCU_KEY },
    ]);
    expect(policyLocations('win32', { env: {}, username: 'anna' })[1]).toEqual({
      kind: 'json',
      path: 'C:\\ProgramData\\Sprechstunde\\policy.json',
    });
  });

  it("on macOS: the user's managed preferences over the machine's", () => {
    expect(policyLocations('darwin', { env: {}, username: 'anna' })).toEqual([
      { kind: 'plist', path: USER_PLIST },
      { kind: 'plist', path: MACHINE_PLIST },
    ]);
  });

  it.each(['', '..', 'a/b', 'a\\b'])(
    'on macOS: no per-user folder for the user name %j',
    (username) => {
      expect(policyLocations('darwin', { env: {}, username })).toEqual([
        { kind: 'plist', path: MACHINE_PLIST },
      ]);
    },
  );

  it('on Linux: /etc/sprechstunde/policy.json', () => {
    expect(policyLocations('linux', { env: {}, username: 'anna' })).toEqual([
      { kind: 'json', path: '/etc/sprechstunde/policy.json' },
    ]);
  });
});

describe('readPolicy', () => {
  it('reads nothing where no policy is set', async () => {
    for (const platform of ['win32', 'darwin', 'linux'] as const)
      expect(
        await readPolicy(platform, { env: {}, username: 'anna', runReg: noReg, root }),
      ).toEqual([]);
  });

  it('on Windows reads the three sources in order, and the machine beats the user', async () => {
    await place(
      'C:\\ProgramData\\Sprechstunde\\policy.json',
      '{"Language": "en", "KioskIdleMinutes": 5}',
    );
    const runReg = fakeReg({
      [HKLM_KEY]: (await fixture('reg-query-hklm.txt')).toString('utf8'),
      [HKCU_KEY]: (await fixture('reg-query-hkcu-odd.txt')).toString('utf8'),
    });
    const reads = await readPolicy('win32', { env: {}, username: 'anna', runReg, root });
    expect(reads.map(({ source }) => source)).toEqual([
      HKLM_KEY,
      'C:\\ProgramData\\Sprechstunde\\policy.json',
      HKCU_KEY,
    ]);
    const policy = mergePolicy(reads, { caseInsensitive: isRegistrySource });
    expect(policy.values).toMatchObject({ Language: 'de', KioskIdleMinutes: 10, RelayOnly: true });
    // The user's broken values lose to the machine's; only its unknown names are still told.
    expect(policy.problems.map(({ key, source }) => [key, source])).toEqual([
      ['Server Url', HKCU_KEY],
      ['Notes', HKCU_KEY],
    ]);
  });

  it("on macOS the user's plist beats the machine's, key by key", async () => {
    await place(USER_PLIST, await fixture('de.sprechstunde.desktop.binary.plist'));
    await place(
      MACHINE_PLIST,
      '<?xml version="1.0" encoding="UTF-8"?><plist version="1.0"><dict><key>Language</key><string>en</string><key>KioskMode</key><true/></dict></plist>',
    );
    const reads = await readPolicy('darwin', { env: {}, username: 'anna', runReg: noReg, root });
    expect(reads.map(({ source }) => source)).toEqual([USER_PLIST, MACHINE_PLIST]);
    const policy = mergePolicy(reads);
    expect(policy.values).toMatchObject({ Language: 'de', KioskMode: false });
    expect(policy.sources.Language).toBe(USER_PLIST);
  });

  it('names a file that cannot be used by its real path, and keeps the network closed', async () => {
    await place('/etc/sprechstunde/policy.json', '{"ServerUrl": "https://meet.example.org",');
    const reads = await readPolicy('linux', { env: {}, username: 'anna', runReg: noReg, root });
    expect(reads).toEqual([
      expect.objectContaining({
        source: '/etc/sprechstunde/policy.json',
        unreadable: 'policy.problem.notJson',
      }),
    ]);
    expect(mergePolicy(reads).networkClosed).toBe(true);
  });
});

describe('one policy in every form', () => {
  /** The merge without the sources' names, which differ by form. */
  function merged(reads: Parameters<typeof mergePolicy>[0]): Omit<Policy, 'sources'> {
    const policy: Partial<Policy> = mergePolicy(reads, { caseInsensitive: isRegistrySource });
    delete policy.sources;
    return policy as Omit<Policy, 'sources'>;
  }

  it('gives the same merged policy from reg query output, a .reg export, XML and binary plists, and policy.json', async () => {
    const registry = await readPolicy('win32', {
      env: {},
      username: 'anna',
      runReg: fakeReg({ [HKLM_KEY]: (await fixture('reg-query-hklm.txt')).toString('utf8') }),
      root,
    });
    const regFile = (await readRegFilePolicy(join(fixtures, 'policy-hklm.reg')))!;
    await place(MACHINE_PLIST, await fixture('de.sprechstunde.desktop.binary.plist'));
    await place(USER_PLIST, await fixture('de.sprechstunde.desktop.xml.plist'));
    const binaryPlist = await readPolicy('darwin', { env: {}, username: '', runReg: noReg, root });
    const plists = await readPolicy('darwin', { env: {}, username: 'anna', runReg: noReg, root });
    const xmlPlist = plists.slice(0, 1);
    await place('/etc/sprechstunde/policy.json', await fixture('policy.json'));
    const json = await readPolicy('linux', { env: {}, username: 'anna', runReg: noReg, root });

    const expected = merged(json);
    expect(expected.problems).toEqual([]);
    expect(Object.keys(expected.values).sort()).toEqual([...policyKeys].sort());
    for (const reads of [registry, regFile, binaryPlist, xmlPlist])
      expect(merged(reads)).toEqual(expected);
  });
});
