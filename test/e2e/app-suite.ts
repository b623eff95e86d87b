import type { Browser } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import type { KioskServices } from '../../src/main/kiosk/kiosk-services';
import type { MainServices } from '../../src/main/services';
import { launchChromium } from './browser';
import {
  newUserDataDir,
  removeUserDataDir,
  startApp,
  type KioskStartOptions,
  type RunningApp,
  type StartOptions,
} from './harness';

/**
 * One Chromium per test file, a fresh user-data folder (and keychain service)
 * per test, and every app closed and its secrets forgotten afterwards.
 * `launchArgs` runs first, so test servers can put their ports on Chromium's
 * command line.
 */
export function appSuite(options: { launchArgs?: () => Promise<string[]> } = {}) {
  let browser: Browser;
  let userDataDir = '';
  const running: RunningApp<MainServices | KioskServices>[] = [];

  beforeAll(async () => {
    browser = await launchChromium((await options.launchArgs?.()) ?? []);
  });
  afterAll(() => browser?.close());
  beforeEach(async () => {
    userDataDir = await newUserDataDir();
  });
  afterEach(async () => {
    await Promise.all(running.splice(0).map((app) => app.close()));
    await removeUserDataDir(userDataDir);
  });

  return {
    get userDataDir() {
      return userDataDir;
    },
    /** Starts the app on this test's folder; starting again after stop() is a restart. */
    async start(options: Omit<StartOptions, 'userDataDir'> = {}): Promise<RunningApp> {
      const app = await startApp(browser, { userDataDir, ...options });
      running.push(app);
      return app;
    },
    /** Starts a kiosk terminal (the kiosk's services and kiosk.html) on this test's folder. */
    async startKiosk(options: Omit<StartOptions, 'userDataDir'> & { kiosk: KioskStartOptions }) {
      const app = await startApp(browser, { userDataDir, ...options });
      running.push(app);
      return app;
    },
    /** Closes `app` as quitting it would; its folder stays for the test to read. */
    async close(app: RunningApp<MainServices | KioskServices>): Promise<void> {
      running.splice(running.indexOf(app), 1);
      await app.close();
    },
    /** Closes the app started last, as quitting it would. */
    async stop(): Promise<void> {
      await running.pop()?.close();
    },
  };
}
