/**
 * The example policy as regedit exports the key: UTF-16LE with a byte-order
 * mark, CRLF, the version 5 header, strings as `"Name"="value"` (with `\\` and
 * `\"` escaped), DWORDs as `dword:` and eight lower-case hex digits, and each
 * list as a subkey with the values `"1"`, `"2"`, … (sorted after the key, as
 * regedit lists subkeys). `reg import` reads it back as it is.
 */
import { POLICY_REGISTRY_PATH, policyKeys, policyTable } from '../src/shared/policy';

export const REG_ROOT = `HKEY_LOCAL_MACHINE\\${POLICY_REGISTRY_PATH}`;

function regString(text: string): string {
  return `"${text.replaceAll('\\', '\\\\').replaceAll('"', '\\"')}"`;
}

function dword(value: number): string {
  if (!Number.isInteger(value) || value < 0 || value > 0xffffffff)
    throw new Error(`${value} is no DWORD`);
  return `dword:${value.toString(16).padStart(8, '0')}`;
}

function regValue(value: unknown): string {
  if (typeof value === 'string') return regString(value);
  if (typeof value === 'boolean') return dword(value ? 1 : 0);
  if (typeof value === 'number') return dword(value);
  throw new Error(`no registry form for ${typeof value}`);
}

/** The lines of the export, without the header and line ends. */
export function exampleRegLines(): string[] {
  const values: string[] = [];
  const lists: { key: string; items: readonly unknown[] }[] = [];
  for (const key of policyKeys) {
    const { kind, example } = policyTable[key];
    if (kind === 'list') lists.push({ key, items: example });
    else values.push(`${regString(key)}=${regValue(example)}`);
  }
  lists.sort((a, b) => a.key.toLowerCase().localeCompare(b.key.toLowerCase()));
  return [
    `[${REG_ROOT}]`,
    ...values,
    ...lists.flatMap(({ key, items }) => [
      '',
      `[${REG_ROOT}\\${key}]`,
      ...items.map((item, index) => `${regString(String(index + 1))}=${regValue(item)}`),
    ]),
  ];
}

export function renderRegFile(): Buffer {
  // regedit ends the file with an empty line after the last value.
  const text = ['Windows Registry Editor Version 5.00', '', ...exampleRegLines(), '', ''].join(
    '\r\n',
  );
  return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
}
