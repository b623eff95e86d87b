/**
 * The example configuration profile for macOS: one
 * `com.apple.ManagedClient.preferences` payload that forces the table's
 * examples for the app's bundle id (`PayloadContent` → bundle id → `Forced` →
 * `mcx_preference_settings`), as Apple's Profile Manager and the MDMs write
 * "Custom Settings" (the shape mcxToProfile and ProfileCreator produce).
 * macOS installs these values as `/Library/Managed Preferences/<bundle id>.plist`.
 * The XML is written here, not with plist.js: the app reads plists with
 * plist.js, and the round-trip test should not pass on one library's own output.
 */
import { createHash } from 'node:crypto';
import { POLICY_BUNDLE_ID, policyKeys, policyTable } from '../src/shared/policy';
import { escapeXml } from './policy-template-admx';

/** RFC 9562's name-based UUID (version 5, SHA-1). */
export function uuidV5(name: string, namespace: string): string {
  const hash = createHash('sha1')
    .update(Buffer.from(namespace.replaceAll('-', ''), 'hex'))
    .update(name, 'utf8')
    .digest();
  hash[6] = (hash[6]! & 0x0f) | 0x50;
  hash[8] = (hash[8]! & 0x3f) | 0x80;
  const hex = hash.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}

/** RFC 9562's DNS namespace: the profile's UUIDs are named for the bundle id, so they never change. */
const DNS_NAMESPACE = '6ba7b810-9dad-11d1-80b4-00c04fd430c8';
const PROFILE_NAMESPACE = uuidV5(POLICY_BUNDLE_ID, DNS_NAMESPACE);
export const PROFILE_IDENTIFIER = `${POLICY_BUNDLE_ID}.policy`;

/** A value in a plist's XML form, with the native type (never a string for a number). */
function plistValue(value: unknown, indent: string): string[] {
  if (typeof value === 'boolean') return [`${indent}<${value}/>`];
  if (typeof value === 'number') {
    if (!Number.isInteger(value)) throw new Error(`the profile has integers only, not ${value}`);
    return [`${indent}<integer>${value}</integer>`];
  }
  if (typeof value === 'string') return [`${indent}<string>${escapeXml(value)}</string>`];
  if (Array.isArray(value)) {
    return [
      `${indent}<array>`,
      ...value.flatMap((item) => plistValue(item, `${indent}\t`)),
      `${indent}</array>`,
    ];
  }
  throw new Error(`no plist form for ${typeof value}`);
}

function plistDict(entries: [string, unknown][], indent: string): string[] {
  return [
    `${indent}<dict>`,
    ...entries.flatMap(([key, value]) => [
      `${indent}\t<key>${escapeXml(key)}</key>`,
      ...(isRaw(value)
        ? value.lines.map((line) => `${indent}\t${line}`)
        : plistValue(value, `${indent}\t`)),
    ]),
    `${indent}</dict>`,
  ];
}

/** Lines already in plist form (a nested dict or array of dicts). */
interface Raw {
  lines: string[];
}
const raw = (lines: string[]): Raw => ({ lines });
function isRaw(value: unknown): value is Raw {
  return typeof value === 'object' && value !== null && 'lines' in value;
}

/** The dict a profile installs as the managed preferences: every key with its example. */
export function examplePreferences(): [string, unknown][] {
  return policyKeys.map((key) => [key, policyTable[key].example]);
}

export function renderMobileconfig(): string {
  const settings = plistDict(examplePreferences(), '');
  const forced = [
    '<array>',
    ...plistDict([['mcx_preference_settings', raw(settings)]], '\t'),
    '</array>',
  ];
  const preferences = plistDict(
    [[POLICY_BUNDLE_ID, raw(plistDict([['Forced', raw(forced)]], ''))]],
    '',
  );
  // Keys in the order plutil writes them: sorted.
  const payload = plistDict(
    [
      ['PayloadContent', raw(preferences)],
      ['PayloadDisplayName', 'Sprechstunde'],
      ['PayloadEnabled', true],
      ['PayloadIdentifier', `${PROFILE_IDENTIFIER}.preferences`],
      ['PayloadType', 'com.apple.ManagedClient.preferences'],
      ['PayloadUUID', uuidV5('preferences', PROFILE_NAMESPACE).toUpperCase()],
      ['PayloadVersion', 1],
    ],
    '',
  );
  const profile = plistDict(
    [
      ['PayloadContent', raw(['<array>', ...payload.map((line) => `\t${line}`), '</array>'])],
      [
        'PayloadDescription',
        'Beispiel: die Richtlinie für Sprechstunde mit den Beispielwerten aus README. / Example: the policy for Sprechstunde with the example values from README.',
      ],
      ['PayloadDisplayName', 'Sprechstunde – Richtlinie (Beispiel) / policy (example)'],
      ['PayloadIdentifier', PROFILE_IDENTIFIER],
      ['PayloadOrganization', 'Beratungsstelle (Beispiel) / Counselling centre (example)'],
      ['PayloadScope', 'System'],
      ['PayloadType', 'Configuration'],
      ['PayloadUUID', uuidV5('profile', PROFILE_NAMESPACE).toUpperCase()],
      ['PayloadVersion', 1],
    ],
    '',
  );
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">',
    '<plist version="1.0">',
    ...profile,
    '</plist>',
    '',
  ].join('\n');
}
