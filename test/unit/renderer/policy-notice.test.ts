import type { i18n } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import type { SettingsView } from '../../../src/shared/ipc-contract';
import { hasPolicyNotice, policyNoticeText } from '../../../src/renderer/policy-notice';
import { translations } from '../../fixtures/i18n';

let languages: Record<'de' | 'en', i18n>;
beforeAll(async () => {
  languages = await translations();
});

const managed = (more: Partial<SettingsView['managed']>): SettingsView['managed'] => ({
  locked: [],
  retentionMaxDays: null,
  allowGuestJoin: true,
  networkClosed: false,
  problems: [],
  restartNeeded: [],
  ...more,
});

function text(lng: 'de' | 'en', more: Partial<SettingsView['managed']>) {
  const instance = languages[lng];
  const isText = (key: string) => typeof instance.getResource(lng, 'translation', key) === 'string';
  return policyNoticeText(managed(more), instance.t, isText);
}

describe('the policy notice', () => {
  it('names key, source and problem in the counsellor’s language', () => {
    const problems = [
      {
        key: 'RelayOnly',
        source: 'HKLM\\SOFTWARE\\Policies\\Sprechstunde',
        problem: 'policy.problem.boolean',
      },
      { key: null, source: '/etc/sprechstunde/policy.json', problem: 'policy.problem.notJson' },
    ];
    expect(text('de', { problems }).problems).toEqual([
      'RelayOnly in HKLM\\SOFTWARE\\Policies\\Sprechstunde: muss ein oder aus sein (1 oder 0)',
      '/etc/sprechstunde/policy.json: kein gültiges JSON',
    ]);
    expect(text('en', { problems }).problems[1]).toBe(
      '/etc/sprechstunde/policy.json: not valid JSON',
    );
  });

  it('says "not valid" for a message that is no translation (zod’s own), or a group of them', () => {
    const problems = [
      {
        key: 'ExtraOrigins',
        source: 'p.json',
        problem: 'Invalid input: expected array, received string',
      },
      { key: 'Language', source: 'p.json', problem: 'policy.problem' },
    ];
    expect(text('en', { problems }).problems).toEqual([
      'ExtraOrigins in p.json: the value is not valid',
      'Language in p.json: the value is not valid',
    ]);
  });

  it('says the network stays closed, and what waits for a restart', () => {
    const said = text('en', { networkClosed: true, restartNeeded: ['UpdateUrl', 'KioskMode'] });
    expect(said.networkClosed).toBe(
      'Until IT fixes this, Sprechstunde makes no connections. Your appointments stay readable.',
    );
    expect(said.restart).toBe(
      'Your organisation changed settings that apply after a restart: UpdateUrl, KioskMode.',
    );
  });

  it('says nothing without problems', () => {
    expect(text('de', {})).toEqual({ problems: [], networkClosed: null, restart: null });
  });

  it('is shown (and its code and texts loaded) exactly when it has something to say', () => {
    const cases: Partial<SettingsView['managed']>[] = [
      {},
      { networkClosed: true },
      { restartNeeded: ['KioskMode'] },
      { problems: [{ key: null, source: 'policy.json', problem: 'policy.problem.notJson' }] },
      { retentionMaxDays: 30, allowGuestJoin: false },
    ];
    for (const more of cases) {
      const said = text('en', more);
      const saysSomething = said.problems.length > 0 || !!said.networkClosed || !!said.restart;
      expect(hasPolicyNotice(managed(more)), JSON.stringify(more)).toBe(saysSomething);
    }
  });
});
