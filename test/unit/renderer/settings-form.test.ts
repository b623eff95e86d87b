import { describe, expect, it } from 'vitest';
import type { SettingsView } from '../../../src/shared/ipc-contract';
import { defaultUserSettings } from '../../../src/shared/settings';
import {
  changeOf,
  completeServerUrl,
  formOf,
  locksOf,
  organisationSetByPolicy,
  refreshForm,
} from '../../../src/renderer/settings-form';

const POLICY_FILE = '/etc/sprechstunde/policy.json';

function view(
  settings: Partial<SettingsView['settings']> = {},
  managed: Partial<SettingsView['managed']> = {},
): SettingsView {
  return {
    settings: { ...defaultUserSettings, ...settings },
    language: 'de',
    managed: {
      locked: [],
      retentionMaxDays: null,
      allowGuestJoin: true,
      networkClosed: false,
      problems: [],
      restartNeeded: [],
      ...managed,
    },
  };
}

const serverLocked = {
  locked: [{ setting: 'serverUrl', key: 'ServerUrl', source: POLICY_FILE }],
} satisfies Partial<SettingsView['managed']>;

describe('the change the settings form sends', () => {
  it('leaves out every setting policy sets, so main never refuses it as locked', () => {
    const shown = view({ serverUrl: 'https://meet.beratung.example' }, serverLocked);
    const form = { ...formOf(shown.settings), displayName: 'Frau Berger' };
    const checked = changeOf(form, shown.managed);
    expect(checked.ok).toBe(true);
    if (!checked.ok) return;
    expect(checked.change).not.toHaveProperty('serverUrl');
    expect(checked.change).toMatchObject({ displayName: 'Frau Berger', retentionDays: 30 });
  });

  it('sends lists one entry per line, without blank lines', () => {
    const form = {
      ...formOf(defaultUserSettings),
      extraOrigins: ' wss://xmpp.beratung.example \n\n',
      iceServers: 'turns:turn.beratung.example:443?transport=tcp',
    };
    const checked = changeOf(form, view().managed);
    expect(checked.ok && checked.change).toMatchObject({
      extraOrigins: ['wss://xmpp.beratung.example'],
      iceServers: ['turns:turn.beratung.example:443?transport=tcp'],
    });
  });

  it('sends an empty dial-in service as none, and a typed one as typed', () => {
    const form = {
      ...formOf(defaultUserSettings),
      dialInNumbersUrl: 'https://meet.beratung.example/dialin/phoneNumberList',
      dialInConfCodeUrl: '  ',
    };
    const checked = changeOf(form, view().managed);
    expect(checked.ok && checked.change).toMatchObject({
      dialInNumbersUrl: 'https://meet.beratung.example/dialin/phoneNumberList',
      dialInConfCodeUrl: null,
    });
    expect(formOf({ ...defaultUserSettings, dialInNumbersUrl: null }).dialInNumbersUrl).toBe('');
  });

  it('refuses a retention above the organisation’s ceiling at the field', () => {
    const shown = view({ retentionDays: 14 }, { retentionMaxDays: 14 });
    expect(changeOf({ ...formOf(shown.settings), retentionDays: '15' }, shown.managed)).toEqual({
      ok: false,
      issues: [{ path: 'retentionDays', message: 'validation.retentionDays.aboveCeiling' }],
    });
    expect(changeOf({ ...formOf(shown.settings), retentionDays: '14' }, shown.managed).ok).toBe(
      true,
    );
  });

  it('refuses what the settings schema refuses, by field', () => {
    const checked = changeOf(
      { ...formOf(defaultUserSettings), retentionDays: '', serverUrl: 'http://plain.example' },
      view().managed,
    );
    expect(checked.ok).toBe(false);
    expect(!checked.ok && checked.issues.map((issue) => issue.path).sort()).toEqual([
      'retentionDays',
      'serverUrl',
    ]);
  });

  it('does not check a locked field the counsellor cannot change', () => {
    // Policy's invalid server is locked at its default: the rest still saves.
    const shown = view({}, serverLocked);
    const checked = changeOf({ ...formOf(shown.settings), serverUrl: 'not a url' }, shown.managed);
    expect(checked.ok).toBe(true);
  });
});

describe('the Organisation section', () => {
  it('is collapsed while policy sets none of its fields', () => {
    const locked = [{ setting: 'language', key: 'Language', source: POLICY_FILE }] as const;
    expect(organisationSetByPolicy(locksOf(view().managed))).toBe(false);
    expect(organisationSetByPolicy(locksOf(view({}, { locked: [...locked] }).managed))).toBe(false);
  });

  it('opens where policy sets the server or a network field', () => {
    expect(organisationSetByPolicy(locksOf(view({}, serverLocked).managed))).toBe(true);
    const relay = view(
      {},
      {
        locked: [{ setting: 'relayOnly', key: 'RelayOnly', source: POLICY_FILE }],
      },
    );
    expect(organisationSetByPolicy(locksOf(relay.managed))).toBe(true);
    const dialIn = view(
      {},
      {
        locked: [{ setting: 'dialInNumbersUrl', key: 'DialInNumbersUrl', source: POLICY_FILE }],
      },
    );
    expect(organisationSetByPolicy(locksOf(dialIn.managed))).toBe(true);
  });
});

describe('the form when policy changes while it is open', () => {
  it('shows what policy now sets, and keeps what the counsellor is typing', () => {
    const before = view();
    const after = view(
      { serverUrl: 'https://meet.beratung.example', language: 'de' },
      {
        locked: [
          { setting: 'serverUrl', key: 'ServerUrl', source: POLICY_FILE },
          { setting: 'language', key: 'Language', source: POLICY_FILE },
        ],
      },
    );
    const typing = {
      ...formOf(before.settings),
      serverUrl: 'https://mine.example',
      displayName: 'B',
    };
    expect(refreshForm(typing, before, after)).toEqual({
      ...typing,
      serverUrl: 'https://meet.beratung.example',
      language: 'de',
    });
  });

  it('lowers an untouched retention to a new ceiling, and gives a field back when policy lets go', () => {
    const before = view(
      { language: 'de' },
      {
        locked: [{ setting: 'language', key: 'Language', source: POLICY_FILE }],
      },
    );
    const after = view({ retentionDays: 7, language: 'en' }, { retentionMaxDays: 7 });
    const form = refreshForm(formOf(before.settings), before, after);
    expect(form.retentionDays).toBe('7');
    expect(form.language).toBe('en');
  });
});

describe('a server address as typed', () => {
  it('is completed with https:// and loses a trailing slash', () => {
    expect(completeServerUrl('  meet.beratung.example/ ')).toBe('https://meet.beratung.example');
    expect(completeServerUrl('meet.beratung.example:8443')).toBe(
      'https://meet.beratung.example:8443',
    );
    expect(completeServerUrl('')).toBe('');
  });

  it('keeps a scheme of its own, for the check to refuse', () => {
    expect(completeServerUrl('http://meet.beratung.example')).toBe('http://meet.beratung.example');
  });

  it('is saved completed from the settings form', () => {
    const change = changeOf(
      { ...formOf(view().settings), serverUrl: 'meet.beratung.example' },
      view().managed,
    );
    expect(change.ok && change.change.serverUrl).toBe('https://meet.beratung.example');
  });
});
