import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir, userInfo } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { _electron, type ElectronApplication, type Page } from 'playwright-core';
import { policyLocations } from '../../src/main/policy/sources';
import type { Channel } from '../../src/shared/ipc-channels';
import type { UserSettings } from '../../src/shared/settings';
import { electronBinary } from './electron-binary';

const root = fileURLToPath(new URL('../..', import.meta.url));
// Not the development server, and Electron as Electron, whatever the shell has set.
const ignoredVariables = new Set(['ELECTRON_RENDERER_URL', 'ELECTRON_RUN_AS_NODE']);

export interface AppUnderTest {
  app: ElectronApplication;
  /** The main window. */
  page: Page;
  /** Deletes the appointments the test made, closes the app and removes its profile folder. */
  close(): Promise<void>;
}

/**
 * Writes `values` where this platform's app reads a policy file, below `policyRoot`
 * (policy.json on Windows and Linux, the machine's managed preferences plist on macOS).
 */
async function writePolicy(policyRoot: string, values: Record<string, string | boolean>) {
  const location = policyLocations(process.platform, {
    env: process.env,
    username: userInfo().username,
  }).findLast((candidate) => candidate.kind !== 'registry');
  if (!location) throw new Error('no policy file on this platform');
  const path = join(
    policyRoot,
    ...location.path
      .replace(/^([A-Za-z]):/, '$1')
      .split(/[\\/]/)
      .filter(Boolean),
  );
  await mkdir(dirname(path), { recursive: true });
  if (location.kind === 'json') {
    await writeFile(path, JSON.stringify(values));
    return;
  }
  const entries = Object.entries(values).map(([key, value]) =>
    typeof value === 'boolean'
      ? `<key>${key}</key><${value}/>`
      : `<key>${key}</key><string>${value.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</string>`,
  );
  await writeFile(
    path,
    `<?xml version="1.0" encoding="UTF-8"?>\n<plist version="1.0"><dict>${entries.join('')}</dict></plist>\n`,
  );
}

/**
 * Starts the built app (package.json "main", `out/main/index.js`) in the real
 * Electron with a fresh profile folder, which the app honours when it is not
 * packaged (`SPRECHSTUNDE_USER_DATA_DIR`). `settings` is written to its
 * settings.json first; `policy` to a policy file below a folder of its own
 * (`SPRECHSTUNDE_POLICY_ROOT`, which only the unpackaged app reads); `args` are further
 * Chromium switches.
 */
export async function launchApp(
  options: {
    settings?: Partial<UserSettings>;
    policy?: Record<string, string | boolean>;
    args?: string[];
  } = {},
): Promise<AppUnderTest> {
  const binary = electronBinary();
  if (binary.path === null) throw new Error(`no Electron binary: ${binary.reason}`);
  if (!existsSync(join(root, 'out/main/index.js'))) {
    throw new Error('out/main/index.js is missing: build the app first (electron-vite build)');
  }
  const userDataDir = await mkdtemp(join(tmpdir(), 'sprechstunde-electron-'));
  let app: ElectronApplication | undefined;
  try {
    if (options.settings) {
      await writeFile(join(userDataDir, 'settings.json'), JSON.stringify(options.settings));
    }
    const policyRoot = join(userDataDir, 'policy-root');
    if (options.policy) await writePolicy(policyRoot, options.policy);
    const env = Object.fromEntries(
      Object.entries({
        ...process.env,
        SPRECHSTUNDE_USER_DATA_DIR: userDataDir,
        ...(options.policy ? { SPRECHSTUNDE_POLICY_ROOT: policyRoot } : {}),
        LANG: 'en_US.UTF-8',
      }).filter(
        (entry): entry is [string, string] =>
          entry[1] !== undefined && !ignoredVariables.has(entry[0]),
      ),
    );
    app = await _electron.launch({
      executablePath: binary.path,
      args: ['.', ...(options.args ?? [])],
      cwd: root,
      env,
    });
    const page = await app.firstWindow();
    const launched = app;
    return {
      app: launched,
      page,
      close: async () => {
        try {
          await deleteEveryAppointment(page);
        } finally {
          // A kiosk test may have quit the app already (with the exit PIN).
          const process = launched.process();
          if (process.exitCode === null && process.signalCode === null) await launched.close();
          await rm(userDataDir, { recursive: true, force: true });
        }
      },
    };
  } catch (error) {
    await app?.close().catch(() => {});
    await rm(userDataDir, { recursive: true, force: true });
    throw error;
  }
}

/**
 * The real app keeps its secrets under its real keychain service (on Linux
 * `npm run test:electron` gives it a throw-away keyring; on macOS and Windows it
 * is the machine's own). Deleting the appointments through the app makes it
 * remove their room passwords itself. The `store-key` it made, or found, stays:
 * a key that was there before may belong to the counsellor's own appointments.
 */
async function deleteEveryAppointment(page: Page): Promise<void> {
  if (page.isClosed()) return;
  const refused = await page.evaluate(async () => {
    const api = window.sprechstunde;
    // A kiosk has no appointments (its bridge is the kiosk's alone).
    if (!('appointments' in api)) return [];
    const listed = await api.appointments.query({
      view: 'today',
      filter: '',
      day: { start: 0, end: 8_640_000_000_000_000 },
      offset: 0,
      limit: 500,
    });
    // A locked store holds nothing this test made.
    if (!listed.ok) return [];
    const codes: string[] = [];
    for (const row of listed.value.rows) {
      const deleted = await api.appointments.delete({ id: row.id });
      if (!deleted.ok) codes.push(deleted.error.code);
    }
    return codes;
  });
  if (refused.length > 0) {
    throw new Error(`the app refused to delete test appointments: ${refused.join(', ')}`);
  }
}

/** The keys of `window.sprechstunde` that createApi() makes from these channels. */
export function apiAreas(channels: readonly Channel[]): string[] {
  return [...new Set(channels.map((channel) => channel.slice(0, channel.indexOf(':'))))].sort();
}
