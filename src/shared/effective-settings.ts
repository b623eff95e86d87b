/**
 * Effective settings = defaults ⊕ the counsellor's settings ⊕ policy. The
 * policy's sources come in order of precedence (machine before user on
 * Windows); for each key the first source that names it decides, valid or
 * not: an invalid value never falls back to a lower source or to the
 * counsellor's value. An invalid network key (or a source that cannot be
 * read, which might have held one) keeps the network closed; any other
 * invalid key is locked at its default. Every such case is a problem the
 * settings show and main logs.
 */
import type { z } from 'zod';
import { isPolicyKey, policyKeys, policyTable, type PolicyKey, type PolicySpec } from './policy';
import type { UserSettings } from './settings';

/** What one source held, as plain values (a registry DWORD already a boolean where the key is one). */
export interface PolicySourceRead {
  /** What a notice names: `HKLM\SOFTWARE\Policies\Sprechstunde`, a plist's or policy.json's path. */
  source: string;
  values: Record<string, unknown>;
  /** The source exists but cannot be read or parsed: an i18n key (`policy.problem.*`). */
  unreadable?: string;
}

export interface PolicyProblem {
  /** The key as IT wrote it; null when the whole source is the problem. */
  key: string | null;
  source: string;
  /** An i18n key: `policy.problem.*`, or a setting's own `validation.*` message. */
  problem: string;
}

export type PolicyValue<K extends PolicyKey> = z.output<(typeof policyTable)[K]['schema']>;

export interface Policy {
  /** The valid values IT set. */
  values: { [K in PolicyKey]?: PolicyValue<K> };
  /** The source of every key IT named, valid or not. */
  sources: { [K in PolicyKey]?: string };
  /** Keys IT named with a value that is not valid. */
  invalid: PolicyKey[];
  problems: PolicyProblem[];
  /** An invalid network key or an unreadable source: nothing but the app's bundle loads. */
  networkClosed: boolean;
  /** Keys changed while the app runs whose change applies at the next start. */
  restartNeeded: PolicyKey[];
}

/** A policy that sets nothing: a fresh one each time, as mergePolicy fills it in. */
function emptyPolicy(): Policy {
  return {
    values: {},
    sources: {},
    invalid: [],
    problems: [],
    networkClosed: false,
    restartNeeded: [],
  };
}

export const noPolicy: Policy = emptyPolicy();

/** Registry value names are not case-sensitive; plist and JSON keys are. */
export function mergePolicy(
  sources: readonly PolicySourceRead[],
  options: { caseInsensitive?: (source: PolicySourceRead) => boolean } = {},
): Policy {
  const policy = emptyPolicy();
  const values = policy.values as Record<string, unknown>;
  const named = policy.sources as Record<string, string>;
  for (const source of sources) {
    if (source.unreadable) {
      policy.problems.push({ key: null, source: source.source, problem: source.unreadable });
      policy.networkClosed = true;
      continue;
    }
    const ignoreCase = options.caseInsensitive?.(source) ?? false;
    for (const [name, raw] of Object.entries(source.values)) {
      const key = ignoreCase
        ? policyKeys.find((candidate) => candidate.toLowerCase() === name.toLowerCase())
        : isPolicyKey(name)
          ? name
          : undefined;
      if (key === undefined) {
        policy.problems.push({
          key: name,
          source: source.source,
          problem: 'policy.problem.unknownKey',
        });
        continue;
      }
      if (named[key] !== undefined) continue; // a source before this one decided
      named[key] = source.source;
      const spec = policyTable[key];
      const parsed = spec.schema.safeParse(raw);
      if (parsed.success) {
        values[key] = parsed.data;
        continue;
      }
      policy.invalid.push(key);
      policy.problems.push({
        key,
        source: source.source,
        problem: parsed.error.issues[0]?.message ?? 'policy.problem.invalid',
      });
      if ((spec as PolicySpec).network) policy.networkClosed = true;
    }
  }
  return policy;
}

/** The value in force for a key only IT sets: the policy's, else the table's default. */
export function policyValue<K extends PolicyKey>(
  policy: Policy,
  key: K,
): PolicyValue<K> | (typeof policyTable)[K]['default'] {
  const value = policy.values[key];
  return value === undefined ? policyTable[key].default : value;
}

/** The setting a policy key locks, for the keys that lock one. */
const lockingKeys = policyKeys.flatMap((key) => {
  const spec: PolicySpec = policyTable[key];
  return spec.setting ? [{ key, setting: spec.setting }] : [];
});

export interface EffectiveSettings {
  settings: UserSettings;
  /** Settings IT set (valid or not): read-only for the counsellor, refused over IPC. */
  locked: { setting: keyof UserSettings; key: PolicyKey; source: string }[];
  /** `RetentionMaxDays`, when IT set a ceiling and no fixed `RetentionDays`. */
  retentionMaxDays: number | null;
}

export function effectiveSettings(
  user: UserSettings,
  policy: Policy,
  defaults: UserSettings,
): EffectiveSettings {
  const settings: Record<string, unknown> = { ...user };
  const locked: EffectiveSettings['locked'] = [];
  for (const { key, setting } of lockingKeys) {
    const source = policy.sources[key];
    if (source === undefined) continue;
    const value = policy.values[key];
    // Invalid: the default, never the counsellor's value (a network key also closes the network).
    settings[setting] = value === undefined ? defaults[setting] : value;
    locked.push({ setting, key, source });
  }
  const ceiling =
    policy.sources.RetentionDays === undefined ? (policy.values.RetentionMaxDays ?? null) : null;
  if (ceiling !== null && (settings.retentionDays as number) > ceiling)
    settings.retentionDays = ceiling;
  return { settings: settings as UserSettings, locked, retentionMaxDays: ceiling };
}

/** The settings as the network guard sees them while policy keeps the network closed: no server, no extra origins. */
export function withNetworkClosed(settings: UserSettings): UserSettings {
  return { ...settings, serverUrl: null, extraOrigins: [] };
}
