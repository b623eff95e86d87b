import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mergePolicy } from '../../../../src/shared/effective-settings';
import { parseRegFile, readRegFilePolicy } from '../../../../src/main/policy/reg-file';
import {
  parseRegQuery,
  policyFromRegistry,
  registryKeyAt,
} from '../../../../src/main/policy/registry';

const fixtures = join(import.meta.dirname, '../../../fixtures/policy');
const KEY = 'HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\Sprechstunde';

/** A .reg file as regedit writes it: UTF-16LE with a BOM, CRLF. */
function regedit(lines: string[]): Buffer {
  const text = ['Windows Registry Editor Version 5.00', '', ...lines, '', ''].join('\r\n');
  return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
}

/** A hex value wrapped the way regedit wraps it: `,\` at the end of a line, two spaces before the next. */
function hexValue(name: string, type: string, text: string): string {
  const bytes = [...Buffer.from(text, 'utf16le')].map((byte) => byte.toString(16).padStart(2, '0'));
  const lines: string[] = [];
  for (let i = 0; i < bytes.length; i += 25) lines.push(bytes.slice(i, i + 25).join(','));
  return `"${name}"=${type}:${lines.join(',\\\r\n  ')}`;
}

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'reg-file-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

describe('parseRegFile', () => {
  it('gives the same policy from a regedit export as from reg query output', async () => {
    const fromFile = registryKeyAt(
      parseRegFile(await readFile(join(fixtures, 'policy-hklm.reg'))),
      KEY,
    )!;
    const fromQuery = registryKeyAt(
      parseRegQuery(await readFile(join(fixtures, 'reg-query-hklm.txt'), 'utf8')),
      KEY,
    )!;
    expect(policyFromRegistry(fromFile)).toEqual(policyFromRegistry(fromQuery));
  });

  it('reads escapes, dword, hex(2), hex(7) over several lines, hex(b), and skips deletions and comments', () => {
    const root = parseRegFile(
      regedit([
        '; written by IT',
        `[${KEY}]`,
        '"KioskExitPinHash"="a\\\\b \\"quoted\\""',
        '"KioskIdleMinutes"=dword:0000001e',
        hexValue('UpdateUrl', 'hex(2)', 'https://%USERDOMAIN%.example.org\0'),
        '"RetentionDays"=hex(b):0e,00,00,00,00,00,00,00',
        '"Removed"=-',
        hexValue('@', 'hex(2)', 'default value\0').replace('"@"', '@'),
        '',
        `[${KEY}\\ExtraOrigins]`,
        hexValue('1', 'hex(7)', 'wss://a.example.org\0https://b.example.org\0\0'),
        '',
        `[-${KEY}\\Old]`,
      ]),
    );
    const key = registryKeyAt(root, KEY)!;
    expect(key.values).toEqual({
      KioskExitPinHash: { type: 'REG_SZ', value: 'a\\b "quoted"' },
      KioskIdleMinutes: { type: 'REG_DWORD', value: 30 },
      UpdateUrl: { type: 'REG_EXPAND_SZ', value: 'https://%USERDOMAIN%.example.org' },
      RetentionDays: { type: 'REG_QWORD', value: 14 },
      '': { type: 'REG_EXPAND_SZ', value: 'default value' },
    });
    expect(key.subkeys.ExtraOrigins!.values['1']).toEqual({
      type: 'REG_MULTI_SZ',
      value: ['wss://a.example.org', 'https://b.example.org'],
    });
    expect(Object.keys(key.subkeys)).toEqual(['ExtraOrigins']);
  });

  it('reads a REGEDIT4 export in UTF-8 and in the ANSI code page', () => {
    const text = `REGEDIT4\r\n\r\n[${KEY}]\r\n"Language"="de"\r\n"ServerUrl"="https://bürgerberatung.example.org"\r\n`;
    for (const bytes of [Buffer.from(text, 'utf8'), Buffer.from(text, 'latin1')]) {
      const values = policyFromRegistry(registryKeyAt(parseRegFile(bytes), KEY)!);
      expect(values).toEqual({
        Language: 'de',
        ServerUrl: 'https://bürgerberatung.example.org',
      });
    }
  });

  it.each([
    ['a file without the header', Buffer.from(`[${KEY}]\r\n"Language"="de"\r\n`), /line 1/],
    ['a string without its closing quote', regedit([`[${KEY}]`, '"Language"="de']), /line 4/],
    ['a value before any key', regedit(['"Language"="de"']), /line 3/],
    ['a dword that is not hex', regedit([`[${KEY}]`, '"RelayOnly"=dword:yes']), /line 4/],
    ['an empty file', Buffer.alloc(0), /empty/],
  ])('refuses %s and names the line', (_name, bytes, message) => {
    expect(() => parseRegFile(bytes)).toThrow(message);
  });
});

describe('readRegFilePolicy', () => {
  it('reads the machine and the user key of one export as two sources, machine first', async () => {
    const path = join(dir, 'both.reg');
    await writeFile(
      path,
      regedit([
        `[${KEY.replace('LOCAL_MACHINE', 'CURRENT_USER')}]`,
        '"Language"="en"',
        '',
        `[${KEY}]`,
        '"Language"="de"',
      ]),
    );
    const reads = (await readRegFilePolicy(path))!;
    expect(reads.map(({ source }) => source)).toEqual([`${path} (HKLM)`, `${path} (HKCU)`]);
    expect(mergePolicy(reads).values.Language).toBe('de');
  });

  it('is no source for a missing file, and an unusable one without the policy key or with a broken line', async () => {
    expect(await readRegFilePolicy(join(dir, 'missing.reg'))).toBeNull();
    const other = join(dir, 'other.reg');
    await writeFile(other, regedit(['[HKEY_LOCAL_MACHINE\\SOFTWARE\\Other]', '"A"="b"']));
    expect(await readRegFilePolicy(other)).toEqual([
      expect.objectContaining({ source: other, unreadable: 'policy.problem.noPolicyKey' }),
    ]);
    const broken = join(dir, 'broken.reg');
    await writeFile(broken, regedit([`[${KEY}]`, 'Language=de']));
    expect(await readRegFilePolicy(broken)).toEqual([
      expect.objectContaining({
        unreadable: 'policy.problem.notRegExport',
        detail: 'line 4: a value name must be in quotes',
      }),
    ]);
  });
});
