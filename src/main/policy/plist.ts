/**
 * macOS managed preferences: the plist a configuration profile installs
 * under /Library/Managed Preferences for the app's bundle id, binary
 * (`bplist00`, as macOS writes it) or XML. plist.js parses both.
 */
import { DOMParser } from '@xmldom/xmldom';
import { parse, parseBinary, type PlistValue } from 'plist';
import { decodeText } from './decode-text';
import { readPolicyBytes, unreadableSource, type PolicyRead } from './source-read';

/**
 * Keys macOS adds beside the payload's own: which profile installed it, and
 * whether by hand (osquery's managed_policies table, which reads the same
 * files, skips them alike).
 */
const housekeepingKeys = new Set(['PayloadUUID', '_manualProfile']);

/** The payload's keys at the plist's top level. Throws when the bytes are no plist. */
export function policyFromPlist(bytes: Uint8Array): Record<string, unknown> | null {
  // plist.js takes any bytes for binary; XML goes in as text.
  const root: PlistValue = isBinaryPlist(bytes) ? parseBinary(bytes) : parseXml(decodeText(bytes));
  if (root === null || typeof root !== 'object' || Array.isArray(root) || isOpaque(root))
    return null;
  const values: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(root))
    if (!housekeepingKeys.has(key)) values[key] = value;
  return values;
}

/**
 * plist.js's XML parser (xmldom) prints what it finds wrong to the console; read
 * once with xmldom reporting to us instead, anything it would say is a broken plist.
 */
function parseXml(xml: string): PlistValue {
  new DOMParser({
    onError: (_level, message) => {
      throw new Error(message);
    },
  }).parseFromString(xml, 'text/xml');
  return parse(xml);
}

export function isBinaryPlist(bytes: Uint8Array): boolean {
  return (
    Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(8, bytes.byteLength)).toString(
      'latin1',
    ) === 'bplist00'
  );
}

function isOpaque(value: object): boolean {
  return value instanceof Date || value instanceof Uint8Array;
}

/** Null when the file does not exist; a file that is no plist, or no dictionary, cannot be used. */
export async function readPlistPolicy(path: string): Promise<PolicyRead | null> {
  const bytes = await readPolicyBytes(path);
  return bytes === null || !Buffer.isBuffer(bytes) ? bytes : plistPolicyRead(path, bytes);
}

export function plistPolicyRead(source: string, bytes: Uint8Array): PolicyRead {
  let values: Record<string, unknown> | null;
  try {
    values = policyFromPlist(bytes);
  } catch (error) {
    return unreadableSource(source, 'policy.problem.notPlist', (error as Error).message);
  }
  if (values === null)
    return unreadableSource(source, 'policy.problem.notPlist', 'the plist is not a dictionary');
  return { source, values };
}
