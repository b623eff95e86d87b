import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { NsisUpdater } from 'electron-updater';
import type { AppAdapter } from 'electron-updater/out/AppAdapter';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { createLogger } from '../../../../src/main/log/logger';
import { decideUpdates } from '../../../../src/main/update/update-decision';
import {
  startUpdater,
  updateFailureReason,
  type UpdaterOptions,
} from '../../../../src/main/update/updater';
import type { UpdateFailedNotice } from '../../../../src/shared/ipc-contract';
import {
  installer,
  latestYml,
  NodeUpdateExecutor,
  startUpdateServer,
} from '../../../fixtures/update-server';

// electron-updater's own NsisUpdater, GenericProvider, latest.yml parsing,
// download and sha512 check run here against a local HTTPS server. What needs
// Electron is stood in for, as electron-builder's own updater tests do: the app
// (an AppAdapter: version, paths, quit), and the transport (Node's https in
// place of Electron's net, with ElectronHttpExecutor's download). The platform
// is set to win32 through electron-updater's test hook, which also skips the
// differential download (it needs the installer NSIS keeps of the running version).

let server: Awaited<ReturnType<typeof startUpdateServer>>;
let work: string;

beforeAll(async () => {
  server = await startUpdateServer();
});
afterAll(async () => {
  await server.close();
});
beforeEach(async () => {
  work = await mkdtemp(join(tmpdir(), 'sprechstunde-updater-'));
  server.files.clear();
  server.requested.length = 0;
  return () => rm(work, { recursive: true, force: true });
});

/** The packaged app 0.1.0, with the app-update.yml electron-builder writes (see electron-builder.yml). */
async function installedApp() {
  const appUpdateConfigPath = join(work, 'resources', 'app-update.yml');
  await mkdir(join(work, 'resources'));
  await writeFile(
    appUpdateConfigPath,
    stringify({
      provider: 'generic',
      url: 'https://updates.invalid/',
      updaterCacheDirName: 'sprechstunde-updater',
    }),
  );
  const quitHandlers: ((exitCode: number) => void)[] = [];
  const adapter: AppAdapter = {
    version: '0.1.0',
    name: 'Sprechstunde',
    isPackaged: true,
    appUpdateConfigPath,
    userDataPath: join(work, 'user-data'),
    baseCachePath: join(work, 'cache'),
    whenReady: () => Promise.resolve(),
    relaunch: () => {},
    quit: () => {},
    onQuit: (handler) => quitHandlers.push(handler),
  };
  return { adapter, quitHandlers, pending: join(work, 'cache', 'sprechstunde-updater', 'pending') };
}

async function run(options: Partial<UpdaterOptions> = {}) {
  const app = await installedApp();
  const notices: UpdateFailedNotice[] = [];
  const scheduled: number[] = [];
  const lines: string[] = [];
  const log = createLogger('updater', (line) => lines.push(line));
  const updater = startUpdater({
    decision: decideUpdates({ updateUrl: server.url, installation: 'nsis', isPackaged: true }),
    createEngine: () => {
      const engine = new NsisUpdater(null, app.adapter);
      Object.assign(engine, {
        httpExecutor: new NodeUpdateExecutor(server.ca),
        _testOnlyOptions: { platform: 'win32', isUseDifferentialDownload: false },
      });
      return engine;
    },
    every: (_task, ms) => scheduled.push(ms),
    log,
    notify: (notice) => notices.push(notice),
    ...options,
  });
  const outcome = await updater.firstCheck;
  const staged = await readdir(app.pending).catch(() => []);
  return { outcome, notices, scheduled, lines, staged, ...app };
}

