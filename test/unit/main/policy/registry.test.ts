import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mergePolicy } from '../../../../src/shared/effective-settings';
import {
  parseRegQuery,
  policyFromRegistry,
  readRegistryPolicy,
  registryKeyAt,
  type RegResult,
} from '../../../../src/main/policy/registry';
import { isRegistrySource } from '../../../../src/main/policy/source-read';

const fixtures = join(import.meta.dirname, '../../../fixtures/policy');
const fixture = (name: string) => readFile(join(fixtures, name), 'utf8');

const HKLM_KEY = 'HKLM\\SOFTWARE\\Policies\\Sprechstunde';
const HKCU_KEY = 'HKCU\\SOFTWARE\\Policies\\Sprechstunde';

describe('parseRegQuery', () => {
  it('reads keys, values and list subkeys from recorded reg query /s output (CRLF)', async () => {
    const root = parseRegQuery(await fixture('reg-query-hklm.txt'));
    const key = registryKeyAt(root, HKLM_KEY)!;
    expect(key.values.ServerUrl).toEqual({
      type: 'REG_SZ',
      value: 'https://meet.beratung.example.org',
    });
    expect(key.values.RelayOnly).toEqual({ type: 'REG_DWORD', value: 1 });
    expect(key.values.RetentionMaxDays).toEqual({ type: 'REG_DWORD', value: 30 });
    expect(Object.keys(key.subkeys)).toEqual(['ExtraOrigins', 'IceServers', 'SpkiPins']);
    expect(key.subkeys.ExtraOrigins!.values['2']).toEqual({
      type: 'REG_SZ',
      value: 'https://assets.beratung.example.org',
    });
  });

  it('reads empty values, names with spaces, REG_EXPAND_SZ, REG_MULTI_SZ, REG_QWORD and REG_BINARY', async () => {
    const key = registryKeyAt(parseRegQuery(await fixture('reg-query-hkcu-odd.txt')), HKCU_KEY)!;
    expect(key.values).toEqual({
      relayonly: { type: 'REG_SZ', value: '1' },
      KioskMode: { type: 'REG_DWORD', value: 2 },
      Language: { type: 'REG_EXPAND_SZ', value: 'en' },
      UpdateUrl: { type: 'REG_SZ', value: '' },
      'Server Url': { type: 'REG_SZ', value: 'https://meet.example.org' },
      IceServers: {
        type: 'REG_MULTI_SZ',
        value: ['stun:stun.example.org', 'turn:turn.example.org:3478'],
      },
      KioskIdleMinutes: { type: 'REG_QWORD', value: 30 },
      Notes: { type: 'REG_BINARY', value: Uint8Array.from([1, 2, 255]) },
    });
  });

  it('reads output with LF line ends and a value whose trailing spaces were trimmed', () => {
    const root = parseRegQuery(
      `\nHKEY_CURRENT_USER\\SOFTWARE\\Policies\\Sprechstunde\n    UpdateUrl    REG_SZ\n    Language    REG_SZ    de\n\n`,
    );
    expect(registryKeyAt(root, HKCU_KEY)!.values).toEqual({
      UpdateUrl: { type: 'REG_SZ', value: '' },
      Language: { type: 'REG_SZ', value: 'de' },
    });
  });

  it('refuses text that is neither a key nor a value, rather than reading half a value', () => {
    // A REG_SZ with a line break in it continues on a line of its own.
    const output = `\r\nHKEY_CURRENT_USER\\SOFTWARE\\Policies\\Sprechstunde\r\n    ServerUrl    REG_SZ    https://a.example.org\r\nhttps://b.example.org\r\n`;
    expect(() => parseRegQuery(output)).toThrow(/line 4/);
    expect(() => parseRegQuery('    ServerUrl    REG_SZ    https://a.example.org\r\n')).toThrow(
      /line 1/,
    );
  });

  it('keeps a value named __proto__ as a value', () => {
    const root = parseRegQuery(
      `\r\nHKEY_CURRENT_USER\\SOFTWARE\\Policies\\Sprechstunde\r\n    __proto__    REG_SZ    x\r\n\r\n`,
    );
    expect(policyFromRegistry(registryKeyAt(root, HKCU_KEY)!)).toEqual({ ['__proto__']: 'x' });
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });
});

