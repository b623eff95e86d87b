/**
 * What the messages of the settings schema and of the policy mean, in English
 * for IT at a terminal (the app shows the same problems translated).
 */
import type { PolicyProblem } from '../../shared/effective-settings';
import {
  isPolicyKey,
  POLICY_REGISTRY_PATH,
  policyKeys,
  policyTable,
  type PolicySpec,
} from '../../shared/policy';
import { MAX_LIST_ENTRIES } from '../../shared/settings';

const settingMessages: Record<string, string> = {
  'validation.serverUrl.invalid':
    'must be an https:// origin without path, query, user name or trailing dot, e.g. "https://meet.example.org"',
  'validation.extraOrigins.invalid':
    'each entry must be an https:// or wss:// origin without path, e.g. "wss://xmpp.example.org"',
  'validation.list.tooLong': `has too many entries (at most ${MAX_LIST_ENTRIES})`,
  'validation.iceServers.invalid':
    'each entry must be a stun:, turn: or turns: server, e.g. "turns:turn.example.org:443?transport=tcp"',
  'validation.iceServers.onePerType':
    'may name at most one server of each type (stun, turn, turns)',
  'validation.spkiPins.invalid': 'each entry must be a base64 SHA-256 pin of 44 characters',
};

const sourceMessages: Record<string, string> = {
  'policy.problem.unreadable': 'cannot be read',
  'policy.problem.notJson': 'is not valid JSON',
  'policy.problem.notObject': 'is not one JSON object of policy keys',
  'policy.problem.notPlist': 'is not a property list with a dictionary of policy keys',
  'policy.problem.tooLarge': 'is larger than 1 MiB: too large to be a policy',
  'policy.problem.notRegExport': 'is not a registry export as regedit writes it',
  'policy.problem.noPolicyKey': `holds no [HKEY_LOCAL_MACHINE\\${POLICY_REGISTRY_PATH}] or [HKEY_CURRENT_USER\\${POLICY_REGISTRY_PATH}] key`,
};

const kindNames: Record<PolicySpec['kind'], string> = {
  string: 'text (in the registry a REG_SZ)',
  boolean: 'true or false (in the registry a REG_DWORD 1 or 0)',
  number: 'a whole number (in the registry a REG_DWORD)',
  list: 'a list (in the registry a subkey named after the key, with values 1, 2, …)',
};

/** A settings file's field message, explained. */
export function explainSetting(message: string): string {
  return settingMessages[message] ?? message;
}

/** One policy problem as a line naming the source (the file) and the key. */
export function explainPolicyProblem(
  { key, source, problem }: PolicyProblem,
  detail?: string,
): string {
  if (key === null) {
    const text = sourceMessages[problem] ?? problem;
    return `${source}: ${text}${detail ? ` (${detail})` : ''}`;
  }
  return `${source}: ${key} ${explainKeyProblem(key, problem)}`;
}

function explainKeyProblem(key: string, problem: string): string {
  if (problem === 'policy.problem.unknownKey') {
    const near = policyKeys.find((candidate) => candidate.toLowerCase() === key.toLowerCase());
    return near
      ? `is not a policy key; did you mean ${near}? (keys are case-sensitive outside the registry)`
      : 'is not a policy key';
  }
  const spec: PolicySpec | undefined = isPolicyKey(key) ? policyTable[key] : undefined;
  if (
    spec?.range &&
    (problem === 'policy.problem.number' || problem.startsWith('validation.retention'))
  )
    return `must be a whole number from ${spec.range.min} to ${spec.range.max}`;
  if (spec?.choices && problem === 'policy.problem.choice')
    return `must be one of: ${spec.choices.join(', ')}`;
  switch (problem) {
    case 'policy.problem.boolean':
      return `must be ${kindNames.boolean}`;
    case 'policy.problem.httpsUrl':
      return 'must be an https:// URL';
    case 'policy.problem.pinHash':
      return 'must be a scrypt hash as npm run kiosk:pin-hash prints it';
  }
  if (settingMessages[problem]) return settingMessages[problem];
  // zod's own message for a value of the wrong type, e.g. text where a list belongs.
  return spec ? `must be ${kindNames[spec.kind]} (${problem})` : `is not valid (${problem})`;
}