describe('updates from the organisation’s server', () => {
  it('find the app up to date: nothing downloaded, nothing to install', async () => {
    const current = installer('0.1.0');
    server.files.set('/sprechstunde/latest.yml', latestYml('0.1.0', current));
    const result = await run();
    expect(result.outcome).toEqual({ kind: 'up-to-date' });
    expect(server.requested).toEqual(['/sprechstunde/latest.yml']);
    expect(result.notices).toEqual([]);
    expect(result.quitHandlers).toEqual([]);
    expect(result.staged).toEqual([]);
  });

  it('download a newer version, check its sha512, and install it when the app quits', async () => {
    const next = installer('0.2.0');
    server.files.set('/sprechstunde/latest.yml', latestYml('0.2.0', next));
    server.files.set(`/sprechstunde/${next.name}`, next.bytes);
    const result = await run();
    expect(result.outcome).toEqual({ kind: 'downloaded', version: '0.2.0' });
    expect(server.requested).toEqual(['/sprechstunde/latest.yml', `/sprechstunde/${next.name}`]);
    expect(result.staged).toContain(next.name);
    expect(await readFile(join(result.pending, next.name))).toEqual(next.bytes);
    // electron-updater installs on quit (autoInstallOnAppQuit) through this handler.
    expect(result.quitHandlers).toHaveLength(1);
    expect(result.notices).toEqual([]);
    // Checked again daily.
    expect(result.scheduled).toEqual([86_400_000]);
    // electron-updater's lines pass the app's redaction: the server by its host alone.
    expect(result.lines.join('\n')).toContain('Found version 0.2.0');
    expect(result.lines.filter((line) => line.includes('/sprechstunde/'))).toEqual([]);
  });

  it('never go back to an older version', async () => {
    const older = installer('0.0.9');
    server.files.set('/sprechstunde/latest.yml', latestYml('0.0.9', older));
    server.files.set(`/sprechstunde/${older.name}`, older.bytes);
    const result = await run();
    expect(result.outcome).toEqual({ kind: 'up-to-date' });
    expect(server.requested).toEqual(['/sprechstunde/latest.yml']);
  });

  it('say so when the server is down, and change nothing', async () => {
    const down = await startUpdateServer();
    await down.close();
    const result = await run({
      decision: decideUpdates({ updateUrl: down.url, installation: 'nsis', isPackaged: true }),
    });
    expect(result.outcome).toEqual({ kind: 'failed', reason: 'unreachable' });
    expect(result.notices).toEqual([{ kind: 'update-failed', reason: 'unreachable' }]);
    expect(result.quitHandlers).toEqual([]);
    expect(result.staged).toEqual([]);
  }, 20_000);

  it('say so when latest.yml is not YAML, and change nothing', async () => {
    server.files.set('/sprechstunde/latest.yml', 'version: [0.2.0\nfiles: {');
    const result = await run();
    expect(result.outcome).toEqual({ kind: 'failed', reason: 'invalid-update-info' });
    expect(result.notices).toEqual([{ kind: 'update-failed', reason: 'invalid-update-info' }]);
    expect(result.quitHandlers).toEqual([]);
    expect(result.staged).toEqual([]);
  });

  it('say so when latest.yml names a file without a checksum, and download nothing', async () => {
    const next = installer('0.2.0');
    server.files.set(
      '/sprechstunde/latest.yml',
      stringify({ version: '0.2.0', files: [{ url: next.name, size: next.bytes.length }] }),
    );
    server.files.set(`/sprechstunde/${next.name}`, next.bytes);
    const result = await run();
    expect(result.outcome).toEqual({ kind: 'failed', reason: 'invalid-update-info' });
    expect(server.requested).toEqual(['/sprechstunde/latest.yml']);
    expect(result.quitHandlers).toEqual([]);
    expect(result.staged).toEqual([]);
  });

  it('say so when there is no latest.yml on the server', async () => {
    const result = await run();
    expect(result.outcome).toEqual({ kind: 'failed', reason: 'invalid-update-info' });
    expect(result.notices).toHaveLength(1);
  });

  it("discard a file whose sha512 is not latest.yml's, and install nothing", async () => {
    const next = installer('0.2.0');
    const tampered = Buffer.from(next.bytes);
    tampered[1000] = tampered[1000]! ^ 0xff;
    server.files.set('/sprechstunde/latest.yml', latestYml('0.2.0', next));
    server.files.set(`/sprechstunde/${next.name}`, tampered);
    const result = await run();
    expect(server.requested).toEqual(['/sprechstunde/latest.yml', `/sprechstunde/${next.name}`]);
    expect(result.outcome).toEqual({ kind: 'failed', reason: 'checksum-mismatch' });
    expect(result.notices).toEqual([{ kind: 'update-failed', reason: 'checksum-mismatch' }]);
    expect(result.quitHandlers).toEqual([]);
    // Neither the file nor its temporary download is kept.
    expect(result.staged).toEqual([]);
  });

  it('ask nothing and build no updater when updates are off', async () => {
    let built = false;
    const result = await run({
      decision: decideUpdates({ updateUrl: null, installation: 'nsis', isPackaged: true }),
      createEngine: () => {
        built = true;
        throw new Error('not to be built');
      },
    });
    expect(result.outcome).toEqual({ kind: 'off' });
    expect(built).toBe(false);
    expect(server.requested).toEqual([]);
    expect(result.scheduled).toEqual([]);
  });

  it('set electron-updater to download with its checks, install on quit, never downgrade', () => {
    const engine = {
      autoDownload: false,
      autoInstallOnAppQuit: false,
      allowDowngrade: true,
      allowPrerelease: true,
      disableWebInstaller: false,
      logger: null,
      feed: null as unknown,
      setFeedURL(options: unknown) {
        this.feed = options;
      },
      checkForUpdates: () => Promise.resolve(null),
    };
    startUpdater({
      decision: decideUpdates({ updateUrl: server.url, installation: 'nsis', isPackaged: true }),
      createEngine: () => engine,
      every: () => {},
      log: { info() {}, warn() {}, error() {} },
      notify: () => {},
    });
    expect(engine).toMatchObject({
      autoDownload: true,
      autoInstallOnAppQuit: true,
      allowDowngrade: false,
      allowPrerelease: false,
      disableWebInstaller: true,
      feed: { provider: 'generic', url: server.url },
    });
  });
});

describe('why an update failed', () => {
  it("reads Electron's net errors, which carry no code, as an unreachable server", () => {
    for (const message of [
      'net::ERR_CONNECTION_REFUSED',
      'net::ERR_NAME_NOT_RESOLVED',
      'net::ERR_CERT_AUTHORITY_INVALID',
      'net::ERR_BLOCKED_BY_CLIENT',
    ]) {
      expect(updateFailureReason(new Error(message)), message).toBe('unreachable');
    }
  });

  it('reads an HTTP error status as an unreachable server', () => {
    const error = Object.assign(new Error('HTTP error: Service Unavailable'), {
      code: 'HTTP_ERROR_503',
    });
    expect(updateFailureReason(error)).toBe('unreachable');
  });

  it('reads a wrong signature, and anything unknown, for what it is', () => {
    const signature = Object.assign(new Error('not signed'), {
      code: 'ERR_UPDATER_INVALID_SIGNATURE',
    });
    expect(updateFailureReason(signature)).toBe('signature-invalid');
    expect(updateFailureReason(new Error('EACCES'))).toBe('failed');
    expect(updateFailureReason('a string')).toBe('failed');
  });
});