describe('policyFromRegistry', () => {
  it('converts by the table: DWORD 0/1 to booleans, numbers stay numbers, list subkeys to arrays', async () => {
    const key = registryKeyAt(parseRegQuery(await fixture('reg-query-hklm.txt')), HKLM_KEY)!;
    const values = policyFromRegistry(key);
    expect(values).toMatchObject({
      RelayOnly: true,
      AllowGuestJoin: false,
      KioskMode: false,
      RetentionDays: 14,
      KioskIdleMinutes: 10,
      ExtraOrigins: ['wss://xmpp.beratung.example.org', 'https://assets.beratung.example.org'],
    });
    expect(mergePolicy([{ source: HKLM_KEY, values }]).problems).toEqual([]);
  });

  it('orders a list by the numbers of its value names, ignores other names, and matches names without case', async () => {
    const key = registryKeyAt(parseRegQuery(await fixture('reg-query-hkcu-odd.txt')), HKCU_KEY)!;
    const values = policyFromRegistry(key);
    expect(values.ExtraOrigins).toEqual([
      'wss://a.example.org',
      'https://b.example.org',
      'https://c.example.org',
    ]);
    expect(values.RelayOnly).toBe('1');
  });

  it('leaves wrong types for validation to name: REG_SZ for a boolean, DWORD 2, an empty URL, an unknown name', async () => {
    const key = registryKeyAt(parseRegQuery(await fixture('reg-query-hkcu-odd.txt')), HKCU_KEY)!;
    const read = { source: HKCU_KEY, values: policyFromRegistry(key), fromRegistry: true as const };
    const policy = mergePolicy([read], { caseInsensitive: isRegistrySource });
    expect(policy.problems).toEqual(
      expect.arrayContaining([
        { key: 'RelayOnly', source: HKCU_KEY, problem: 'policy.problem.boolean' },
        { key: 'KioskMode', source: HKCU_KEY, problem: 'policy.problem.boolean' },
        { key: 'UpdateUrl', source: HKCU_KEY, problem: 'policy.problem.httpsUrl' },
        { key: 'Server Url', source: HKCU_KEY, problem: 'policy.problem.unknownKey' },
        { key: 'Notes', source: HKCU_KEY, problem: 'policy.problem.unknownKey' },
      ]),
    );
    // REG_EXPAND_SZ is a string, a REG_MULTI_SZ a list, a REG_QWORD a number.
    expect(policy.values).toMatchObject({
      Language: 'en',
      IceServers: ['stun:stun.example.org', 'turn:turn.example.org:3478'],
      KioskIdleMinutes: 30,
      ExtraOrigins: ['wss://a.example.org', 'https://b.example.org', 'https://c.example.org'],
    });
    expect(policy.networkClosed).toBe(true);
  });
});

describe('readRegistryPolicy', () => {
  const reg = (result: Partial<RegResult>) => {
    const calls: string[][] = [];
    const run = (args: string[]) => {
      calls.push(args);
      return Promise.resolve({ code: 0, stdout: '', stderr: '', ...result });
    };
    return { run, calls };
  };

  it('queries the policy key with /s and names the source by hive', async () => {
    const { run, calls } = reg({ stdout: await fixture('reg-query-hklm.txt') });
    const read = await readRegistryPolicy('HKLM', run);
    expect(calls).toEqual([['query', HKLM_KEY, '/s']]);
    expect(read).toMatchObject({ source: HKLM_KEY, fromRegistry: true });
    expect(read!.values.ServerUrl).toBe('https://meet.beratung.example.org');
  });

  it('is no source when the key does not exist (reg exits 1)', async () => {
    const { run } = reg({
      code: 1,
      stderr: 'ERROR: The system was unable to find the specified registry key or value.\r\n',
    });
    expect(await readRegistryPolicy('HKCU', run)).toBeNull();
  });

  it('is an unreadable source when reg fails otherwise, cannot start, or prints what it cannot parse', async () => {
    const timedOut = await readRegistryPolicy('HKLM', reg({ code: -1 }).run);
    expect(timedOut).toMatchObject({
      source: HKLM_KEY,
      values: {},
      unreadable: 'policy.problem.unreadable',
    });
    const missing = await readRegistryPolicy('HKLM', () =>
      Promise.reject(new Error('spawn reg.exe ENOENT')),
    );
    expect(missing).toMatchObject({ unreadable: 'policy.problem.unreadable' });
    const garbled = await readRegistryPolicy('HKLM', reg({ stdout: 'Zugriff verweigert\r\n' }).run);
    expect(garbled).toMatchObject({
      unreadable: 'policy.problem.unreadable',
      detail: 'reg query output, line 1: not a key or a value',
    });
    expect(mergePolicy([timedOut!]).networkClosed).toBe(true);
  });

  it('is an empty source for a key without values', async () => {
    const read = await readRegistryPolicy('HKCU', reg({ stdout: '\r\n' }).run);
    expect(read).toEqual({ source: HKCU_KEY, values: {}, fromRegistry: true });
  });
});
