import { mkdir, mkdtemp, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Conf from 'conf';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fillDisk, mountSmallTmpfs } from '../../../fixtures/small-disk';
import type { Logger } from '../../../../src/main/log/logger';
import {
  createSettingsService,
  openSettingsFile,
  type SettingsFile,
} from '../../../../src/main/settings/settings-service';
import { mergePolicy, type Policy } from '../../../../src/shared/effective-settings';
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
      managed: {
        locked: [],
        retentionMaxDays: null,
        allowGuestJoin: true,
        networkClosed: false,
        problems: [],
        restartNeeded: [],
      },
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
      dialInNumbersUrl: 'https://meet.example.org/dialin/phoneNumberList',
      dialInConfCodeUrl: 'https://meet.example.org/dialin/conferenceMapper',
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

  it('refuse a stored value that is no longer valid: say which, keep the file as it was aside, use the default', async () => {
    const original = JSON.stringify({
      language: 'fr',
      serverUrl: 'http://plain.example',
      retentionDays: 7,
      futureKey: true,
    });
    await writeFile(path(), original);
    const warnings: string[] = [];
    const { file, notices } = await openSettingsFile(create, path(), now, {
      ...quiet,
      warn: (message) => warnings.push(message),
    });
    const keptAt = `${path()}.refused-2026-11-23T10-00-00-000Z`;
    expect(notices).toEqual([
      {
        kind: 'settings-refused',
        values: [
          { key: 'language', value: 'fr' },
          { key: 'serverUrl', value: 'http://plain.example' },
        ],
        keptAt,
      },
    ]);
    // Byte for byte as it was; the file in use keeps everything but the refused values.
    expect(await readFile(keptAt, 'utf8')).toBe(original);
    expect(JSON.parse(await readFile(path(), 'utf8'))).toEqual({
      retentionDays: 7,
      futureKey: true,
    });
    expect(warnings).toEqual(['2 stored settings values were refused; the original is kept aside']);
    expect(createSettingsService({ file, systemLocales: ['en-GB'] }).view().settings).toEqual({
      ...defaultUserSettings,
      retentionDays: 7,
    });
    // Told once: the next start finds nothing to refuse.
    expect((await openSettingsFile(create, path(), now, quiet)).notices).toEqual([]);
  });

  it('show a refused value shortened, and leave the file alone when its copy cannot be made', async () => {
    const long = `https://${'a'.repeat(2100)}.example`; // longer than any address allowed
    await writeFile(path(), JSON.stringify({ serverUrl: long, spkiPins: 'not a list' }));
    // The name the copy would take is taken: the copy fails, nothing is overwritten.
    await writeFile(`${path()}.refused-2026-11-23T10-00-00-000Z`, 'someone else’s');
    const { notices } = await openSettingsFile(create, path(), now, quiet);
    expect(notices).toEqual([
      {
        kind: 'settings-refused',
        values: [
          { key: 'serverUrl', value: `${long.slice(0, 120)}…` },
          { key: 'spkiPins', value: 'not a list' },
        ],
        keptAt: null,
      },
    ]);
    expect(JSON.parse(await readFile(path(), 'utf8'))).toEqual({
      serverUrl: long,
      spkiPins: 'not a list',
    });
    expect(await readFile(`${path()}.refused-2026-11-23T10-00-00-000Z`, 'utf8')).toBe(
      'someone else’s',
    );
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

  it('apply a change only once it is on disk, and name a full disk (injected ENOSPC)', () => {
    let stored: Record<string, unknown> = {};
    let full = false;
    const file: SettingsFile = {
      path: path(),
      get store() {
        return stored;
      },
      set store(value) {
        if (full)
          throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
        stored = value;
      },
    };
    const service = createSettingsService({ file, systemLocales: ['de-DE'] });
    service.update({ retentionDays: 14 });
    full = true;
    expect(() =>
      service.update({ retentionDays: 3, serverUrl: 'https://meet.example.org' }),
    ).toThrow(expect.objectContaining({ name: 'AppFailure', code: 'disk-full' }));
    expect(service.view().settings).toMatchObject({ retentionDays: 14, serverUrl: null });
    expect(stored).toMatchObject({ retentionDays: 14 });
  });

  it('say a save failed for any other write error, again changing nothing', () => {
    const file: SettingsFile = {
      path: path(),
      store: {},
    };
    const service = createSettingsService({ file, systemLocales: ['de-DE'] });
    Object.defineProperty(file, 'store', {
      get: () => ({}),
      set: () => {
        throw Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' });
      },
    });
    expect(() => service.update({ relayOnly: true })).toThrow(
      expect.objectContaining({ code: 'storage-failed' }),
    );
    expect(service.view().settings.relayOnly).toBe(false);
  });
});

