/**
 * Policy from the Windows registry: `HKLM\SOFTWARE\Policies\Sprechstunde`
 * and the same under HKCU, read through `reg.exe query … /s` behind an
 * interface, so the parsing of what it prints is a pure function tested on
 * recorded output. The .reg export regedit writes is parsed in reg-file.ts into
 * the same tree.
 */
import { execFile } from 'node:child_process';
import { win32 } from 'node:path';
import {
  isPolicyKey,
  POLICY_REGISTRY_PATH,
  policyKeys,
  policyTable,
  type PolicySpec,
} from '../../shared/policy';
import { unreadableSource, type PolicyRead } from './source-read';

/** A registry value, typed as reg.exe and regedit name it. */
export type RegistryValue =
  | { type: 'REG_SZ' | 'REG_EXPAND_SZ'; value: string }
  | { type: 'REG_DWORD' | 'REG_QWORD'; value: number }
  | { type: 'REG_MULTI_SZ'; value: string[] }
  | { type: 'REG_BINARY' | 'REG_NONE'; value: Uint8Array }
  /** A type no policy uses (REG_LINK, REG_RESOURCE_LIST, …): kept by name only. */
  | { type: 'unsupported'; value: string };

export interface RegistryKey {
  values: Record<string, RegistryValue>;
  subkeys: Record<string, RegistryKey>;
}

export type RegistryHive = 'HKLM' | 'HKCU';

export interface RegResult {
  code: number;
  stdout: string;
  stderr: string;
}
export type RunReg = (args: string[]) => Promise<RegResult>;

const hiveNames: Record<string, string> = {
  HKLM: 'HKEY_LOCAL_MACHINE',
  HKCU: 'HKEY_CURRENT_USER',
};

/** A key's values and subkeys without Object's prototype: a value may be named `__proto__`. */
export function emptyRegistryKey(): RegistryKey {
  return {
    values: Object.create(null) as RegistryKey['values'],
    subkeys: Object.create(null) as RegistryKey['subkeys'],
  };
}

/** The key at `path` (`HKLM\SOFTWARE\…` or `HKEY_LOCAL_MACHINE\SOFTWARE\…`); names compare without case, as Windows does. */
export function registryKeyAt(root: RegistryKey, path: string): RegistryKey | undefined {
  let key: RegistryKey | undefined = root;
  for (const [index, part] of path.split('\\').entries()) {
    if (!key || part === '') continue;
    const name = index === 0 ? (hiveNames[part.toUpperCase()] ?? part) : part;
    key = childKey(key, name);
  }
  return key;
}

/** Creates the keys along `path` as a parser meets them. */
export function ensureRegistryKey(root: RegistryKey, path: string): RegistryKey {
  let key = root;
  for (const part of path.split('\\')) {
    if (part === '') continue;
    let child = childKey(key, part);
    if (!child) {
      child = emptyRegistryKey();
      key.subkeys[part] = child;
    }
    key = child;
  }
  return key;
}

function childKey(key: RegistryKey, name: string): RegistryKey | undefined {
  const exact = key.subkeys[name];
  if (exact) return exact;
  const lower = name.toLowerCase();
  for (const [candidate, child] of Object.entries(key.subkeys))
    if (candidate.toLowerCase() === lower) return child;
  return undefined;
}

export class RegQueryParseError extends Error {
  constructor(readonly line: number) {
    super(`reg query output, line ${line}: not a key or a value`);
  }
}

// What reg.exe prints, as Wine's reg (programs/reg/query.c) reproduces it and its
// tests (programs/reg/tests/query.c) check against Windows: a blank line, then per
// key its full path (HKEY_… spelled out), then one line per value, `    Name    TYPE
// data` (four spaces before each field; data empty for an empty value), a blank line
// after each key's values. REG_DWORD prints as `0x%x`, REG_MULTI_SZ joins its strings
// with a literal `\0`, REG_BINARY prints hex digits.
const valueLine = /^ {4}(.*?) {4}(REG_[A-Z_]+)(?: {4}(.*))?$/;

/**
 * Parses the output of `reg query <key> /s`. Text that is neither a key nor
 * a value (a REG_SZ with a line break in it, say) throws RegQueryParseError:
 * a value must not be half read.
 */
export function parseRegQuery(stdout: string): RegistryKey {
  const root = emptyRegistryKey();
  let current: RegistryKey | null = null;
  for (const [index, line] of stdout.split(/\r?\n/).entries()) {
    if (line.trim() === '') continue;
    if (line.startsWith('HKEY_')) {
      current = ensureRegistryKey(root, line.trimEnd());
      continue;
    }
    const match = current && line.startsWith('    ') ? valueLine.exec(line) : null;
    if (!current || !match) throw new RegQueryParseError(index + 1);
    const [, name = '', type = '', data = ''] = match;
    current.values[name] = queryValue(type, data);
  }
  return root;
}

