import { beforeAll } from 'vitest';
import { hashPin } from '../../src/main/kiosk/exit-pin';
import type { KioskServices } from '../../src/main/kiosk/kiosk-services';
import { mergePolicy, type Policy } from '../../src/shared/effective-settings';
import { consultationSuite } from './consultation-steps';
import type { KioskStartOptions, RunningApp, StartOptions } from './harness';

/** The staff's exit PIN in the kiosk tests' policy. */
export const KIOSK_EXIT_PIN = '2468';

/**
 * The kiosk's test files: consultationSuite's Jitsi stand-in and Chromium (fake
 * camera and microphone), per-test folder and closing, plus the policy IT would
 * give a terminal.
 */
export function kioskSuite() {
  const env = consultationSuite();
  let pinHash = '';
  beforeAll(async () => {
    pinHash = await hashPin(KIOSK_EXIT_PIN);
  });

  return {
    get standIn() {
      return env.standIn;
    },
    get userDataDir() {
      return env.suite.userDataDir;
    },
    /** IT's kiosk policy: kiosk mode, the exit PIN, `serverUrl` (none: null) and `values`. */
    policy(
      values: Record<string, unknown> = {},
      serverUrl: string | null = env.standIn.origin,
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
    start: (options: Omit<StartOptions, 'userDataDir'> & { kiosk: KioskStartOptions }) =>
      env.suite.startKiosk(options),
    /** Closes a terminal as quitting would; its folder stays for the test to read. */
    close: (app: RunningApp<KioskServices>) => env.suite.close(app),
  };
}
