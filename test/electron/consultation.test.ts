import type { Session } from 'electron';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { meetingChannels } from '../../src/shared/ipc-channels';
import { createTestChain } from '../fixtures/certificates';
import { startJitsiStandIn, type JitsiStandIn } from '../fixtures/jitsi-stand-in/server';
import { electronBinary } from './electron-binary';
import { apiAreas, launchApp, type AppUnderTest } from './launch-app';

// Without the binary every test here is skipped; skip-report.ts says which, and why.
const binary = electronBinary();

/** Where the test keeps the meeting window's session in main, to look into it after the window is gone. */
type MainGlobals = typeof globalThis & { meetingSession?: Session };

// The meeting window in the real Electron: its own partition, its own preload
// with the Jitsi SDK's bridge, and the wipe when it closes. As guest, so the
// test puts no token in the machine's keychain.
describe.skipIf(!binary.path)('a consultation in the Electron app', () => {
  let standIn: JitsiStandIn | undefined;
  let running: AppUnderTest | undefined;
  const started = () => {
    if (!running || !standIn) throw new Error('the app or the Jitsi stand-in did not start');
    return { ...running, standIn };
  };

  beforeAll(async () => {
    const chain = await createTestChain(['localhost']);
    standIn = await startJitsiStandIn({ certificate: chain.leaf });
    running = await launchApp({
      settings: { serverUrl: standIn.origin, language: 'en' },
      args: [
        // The stand-in's certificate is made for this run; Chromium trusts it by its key.
        `--ignore-certificate-errors-spki-list=${chain.leaf.pin}`,
        '--use-fake-ui-for-media-stream',
        '--use-fake-device-for-media-stream',
      ],
    });
  });
  afterAll(async () => {
    try {
      await running?.close();
    } finally {
      await standIn?.close();
    }
  });

  it('opens the meeting window on its own partition with the meeting channels and the SDK bridge, and wipes the partition when it closes', async ({
    skip,
  }) => {
    const { app, page, standIn } = started();
    // On macOS and Windows the app reads the machine's own keychain: with a
    // counsellor's token stored there it would not join as guest.
    const token = await page.evaluate(() => window.sprechstunde.token.status());
    skip(
      token.ok && token.value.stored,
      'a moderator token is stored in this keychain (de.sprechstunde.desktop); this test joins as guest and leaves it alone',
    );

    await page.getByRole('button', { name: 'New appointment' }).click();
    await page.getByLabel('Title', { exact: true }).fill('Electron consultation');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByRole('heading', { name: 'Electron consultation' }).waitFor();
    const start = page.getByRole('button', { name: 'Start consultation' });
    await expect.poll(() => start.isEnabled(), { timeout: 15_000 }).toBe(true);

    // Without a token the app asks first, and opens the meeting window only when told to.
    await start.click();
    const question = page.getByRole('dialog', { name: 'Join without moderator rights?' });
    const opened = app.waitForEvent('window');
    await question.getByRole('button', { name: 'Join as guest' }).click();
    const meeting = await opened;
    // The window is there before its page: wait for the meeting page to load.
    await meeting.waitForURL('app://sprechstunde/meeting.html');
    await meeting
      .getByText('You are joining as a guest: without moderator rights, room password or lobby.')
      .first()
      .waitFor();

    const globals = await meeting.evaluate(() => ({
      require: typeof (globalThis as { require?: unknown }).require,
      sdk: 'jitsiElectronSDK' in window,
      bridge: Object.keys(window.sprechstunde).sort(),
      firstScreen: 'sprechstundeFirstScreen' in window,
    }));
    expect(globals).toEqual({
      require: 'undefined',
      sdk: true,
      bridge: apiAreas(meetingChannels),
      firstScreen: false,
    });
    // The main window on the default (persistent) session, the meeting on an in-memory one.
    const persistent = await app.evaluate(({ BrowserWindow }) =>
      BrowserWindow.getAllWindows()
        .map((window) => window.webContents.session.isPersistent())
        .sort(),
    );
    expect(persistent).toEqual([false, true]);
    // Something for the wipe to remove: a cookie of the server in the meeting's partition.
    await app.evaluate(async ({ BrowserWindow }, origin) => {
      const window = BrowserWindow.getAllWindows().find(
        (candidate) => !candidate.webContents.session.isPersistent(),
      );
      if (!window) throw new Error('no meeting window');
      const { session } = window.webContents;
      await session.cookies.set({ url: origin, name: 'left-behind', value: '1', secure: true });
      (globalThis as MainGlobals).meetingSession = session;
    }, standIn.origin);

    await meeting.getByRole('button', { name: 'Join the consultation' }).click();
    await meeting.frameLocator('iframe').getByRole('button', { name: 'Join meeting' }).click();
    const panel = meeting.getByRole('complementary', { name: 'Consultation controls' });
    await panel.getByText('You are taking part without moderator rights.').waitFor();
    await panel.getByRole('button', { name: 'Leave consultation' }).click();

    const ended = page.getByRole('dialog', { name: 'The consultation has ended' });
    await ended.waitFor();
    const after = await app.evaluate(async ({ BrowserWindow }) => {
      const { meetingSession } = globalThis as MainGlobals;
      return {
        windows: BrowserWindow.getAllWindows().length,
        cookies: meetingSession ? (await meetingSession.cookies.get({})).length : null,
      };
    });
    expect(after).toEqual({ windows: 1, cookies: 0 });
    await ended.getByRole('button', { name: 'Not now' }).click();
    await ended.waitFor({ state: 'detached' });
  });
});