// A real full disk where the test may mount one (root on Linux); otherwise the
// injected ENOSPC above stands for it.
const tmpfs = mountSmallTmpfs();
describe.runIf(tmpfs)('settings on a full disk (a 256 KiB tmpfs)', () => {
  afterAll(() => tmpfs?.unmount());

  it('keep the settings in use and on disk as they were, and say the disk is full', async () => {
    const folder = await mkdtemp(join(tmpfs!.path, 'settings-'));
    const onDisk = () => new Conf({ cwd: folder, configName: 'settings' });
    const service = createSettingsService({ file: onDisk(), systemLocales: ['de-DE'] });
    service.update({ serverUrl: 'https://meet.example.org' });
    const before = await readFile(join(folder, 'settings.json'), 'utf8');
    await fillDisk(folder);
    expect(() => service.update({ displayName: 'x'.repeat(80), retentionDays: 90 })).toThrow(
      expect.objectContaining({ code: 'disk-full' }),
    );
    expect(service.view().settings).toMatchObject({ displayName: '', retentionDays: 30 });
    expect(await readFile(join(folder, 'settings.json'), 'utf8')).toBe(before);
    expect(createSettingsService({ file: onDisk(), systemLocales: [] }).view().settings).toEqual(
      service.view().settings,
    );
  });
});

describe('settings under the organisation’s policy', () => {
  const policyOf = (values: Record<string, unknown>): Policy =>
    mergePolicy([{ source: 'HKLM\\SOFTWARE\\Policies\\Sprechstunde', values }]);

  it('keep in the file only what the counsellor changed, never a default', async () => {
    const file = create();
    const settings = createSettingsService({ file, systemLocales: ['de-DE'] });
    settings.update({ displayName: 'Frau Berg', retentionDays: 30, language: 'system' });
    expect(JSON.parse(await readFile(path(), 'utf8'))).toEqual({ displayName: 'Frau Berg' });
    settings.update({ displayName: '' });
    expect(JSON.parse(await readFile(path(), 'utf8'))).toEqual({});
  });

  it('show what policy sets as locked, and refuse to change it with setting-locked', () => {
    const file = create();
    let policy = policyOf({ ServerUrl: 'https://meet.org.example', RetentionDays: 14 });
    const settings = createSettingsService({
      file,
      systemLocales: ['de-DE'],
      policy: () => policy,
    });
    const { settings: effective, managed } = settings.view();
    expect(effective).toMatchObject({ serverUrl: 'https://meet.org.example', retentionDays: 14 });
    expect(managed.locked.map((lock) => lock.setting)).toEqual(['serverUrl', 'retentionDays']);
    expect(() => settings.update({ serverUrl: 'https://other.example' })).toThrow(
      expect.objectContaining({
        code: 'setting-locked',
        issues: [{ path: 'serverUrl', message: 'validation.setting.locked' }],
      }),
    );
    // Sending the value policy set (a whole form) is no change, and is not kept as the counsellor's.
    settings.update({ serverUrl: 'https://meet.org.example', displayName: 'Frau Berg' });
    expect(file.store).toEqual({ displayName: 'Frau Berg' });
    // Policy changes while the app runs: the view follows at once.
    policy = policyOf({});
    expect(settings.view().settings).toMatchObject({ serverUrl: null, retentionDays: 30 });
    expect(settings.view().managed.locked).toEqual([]);
  });

  it('hold the retention under RetentionMaxDays and refuse a longer one', () => {
    const file = create();
    const settings = createSettingsService({
      file,
      systemLocales: ['de-DE'],
      policy: () => policyOf({ RetentionMaxDays: 20 }),
    });
    expect(settings.view().settings.retentionDays).toBe(20);
    expect(settings.update({ retentionDays: 7 }).settings.retentionDays).toBe(7);
    expect(() => settings.update({ retentionDays: 21 })).toThrow(
      expect.objectContaining({
        code: 'invalid-request',
        issues: [{ path: 'retentionDays', message: 'validation.retentionDays.aboveCeiling' }],
      }),
    );
    expect(file.store).toEqual({ retentionDays: 7 });
  });

  it('give the network guard no server while policy keeps the network closed, and one object until a change', () => {
    const file = create();
    file.store = { serverUrl: 'https://mine.example', extraOrigins: ['wss://x.mine.example'] };
    let policy = policyOf({ SpkiPins: ['not a pin'] });
    const settings = createSettingsService({
      file,
      systemLocales: ['de-DE'],
      policy: () => policy,
    });
    expect(settings.view().managed.networkClosed).toBe(true);
    expect(settings.network()).toMatchObject({ serverUrl: null, extraOrigins: [] });
    // The counsellor's list stays readable; the invalid key is locked at its default.
    expect(settings.view().settings).toMatchObject({
      serverUrl: 'https://mine.example',
      spkiPins: [],
    });
    expect(settings.network()).toBe(settings.network());
    policy = policyOf({});
    expect(settings.network()).toMatchObject({ serverUrl: 'https://mine.example' });
  });
});
