/**
 * A .reg export as regedit writes it ("Windows Registry Editor Version 5.00",
 * UTF-16LE with a BOM, CRLF), or an older REGEDIT4 one in the ANSI code page,
 * parsed into the same tree as `reg query` output. Only reading: what regedit
 * would delete (`[-key]`, `"name"=-`) is skipped.
 */
import { POLICY_REGISTRY_PATH } from '../../shared/policy';
import { decodeText } from './decode-text';
import {
  emptyRegistryKey,
  ensureRegistryKey,
  policyFromRegistry,
  registryKeyAt,
  type RegistryKey,
  type RegistryValue,
} from './registry';
import { readPolicyBytes, unreadableSource, type PolicyRead } from './source-read';

export class RegFileParseError extends Error {
  constructor(
    readonly line: number,
    reason: string,
  ) {
    super(`line ${line}: ${reason}`);
  }
}

const headers = new Map([
  ['Windows Registry Editor Version 5.00', 5],
  ['REGEDIT4', 4],
]);

/** Parses a .reg file; a line it cannot read throws RegFileParseError with the line's number. */
export function parseRegFile(buffer: Uint8Array): RegistryKey {
  const lines = decodeText(buffer).split(/\r\n|\n|\r/);
  const root = emptyRegistryKey();
  let version: number | undefined;
  let current: RegistryKey | null = null;
  let deleting = false;
  for (let index = 0; index < lines.length; index++) {
    const number = index + 1;
    let line = lines[index]!.trim();
    // regedit wraps long hex values: a line ending in `\` goes on in the next one.
    while (
      /^(?:@|"(?:[^"\\]|\\.)*")=hex/i.test(line) &&
      line.endsWith('\\') &&
      index + 1 < lines.length
    )
      line = line.slice(0, -1) + lines[++index]!.trim();
    if (line === '' || line.startsWith(';')) continue;
    if (version === undefined) {
      version = headers.get(line);
      if (version === undefined) throw new RegFileParseError(number, 'not a registry export');
      continue;
    }
    if (line.startsWith('[')) {
      if (!line.endsWith(']')) throw new RegFileParseError(number, 'a key without its closing ]');
      const path = line.slice(1, -1);
      // `[-key]` deletes a key on import: nothing in it is policy.
      current = path.startsWith('-') ? null : ensureRegistryKey(root, path);
      deleting = path.startsWith('-');
      continue;
    }
    if (current === null) {
      if (deleting) continue;
      throw new RegFileParseError(number, 'a value before any key');
    }
    const [name, rest] = readName(line, number);
    if (rest === '-') continue;
    current.values[name] = readData(rest, version, number);
  }
  if (version === undefined) throw new RegFileParseError(1, 'empty file');
  return root;
}

function readName(line: string, number: number): [string, string] {
  if (line.startsWith('@=')) return ['', line.slice(2)];
  if (!line.startsWith('"')) throw new RegFileParseError(number, 'a value name must be in quotes');
  const { text, end } = readQuoted(line, 0, number);
  if (line[end] !== '=') throw new RegFileParseError(number, 'expected = after the value name');
  return [text, line.slice(end + 1)];
}

/** A quoted string from `start` (the opening quote) with regedit's escapes `\\` and `\"`. */
function readQuoted(line: string, start: number, number: number): { text: string; end: number } {
  let text = '';
  for (let i = start + 1; i < line.length; i++) {
    const char = line[i]!;
    if (char === '"') return { text, end: i + 1 };
    if (char === '\\' && (line[i + 1] === '\\' || line[i + 1] === '"')) {
      text += line[++i];
      continue;
    }
    text += char;
  }
  throw new RegFileParseError(number, 'a string without its closing quote');
}

const hexTypes: Record<string, RegistryValue['type']> = {
  '0': 'REG_NONE',
  '1': 'REG_SZ',
  '2': 'REG_EXPAND_SZ',
  '3': 'REG_BINARY',
  '4': 'REG_DWORD',
  '7': 'REG_MULTI_SZ',
  b: 'REG_QWORD',
};

