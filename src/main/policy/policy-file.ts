/**
 * A policy file IT hands to `npm run policy:check`: a policy.json, a
 * managed-preferences plist (XML or binary) or a .reg export, told apart by
 * their first bytes, then by the file's extension.
 */
import { extname } from 'node:path';
import { decodeText } from './decode-text';
import { jsonPolicyRead } from './json-file';
import { isBinaryPlist, plistPolicyRead } from './plist';
import { regFilePolicyReads } from './reg-file';
import { readPolicyBytes, type PolicyRead } from './source-read';

export type PolicyFileFormat = 'json' | 'plist' | 'reg';

export function policyFileFormat(path: string, bytes: Uint8Array): PolicyFileFormat {
  if (isBinaryPlist(bytes)) return 'plist';
  const start = decodeText(bytes.subarray(0, 512)).trimStart();
  if (start.startsWith('Windows Registry Editor') || start.startsWith('REGEDIT4')) return 'reg';
  if (start.startsWith('<')) return 'plist';
  const extension = extname(path).toLowerCase();
  return extension === '.reg' ? 'reg' : extension === '.plist' ? 'plist' : 'json';
}

/** The file's sources (a .reg export may hold the machine's and the user's key); null when there is no file. */
export async function readPolicyFile(path: string): Promise<PolicyRead[] | null> {
  const bytes = await readPolicyBytes(path);
  if (bytes === null) return null;
  if (!Buffer.isBuffer(bytes)) return [bytes];
  switch (policyFileFormat(path, bytes)) {
    case 'reg':
      return regFilePolicyReads(path, bytes);
    case 'plist':
      return [plistPolicyRead(path, bytes)];
    case 'json':
      return [jsonPolicyRead(path, bytes)];
  }
}
