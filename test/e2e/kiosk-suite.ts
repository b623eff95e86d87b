import type { Browser } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { hashPin } from '../../src/main/kiosk/exit-pin';
import type { KioskServices } from '../../src/main/kiosk/kiosk-services';
import { mergePolicy, type Policy } from '../../src/shared/effective-settings';
import { createTestChain } from '../fixtures/certificates';
import { startJitsiStandIn, type JitsiStandIn } from '../fixtures/jitsi-stand-in/server';
import { launchChromium } from './browser';
import {
  newUserDataDir,
  removeUserDataDir,
  startApp,
  type KioskStartOptions,
  type RunningApp,
  type StartOptions,
} from './harness';

/** The staff's exit PIN in the kiosk tests' policy. */
export const KIOSK_EXIT_PIN = '2468';

/**
 * The kiosk's test files: one Jitsi stand-in and one Chromium (fake camera and
 * microphone) per file, a fresh user-data folder per test, every terminal closed
 * afterwards (appSuite's, for the kiosk).
 */
export function kioskSuite() {
  let browser: Browser;
  let standIn: JitsiStandIn;
  let pinHash = '';
  let userDataDir = '';
  const running: RunningApp<KioskServices>[] = [];

  beforeAll(async () => {
    const certificate = (await createTestChain(['localhost'])).leaf;
    standIn = await startJitsiStandIn({ certificate });
    browser = await launchChromium([
      `--ignore-certificate-errors-spki-list=${certificate.pin}`,
      '--use-fake-ui-for-media-stream',
      '--use-fake-device-for-media-stream',
    ]);
    pinHash = await hashPin(KIOSK_EXIT_PIN);
  });
  afterAll(async () => {
    await browser?.close();
    await standIn?.close();
  });
  beforeEach(async () => {
    userDataDir = await newUserDataDir();
  });
  afterEach(async () => {
    await Promise.all(running.splice(0).map((app) => app.close()));
    await removeUserDataDir(userDataDir);
  });

  return {
    get standIn() {
      return standIn;
    },
    get userDataDir() {
      return userDataDir;
    },
    /** IT's kiosk policy: kiosk mode, the exit PIN, `serverUrl` (none: null) and `values`. */
    policy(
      values: Record<string, unknown> = {},
      serverUrl: string | null = standIn.origin,
    ): Policy {
      return mergePolicy([
        {
          source: '/etc/sprechstunde/policy.json',
          values: {
            ...(serverUrl ? { ServerUrl: serverUrl } : {}),
            KioskMode: true,
            KioskExitPinHash: pinHash,
            ...values,
          },
        },
      ]);
    },
    /** Starts a terminal on this test's folder. */
    async start(options: Omit<StartOptions, 'userDataDir'> & { kiosk: KioskStartOptions }) {
      const app = await startApp(browser, { userDataDir, ...options });
      running.push(app);
      return app;
    },
    /** Closes a terminal as quitting would; its folder stays for the test to read. */
    async close(app: RunningApp<KioskServices>) {
      running.splice(running.indexOf(app), 1);
      await app.close();
    },
  };
}
