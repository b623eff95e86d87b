import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashPin } from '../../src/main/kiosk/exit-pin';
import { electronBinary } from './electron-binary';
import { launchApp, type AppUnderTest } from './launch-app';

// The real app in kiosk mode, from a policy file: index.ts's kiosk glue (startKiosk)
// in real Electron, its policy below the unpackaged-only SPRECHSTUNDE_POLICY_ROOT (a
// test must not write the machine's own). Without the binary every test here is
// skipped (skip-report.ts says so).
const binary = electronBinary();
const EXIT_PIN = '2468';
const mainPreload = fileURLToPath(new URL('../../out/preload/index.cjs', import.meta.url));

describe.skipIf(!binary.path)('the Electron app in kiosk mode', () => {
  let running: AppUnderTest | undefined;
  const started = () => {
    if (!running) throw new Error('the app did not start');
    return running;
  };

  beforeAll(async () => {
    running = await launchApp({
      policy: {
        KioskMode: true,
        // Never reached: the start page says the server cannot be reached, and stays usable.
        ServerUrl: 'https://meet.beratung.invalid',
        KioskExitPinHash: await hashPin(EXIT_PIN),
        Language: 'en',
      },
    });
  });
  afterAll(() => running?.close());

  it('shows the kiosk start page in one locked full-screen window, with the kiosk API only', async () => {
    const { app, page } = started();
    await page.getByLabel('Code or link from your invitation').waitFor();
    expect(page.url()).toBe('app://sprechstunde/kiosk.html');
    // Full screen may come a moment after the window (the window manager's answer).
    await expect
      .poll(() =>
        app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]?.isFullScreen()),
      )
      .toBe(true);
    const shown = await app.evaluate(({ BrowserWindow, Menu }) => {
      const windows = BrowserWindow.getAllWindows();
      const kiosk = windows[0]!;
      return {
        count: windows.length,
        kiosk: kiosk.isKiosk(),
        fullScreen: kiosk.isFullScreen(),
        closable: kiosk.isClosable(),
        devTools: kiosk.webContents.isDevToolsOpened(),
        applicationMenu: Menu.getApplicationMenu() === null ? 'none' : 'set',
      };
    });
    expect(shown).toEqual({
      count: 1,
      kiosk: true,
      fullScreen: true,
      closable: false,
      devTools: false,
      applicationMenu: 'none',
    });
    const globals = await page.evaluate(() => ({
      require: typeof (globalThis as { require?: unknown }).require,
      process: typeof (globalThis as { process?: unknown }).process,
      bridge: Object.keys(window.sprechstunde),
    }));
    expect(globals).toEqual({ require: 'undefined', process: 'undefined', bridge: ['kiosk'] });
  });

  it('refuses the counsellor’s channels, even to a window with the counsellor’s preload', async () => {
    const { app } = started();
    // A stray window on the app's page with the main window's preload: its API
    // reaches main's real IPC handlers, which must answer none of the counsellor's.
    const answers = await app.evaluate(async ({ BrowserWindow }, preload) => {
      const stray = new BrowserWindow({
        show: false,
        webPreferences: { preload, sandbox: true, contextIsolation: true },
      });
      try {
        await stray.loadURL('app://sprechstunde/kiosk.html');
        return (await stray.webContents.executeJavaScript(`(async () => {
          const api = window.sprechstunde;
          return [await api.settings.view(), await api.appointments.query({
            view: 'today', filter: '', day: { start: 0, end: 1 }, offset: 0, limit: 1,
          })];
        })()`)) as { ok: boolean; error?: { code: string } }[];
      } finally {
        stray.destroy();
      }
    }, mainPreload);
    expect(answers).toHaveLength(2);
    for (const answer of answers) {
      expect(answer.ok).toBe(false);
      expect(['untrusted-sender', 'not-in-this-mode']).toContain(answer.error?.code);
    }
  });

  it('quits when staff give the right exit PIN', async () => {
    const { app, page } = started();
    const exited = new Promise<void>((resolve) => app.process().once('exit', () => resolve()));
    await page.keyboard.press(
      process.platform === 'darwin' ? 'Meta+Alt+Shift+KeyK' : 'Control+Alt+Shift+KeyK',
    );
    const dialog = page.getByRole('dialog', { name: 'Leave kiosk mode' });
    await dialog.getByLabel('PIN').fill(EXIT_PIN);
    await dialog.getByRole('button', { name: 'Leave' }).click();
    await exited;
  });
});