function readData(data: string, version: number, number: number): RegistryValue {
  if (data.startsWith('"')) {
    const { text, end } = readQuoted(data, 0, number);
    if (end !== data.length) throw new RegFileParseError(number, 'text after the closing quote');
    return { type: 'REG_SZ', value: text };
  }
  const dword = /^dword:([0-9a-f]{1,8})$/i.exec(data);
  if (dword) return { type: 'REG_DWORD', value: Number.parseInt(dword[1]!, 16) };
  const hex = /^hex(?:\(([0-9a-f]+)\))?:(.*)$/i.exec(data);
  if (!hex) throw new RegFileParseError(number, 'a value regedit would not write');
  const bytes = readBytes(hex[2]!, number);
  const type = hex[1] === undefined ? 'REG_BINARY' : hexTypes[hex[1].toLowerCase()];
  switch (type) {
    case 'REG_SZ':
    case 'REG_EXPAND_SZ':
      return { type, value: hexText(bytes, version).replace(/\0+$/, '') };
    case 'REG_MULTI_SZ': {
      const text = hexText(bytes, version).replace(/\0+$/, '');
      return { type, value: text === '' ? [] : text.split('\0') };
    }
    case 'REG_DWORD':
    case 'REG_QWORD': {
      const size = type === 'REG_DWORD' ? 4 : 8;
      if (bytes.length !== size) throw new RegFileParseError(number, `${type} needs ${size} bytes`);
      const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
      const value = size === 4 ? view.getUint32(0, true) : Number(view.getBigUint64(0, true));
      return { type, value };
    }
    case 'REG_BINARY':
    case 'REG_NONE':
      return { type, value: bytes };
    default:
      return { type: 'unsupported', value: `hex(${hex[1]})` };
  }
}

function readBytes(list: string, number: number): Uint8Array {
  const parts = list.split(',').map((part) => part.trim());
  if (parts.length === 1 && parts[0] === '') return new Uint8Array();
  if (!parts.every((part) => /^[0-9a-f]{1,2}$/i.test(part)))
    throw new RegFileParseError(
      number,
      'hex bytes must be pairs of hex digits separated by commas',
    );
  return Uint8Array.from(parts, (part) => Number.parseInt(part, 16));
}

/** Strings in hex(1), hex(2) and hex(7) are UTF-16LE in version 5, ANSI bytes in REGEDIT4. */
function hexText(bytes: Uint8Array, version: number): string {
  return new TextDecoder(version === 5 ? 'utf-16le' : 'latin1').decode(bytes);
}

const hives = [
  { name: 'HKEY_LOCAL_MACHINE', short: 'HKLM' },
  { name: 'HKEY_CURRENT_USER', short: 'HKCU' },
] as const;

/**
 * The policy in a .reg export, one source per hive it holds (machine first,
 * as on Windows), named `<file> (HKLM)` when it holds both. Null when the
 * file does not exist; a file without the policy key cannot be used.
 */
export async function readRegFilePolicy(path: string): Promise<PolicyRead[] | null> {
  const bytes = await readPolicyBytes(path);
  if (bytes === null) return null;
  return Buffer.isBuffer(bytes) ? regFilePolicyReads(path, bytes) : [bytes];
}

export function regFilePolicyReads(source: string, bytes: Uint8Array): PolicyRead[] {
  let root: RegistryKey;
  try {
    root = parseRegFile(bytes);
  } catch (error) {
    return [unreadableSource(source, 'policy.problem.notRegExport', (error as Error).message)];
  }
  const found = hives.flatMap(({ name, short }) => {
    const key = registryKeyAt(root, `${name}\\${POLICY_REGISTRY_PATH}`);
    return key ? [{ short, key }] : [];
  });
  if (found.length === 0)
    return [
      unreadableSource(
        source,
        'policy.problem.noPolicyKey',
        `no [HKEY_LOCAL_MACHINE\\${POLICY_REGISTRY_PATH}] or [HKEY_CURRENT_USER\\${POLICY_REGISTRY_PATH}]`,
      ),
    ];
  return found.map(({ short, key }) => ({
    source: found.length === 1 ? source : `${source} (${short})`,
    values: policyFromRegistry(key),
    fromRegistry: true,
  }));
}
