import { describe, expect, it } from 'vitest';
import {
  effectiveSettings,
  mergePolicy,
  noPolicy,
  policyValue,
} from '../../../src/shared/effective-settings';
import { policyKeys, policyTable, type PolicySpec } from '../../../src/shared/policy';
import { defaultUserSettings, type UserSettings } from '../../../src/shared/settings';

const table: Record<string, PolicySpec> = policyTable;
const user: UserSettings = {
  ...defaultUserSettings,
  serverUrl: 'https://meet.mine.example',
  language: 'en',
  retentionDays: 90,
  relayOnly: false,
};

describe('the policy table', () => {
  it.each(policyKeys)('%s: its example is valid and its default is valid or none', (key) => {
    const spec = table[key]!;
    expect(spec.schema.safeParse(spec.example).success).toBe(true);
    if (spec.default !== null) expect(spec.schema.safeParse(spec.default).success).toBe(true);
    expect(spec.description.de.length).toBeGreaterThan(10);
    expect(spec.description.en.length).toBeGreaterThan(10);
  });

  it('sets each counsellor setting through one key at most, with that setting’s default', () => {
    const settings = policyKeys.flatMap((key) => table[key]!.setting ?? []);
    expect(new Set(settings).size).toBe(settings.length);
    for (const key of policyKeys) {
      const spec = table[key]!;
      if (spec.setting && spec.setting !== 'serverUrl')
        expect(spec.default).toEqual(defaultUserSettings[spec.setting]);
    }
  });

  it('has the keys the issue names', () => {
    expect(policyKeys).toEqual(
      expect.arrayContaining([
        'ServerUrl',
        'ExtraOrigins',
        'IceServers',
        'SpkiPins',
        'RelayOnly',
        'RetentionDays',
        'RetentionMaxDays',
        'Language',
        'AllowGuestJoin',
        'DefaultAccess',
        'EndToEndEncryption',
        'UpdateUrl',
        'KioskMode',
        'KioskExitPinHash',
        'KioskIdleMinutes',
      ]),
    );
  });

  it('takes only an https update URL and a strong scrypt PIN hash', () => {
    expect(policyTable.UpdateUrl.schema.safeParse('http://updates.example.org/').success).toBe(
      false,
    );
    const weak =
      'scrypt$1024$8$1$c3ByZWNoc3R1bmRlLWV4YW1wbGU=$Z2yEik4ME/ZlbxaRWeyiXsXQW4yiggzq0byO7n8jCcw=';
    expect(policyTable.KioskExitPinHash.schema.safeParse(weak).success).toBe(false);
  });
});

describe('mergePolicy', () => {
  it('lets the first source that names a key decide, valid or not', () => {
    const policy = mergePolicy([
      { source: 'HKLM', values: { Language: 'fr' } },
      { source: 'HKCU', values: { Language: 'de', RetentionDays: 7 } },
    ]);
    expect(policy.values).toEqual({ RetentionDays: 7 });
    expect(policy.sources).toEqual({ Language: 'HKLM', RetentionDays: 'HKCU' });
    expect(policy.invalid).toEqual(['Language']);
    expect(policy.problems).toEqual([
      { key: 'Language', source: 'HKLM', problem: 'policy.problem.choice' },
    ]);
    expect(policy.networkClosed).toBe(false);
  });

  it.each(['ServerUrl', 'ExtraOrigins', 'IceServers', 'SpkiPins', 'RelayOnly'])(
    'keeps the network closed for an invalid %s',
    (key) => {
      const policy = mergePolicy([
        { source: '/etc/sprechstunde/policy.json', values: { [key]: 42 } },
      ]);
      expect(policy.networkClosed).toBe(true);
      expect(policy.problems[0]).toMatchObject({ key, source: '/etc/sprechstunde/policy.json' });
    },
  );

  it('keeps the network closed for a source that cannot be read, naming the source', () => {
    const policy = mergePolicy([
      { source: '/etc/sprechstunde/policy.json', values: {}, unreadable: 'policy.problem.notJson' },
    ]);
    expect(policy).toMatchObject({
      networkClosed: true,
      problems: [
        { key: null, source: '/etc/sprechstunde/policy.json', problem: 'policy.problem.notJson' },
      ],
    });
  });

  it('names an unknown key without closing anything; registry names match in any case', () => {
    const json = mergePolicy([
      { source: 'policy.json', values: { serverurl: 'https://a.example' } },
    ]);
    expect(json.problems).toEqual([
      { key: 'serverurl', source: 'policy.json', problem: 'policy.problem.unknownKey' },
    ]);
    const registry = mergePolicy([{ source: 'HKLM', values: { serverurl: 'https://a.example' } }], {
      caseInsensitive: () => true,
    });
    expect(registry.values).toEqual({ ServerUrl: 'https://a.example' });
  });

  it('falls back to the table’s default for keys only IT sets', () => {
    expect(policyValue(noPolicy, 'AllowGuestJoin')).toBe(true);
    expect(policyValue(noPolicy, 'KioskIdleMinutes')).toBe(10);
    const policy = mergePolicy([{ source: 'f', values: { AllowGuestJoin: false } }]);
    expect(policyValue(policy, 'AllowGuestJoin')).toBe(false);
  });
});

describe('effectiveSettings', () => {
  it('is the counsellor’s settings where IT set nothing', () => {
    expect(effectiveSettings(user, noPolicy, defaultUserSettings)).toEqual({
      settings: user,
      locked: [],
      retentionMaxDays: null,
    });
  });

  it('takes and locks what policy sets, over the counsellor’s value', () => {
    const policy = mergePolicy([
      { source: 'HKLM', values: { ServerUrl: 'https://Meet.Org.example/', RelayOnly: true } },
    ]);
    const effective = effectiveSettings(user, policy, defaultUserSettings);
    expect(effective.settings).toMatchObject({
      serverUrl: 'https://meet.org.example',
      relayOnly: true,
    });
    expect(effective.locked).toEqual([
      { setting: 'serverUrl', key: 'ServerUrl', source: 'HKLM' },
      { setting: 'relayOnly', key: 'RelayOnly', source: 'HKLM' },
    ]);
  });

  it('never falls back to the counsellor’s value for an invalid key: the default, locked', () => {
    const policy = mergePolicy([
      { source: 'HKLM', values: { ServerUrl: 'http://x.example', Language: 'fr' } },
    ]);
    const effective = effectiveSettings(user, policy, defaultUserSettings);
    expect(effective.settings.serverUrl).toBeNull();
    expect(effective.settings.language).toBe('system');
    expect(effective.locked.map((lock) => lock.setting)).toEqual(['serverUrl', 'language']);
  });

  it('holds the retention under RetentionMaxDays, unless RetentionDays fixes it', () => {
    const ceiling = mergePolicy([{ source: 'f', values: { RetentionMaxDays: 30 } }]);
    expect(effectiveSettings(user, ceiling, defaultUserSettings)).toMatchObject({
      settings: { retentionDays: 30 },
      locked: [],
      retentionMaxDays: 30,
    });
    const shorter = { ...user, retentionDays: 7 };
    expect(effectiveSettings(shorter, ceiling, defaultUserSettings).settings.retentionDays).toBe(7);
    const fixed = mergePolicy([
      { source: 'f', values: { RetentionMaxDays: 30, RetentionDays: 60 } },
    ]);
    expect(effectiveSettings(user, fixed, defaultUserSettings)).toMatchObject({
      settings: { retentionDays: 60 },
      retentionMaxDays: null,
    });
  });
});
