import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { _electron, type ElectronApplication } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { meetingChannels } from '../../src/shared/ipc-channels';
import { createTestChain } from '../fixtures/certificates';
import { startJitsiStandIn, type JitsiStandIn } from '../fixtures/jitsi-stand-in/server';
import { electronBinary } from './electron-binary';

const binary = electronBinary();

// The meeting window in the real Electron: its own partition, its own preload
// with the Jitsi SDK's bridge, and the wipe when it closes. As guest, so the
// test puts no token in the machine's keychain.
describe.skipIf(!binary.path)('a consultation in the Electron app', () => {
  let app: ElectronApplication;
  let userDataDir: string;
  let standIn: JitsiStandIn;

  beforeAll(async () => {
    const chain = await createTestChain(['localhost']);
    standIn = await startJitsiStandIn({ certificate: chain.leaf });
    userDataDir = await mkdtemp(join(tmpdir(), 'sprechstunde-electron-'));
    await writeFile(
      join(userDataDir, 'settings.json'),
      JSON.stringify({ serverUrl: standIn.origin, language: 'en' }),
    );
    app = await _electron.launch({
      executablePath: binary.path!,
      args: [
        '.',
        `--ignore-certificate-errors-spki-list=${chain.leaf.pin}`,
        '--use-fake-ui-for-media-stream',
        '--use-fake-device-for-media-stream',
      ],
      env: { ...process.env, SPRECHSTUNDE_USER_DATA_DIR: userDataDir, LANG: 'en_US.UTF-8' },
    });
  });
  afterAll(async () => {
    await app?.close();
    await standIn?.close();
    await rm(userDataDir, { recursive: true, force: true });
  });

  it('opens the meeting window on its own partition with the SDK bridge, and wipes it', async () => {
    const page = await app.firstWindow();
    await page.getByRole('button', { name: 'New appointment' }).click();
    await page.getByLabel('Title').fill('Electron consultation');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByRole('heading', { name: 'Electron consultation' }).waitFor();
    const start = page.getByRole('button', { name: 'Start consultation' });
    await expect.poll(() => start.isEnabled(), { timeout: 15_000 }).toBe(true);

    const opened = app.waitForEvent('window');
    await start.click();
    await page.getByRole('button', { name: 'Join as guest' }).click();
    const meeting = await opened;
    expect(meeting.url()).toBe('app://sprechstunde/meeting.html');
    const globals = await meeting.evaluate(() => ({
      require: typeof (globalThis as { require?: unknown }).require,
      sdk: 'jitsiElectronSDK' in window,
      bridge: Object.keys(window.sprechstunde as object).sort(),
    }));
    expect(globals).toEqual({
      require: 'undefined',
      sdk: true,
      bridge: [...new Set(meetingChannels.map((channel) => channel.split(':')[0]))].sort(),
    });
    const partitions = await app.evaluate(({ BrowserWindow }) =>
      BrowserWindow.getAllWindows().map((window) => ({
        persistent: window.webContents.session.isPersistent(),
      })),
    );
    expect(partitions).toContainEqual({ persistent: false });

    await meeting.getByRole('button', { name: 'Join the consultation' }).click();
    await meeting.frameLocator('iframe').getByRole('button', { name: 'Join meeting' }).click();
    await meeting.getByText('You are taking part without moderator rights.').waitFor();
    await meeting.getByRole('button', { name: 'Leave consultation' }).click();
    await page.getByRole('dialog', { name: 'The consultation has ended' }).waitFor();
    expect(await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length)).toBe(1);
  });
});