function queryValue(type: string, data: string): RegistryValue {
  switch (type) {
    case 'REG_SZ':
    case 'REG_EXPAND_SZ':
      return { type, value: data };
    case 'REG_DWORD':
    case 'REG_QWORD':
      return { type, value: Number.parseInt(data.replace(/^0x/i, ''), 16) };
    case 'REG_MULTI_SZ':
      return { type, value: data === '' ? [] : data.split('\\0') };
    case 'REG_BINARY':
    case 'REG_NONE':
      return { type, value: Uint8Array.from(Buffer.from(data, 'hex')) };
    default:
      return { type: 'unsupported', value: type };
  }
}

/** The table's spelling of a name, if it is a policy key in any case; else the name as written. */
function policyName(name: string): string {
  const lower = name.toLowerCase();
  return policyKeys.find((key) => key.toLowerCase() === lower) ?? name;
}

/**
 * The policy in a registry key, converted by each key's kind in the table:
 * REG_SZ a string; REG_DWORD a number, and for a boolean key 0 and 1 false and
 * true (any other number stays one, so validation names it); a list key the
 * subkey named after it, its values `1`, `2`, … in numeric order (as an ADMX
 * `<list>` and Chrome write them). Names are given the table's spelling; names
 * that are no policy key are passed on as written, so the merge reports them.
 */
export function policyFromRegistry(key: RegistryKey): Record<string, unknown> {
  const values = Object.create(null) as Record<string, unknown>;
  for (const [written, value] of Object.entries(key.values)) {
    const name = policyName(written);
    values[name] = plainValue(value, name);
  }
  for (const [written, subkey] of Object.entries(key.subkeys)) {
    const name = policyName(written);
    const isList = isPolicyKey(name) && (policyTable[name] as PolicySpec).kind === 'list';
    // A list key is its subkey; another key named as a subkey is wrong unless a value decides.
    if (isList || !Object.hasOwn(values, name)) values[name] = listFromSubkey(subkey);
  }
  return values;
}

function listFromSubkey(subkey: RegistryKey): unknown[] {
  return Object.entries(subkey.values)
    .filter(([name]) => /^\d+$/.test(name))
    .sort(([a], [b]) => Number(a) - Number(b))
    .map(([name, value]) => plainValue(value, name));
}

function plainValue(value: RegistryValue, name: string): unknown {
  switch (value.type) {
    case 'REG_DWORD':
    case 'REG_QWORD': {
      const isBoolean = isPolicyKey(name) && (policyTable[name] as PolicySpec).kind === 'boolean';
      return isBoolean && (value.value === 0 || value.value === 1)
        ? value.value === 1
        : value.value;
    }
    case 'unsupported':
      // Never a string or number a schema could take for a real value.
      return { registryType: value.value };
    default:
      return value.value;
  }
}

/** What a notice names: `HKLM\SOFTWARE\Policies\Sprechstunde`. */
export function registrySourceName(hive: RegistryHive): string {
  return `${hive}\\${POLICY_REGISTRY_PATH}`;
}

/**
 * Reads the policy under one hive. A key that does not exist (reg exits 1)
 * is no source; any other failure — reg.exe missing, timed out, output it
 * cannot parse — is a source that cannot be read, so the network stays closed.
 */
export async function readRegistryPolicy(
  hive: RegistryHive,
  runReg: RunReg,
): Promise<PolicyRead | null> {
  const source = registrySourceName(hive);
  let result: RegResult;
  try {
    result = await runReg(['query', source, '/s']);
  } catch (error) {
    return unreadableSource(source, 'policy.problem.unreadable', (error as Error).message);
  }
  if (result.code === 1) return null;
  if (result.code !== 0)
    return unreadableSource(source, 'policy.problem.unreadable', `reg exited with ${result.code}`);
  let root: RegistryKey;
  try {
    root = parseRegQuery(result.stdout);
  } catch (error) {
    return unreadableSource(source, 'policy.problem.unreadable', (error as Error).message);
  }
  // An empty key prints no path at all: it exists, and sets nothing.
  const key = registryKeyAt(root, source);
  return { source, values: key ? policyFromRegistry(key) : {}, fromRegistry: true };
}

const REG_TIMEOUT_MS = 5000;

/**
 * Runs `%SystemRoot%\System32\reg.exe` by its full path (never one found first on
 * PATH or in the working folder). reg writes in the console's OEM code page, so a
 * value with characters beyond ASCII may arrive changed; the policy's values are
 * URLs, names and numbers.
 */
export function runRegExe(env: NodeJS.ProcessEnv = process.env): RunReg {
  const reg = win32.join(env.SystemRoot ?? 'C:\\Windows', 'System32', 'reg.exe');
  return (args) =>
    new Promise((resolve) => {
      execFile(
        reg,
        args,
        { timeout: REG_TIMEOUT_MS, windowsHide: true, maxBuffer: 1024 * 1024, encoding: 'utf8' },
        (error, stdout, stderr) => {
          const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
          resolve({ code, stdout, stderr });
        },
      );
    });
}
