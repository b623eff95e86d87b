import { mkdir, mkdtemp, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Conf from 'conf';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Logger } from '../../../../src/main/log/logger';
import {
  createSettingsService,
  openSettingsFile,
  type SettingsFile,
} from '../../../../src/main/settings/settings-service';
import { defaultUserSettings, resolveLanguage } from '../../../../src/shared/settings';

// electron-store is `conf` with Electron's paths; the app passes electron-store,
// these tests the same `conf` underneath on real files.
let directory: string;
const quiet: Logger = { info() {}, warn() {}, error() {} };
const now = () => new Date('2026-11-23T10:00:00.000Z');
const path = () => join(directory, 'settings.json');
const create = (): SettingsFile => new Conf({ cwd: directory, configName: 'settings' });

beforeEach(async () => {
  directory = await mkdtemp(join(tmpdir(), 'sprechstunde-settings-'));
});
afterEach(() => rm(directory, { recursive: true, force: true }));

describe('settings', () => {
  it('default to the system language: German on a German system, English otherwise', async () => {
    const { file } = await openSettingsFile(create, path(), now, quiet);
    expect(createSettingsService({ file, systemLocales: ['de-DE', 'en-US'] }).view()).toEqual({
      settings: { ...defaultUserSettings, language: 'system', serverUrl: null, retentionDays: 30 },
      language: 'de',
    });
    expect(resolveLanguage('system', ['de'])).toBe('de');
    expect(resolveLanguage('system', ['de-AT'])).toBe('de');
    expect(resolveLanguage('system', ['fr-FR', 'de-DE'])).toBe('en');
    expect(resolveLanguage('system', ['dex'])).toBe('en');
    expect(resolveLanguage('system', [])).toBe('en');
    expect(resolveLanguage('en', ['de-DE'])).toBe('en');
  });

  it('keep a change across a restart', () => {
    const first = createSettingsService({ file: create(), systemLocales: ['de-DE'] });
    const network = {
      extraOrigins: ['wss://xmpp.example.org'],
      iceServers: ['turns:turn.example.org:443?transport=tcp'],
      spkiPins: ['47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='],
      relayOnly: true,
      displayName: 'Frau Berg',
      defaultAccess: 'knock' as const,
      endToEndEncryption: 'off' as const,
    };
    expect(
      first.update({ language: 'en', serverUrl: 'https://meet.example.org', ...network }).language,
    ).toBe('en');
    const again = createSettingsService({ file: create(), systemLocales: ['de-DE'] });
    expect(again.view().settings).toEqual({
      language: 'en',
      serverUrl: 'https://meet.example.org',
      retentionDays: 30,
      ...network,
    });
  });

  it('fall back to the default for a stored value that is no longer valid', async () => {
    await writeFile(
      path(),
      JSON.stringify({ language: 'fr', serverUrl: 'http://plain.example', retentionDays: 7 }),
    );
    const service = createSettingsService({ file: create(), systemLocales: ['en-GB'] });
    expect(service.view().settings).toEqual({
      ...defaultUserSettings,
      language: 'system',
      serverUrl: null,
      retentionDays: 7,
    });
  });

  it('read a server address saved by 0.1 (with a trailing slash) as its origin', async () => {
    await writeFile(path(), JSON.stringify({ serverUrl: 'HTTPS://Meet.Example.org/' }));
    const service = createSettingsService({ file: create(), systemLocales: ['en-GB'] });
    expect(service.view().settings.serverUrl).toBe('https://meet.example.org');
  });

  it('move a corrupt file aside, never deleting it, and start fresh', async () => {
    await writeFile(path(), '{"language": "de"');
    const { file, notices } = await openSettingsFile(create, path(), now, quiet);
    const movedTo = `${path()}.corrupt-2026-11-23T10-00-00-000Z`;
    expect(notices).toEqual([
      { kind: 'store-moved-aside', file: 'settings', reason: 'corrupt', movedTo },
    ]);
    expect(await readFile(movedTo, 'utf8')).toBe('{"language": "de"');
    createSettingsService({ file, systemLocales: [] }).update({ language: 'de' });
    expect((await readdir(directory)).sort()).toEqual([
      'settings.json',
      'settings.json.corrupt-2026-11-23T10-00-00-000Z',
    ]);
  });

  it('move a folder in the file’s place aside, keeping what is in it, and start fresh', async () => {
    await mkdir(path());
    await writeFile(join(path(), 'kept.txt'), 'not ours');
    const { file, notices } = await openSettingsFile(create, path(), now, quiet);
    const movedTo = `${path()}.unreadable-2026-11-23T10-00-00-000Z`;
    expect(notices).toEqual([
      { kind: 'store-moved-aside', file: 'settings', reason: 'unreadable', movedTo },
    ]);
    expect(await readFile(join(movedTo, 'kept.txt'), 'utf8')).toBe('not ours');
    createSettingsService({ file, systemLocales: [] }).update({ language: 'en' });
    expect((await stat(path())).isFile()).toBe(true);
  });

  it('run on settings in memory, and say so, when no settings file can be made at all', async () => {
    const errors: string[] = [];
    const refusing = (): SettingsFile => {
      throw Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' });
    };
    const { file, notices } = await openSettingsFile(refusing, path(), now, {
      ...quiet,
      error: (message) => errors.push(message),
    });
    expect(notices).toEqual([{ kind: 'not-saved', file: 'settings' }]);
    expect(errors).toEqual(['the settings file cannot be used; settings are kept in memory only']);
    const service = createSettingsService({ file, systemLocales: ['de-DE'] });
    expect(service.update({ language: 'en' }).language).toBe('en');
    expect(await readdir(directory)).toEqual([]);
  });
});
