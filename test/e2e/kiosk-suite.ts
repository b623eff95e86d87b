import { afterAll } from 'vitest';
import { hashPin } from '../../src/main/kiosk/exit-pin';
import type { KioskServices } from '../../src/main/kiosk/kiosk-services';
import { mergePolicy, type Policy } from '../../src/shared/effective-settings';
import { createTestChain } from '../fixtures/certificates';
import { startJitsiStandIn, type JitsiStandIn } from '../fixtures/jitsi-stand-in/server';
import { appSuite } from './app-suite';
import type { KioskStartOptions, RunningApp, StartOptions } from './harness';

/** The staff's exit PIN in the kiosk tests' policy. */
export const KIOSK_EXIT_PIN = '2468';

/**
 * The kiosk's test files: appSuite's Chromium (with a fake camera and microphone),
 * per-test folder and closing, plus one Jitsi stand-in per file and the policy
 * IT would give a terminal.
 */
export function kioskSuite() {
  let standIn: JitsiStandIn;
  let pinHash = '';
  const suite = appSuite({
    launchArgs: async () => {
      const certificate = (await createTestChain(['localhost'])).leaf;
      standIn = await startJitsiStandIn({ certificate });
      pinHash = await hashPin(KIOSK_EXIT_PIN);
      return [
        `--ignore-certificate-errors-spki-list=${certificate.pin}`,
        '--use-fake-ui-for-media-stream',
        '--use-fake-device-for-media-stream',
      ];
    },
  });
  afterAll(() => standIn?.close());

  return {
    get standIn() {
      return standIn;
    },
    get userDataDir() {
      return suite.userDataDir;
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
    start: (options: Omit<StartOptions, 'userDataDir'> & { kiosk: KioskStartOptions }) =>
      suite.startKiosk(options),
    /** Closes a terminal as quitting would; its folder stays for the test to read. */
    close: (app: RunningApp<KioskServices>) => suite.close(app),
  };
}
