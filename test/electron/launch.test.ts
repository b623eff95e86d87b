import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { _electron, type ElectronApplication } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { channels } from '../../src/shared/ipc-channels';
import { electronBinary } from './electron-binary';

const binary = electronBinary();
if ('reason' in binary) {
  console.warn(
    `\n*** test/electron SKIPPED: ${binary.reason}.\n` +
      '*** Install Electron with its binary (npm ci without ELECTRON_SKIP_BINARY_DOWNLOAD) to run them.\n',
  );
}

describe.skipIf(!binary.path)('the Electron app', () => {
  let app: ElectronApplication;
  let userDataDir: string;

  beforeAll(async () => {
    userDataDir = await mkdtemp(join(tmpdir(), 'sprechstunde-electron-'));
    app = await _electron.launch({
      executablePath: binary.path!,
      args: ['.'],
      env: { ...process.env, SPRECHSTUNDE_USER_DATA_DIR: userDataDir, LANG: 'en_US.UTF-8' },
    });
  });
  afterAll(async () => {
    await app?.close();
    await rm(userDataDir, { recursive: true, force: true });
  });

  it('opens one window on app:// that shows the list, with no Node in the page', async () => {
    const page = await app.firstWindow();
    await page.getByRole('button', { name: /New appointment|Neuer Termin/ }).waitFor();
    expect(page.url()).toBe('app://sprechstunde/index.html');
    const globals = await page.evaluate(() => ({
      require: typeof (globalThis as { require?: unknown }).require,
      process: typeof (globalThis as { process?: unknown }).process,
      bridge: Object.keys(window.sprechstunde).sort(),
    }));
    expect(globals).toEqual({
      require: 'undefined',
      process: 'undefined',
      bridge: [...new Set(channels.map((channel) => channel.split(':')[0]))].sort(),
    });
    expect(await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length)).toBe(1);
  });

  it('creates an appointment through the real IPC and lists it', async () => {
    const page = await app.firstWindow();
    await page.getByRole('button', { name: /New appointment|Neuer Termin/ }).click();
    await page.getByLabel(/^(Title|Titel)$/).fill('Smoke test');
    await page.getByRole('button', { name: /^(Save|Speichern)$/ }).click();
    await page.getByRole('heading', { name: 'Smoke test' }).waitFor();
  });

  it('blocks third parties on every session, one created later included', async () => {
    await app.firstWindow();
    const outcome = await app.evaluate(async ({ net, session }) => {
      const attempt = (fetch: () => Promise<Response>) =>
        fetch().then(
          () => 'loaded',
          (error: Error) => error.message,
        );
      return {
        main: await attempt(() => net.fetch('https://www.gravatar.com/avatar/x')),
        meeting: await attempt(() =>
          session.fromPartition('meeting-test').fetch('https://www.google-analytics.com/collect'),
        ),
        insecure: await attempt(() => net.fetch('http://example.org/')),
      };
    });
    expect(outcome.main).toContain('ERR_BLOCKED_BY_CLIENT');
    expect(outcome.meeting).toContain('ERR_BLOCKED_BY_CLIENT');
    expect(outcome.insecure).toContain('ERR_BLOCKED_BY_CLIENT');
  });
});
