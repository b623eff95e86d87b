// What the machine needs beyond npm, said in one line each before a long step fails
// with a gyp trace or a browser error. Plain Node and no dependencies: the install
// check runs before anything is installed (see scripts/system-packages/package.json).
//
//   node scripts/check-system-packages.mjs install   # before keytar builds
//   node scripts/check-system-packages.mjs test      # before `npm test`
import { spawnSync } from 'node:child_process';
import console from 'node:console';
import { accessSync, constants, existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import process from 'node:process';
import { pathToFileURL } from 'node:url';

/** Set to 1 where the system has what is needed in a way the check does not see. */
export const SKIP_VARIABLE = 'SPRECHSTUNDE_SKIP_SYSTEM_CHECK';

/**
 * What the check may ask of the machine; the tests pass their own.
 * @typedef {object} Probe
 * @property {NodeJS.Platform} platform
 * @property {Record<string, string | undefined>} env
 * @property {(command: string) => boolean} hasCommand on the PATH
 * @property {(command: string, args: string[]) => boolean} succeeds exits with 0
 * @property {(path: string) => boolean} exists
 */

/**
 * One missing thing: the Debian/Ubuntu package that brings it, and why it is needed.
 * @typedef {object} Missing
 * @property {string} debianPackage
 * @property {string} reason
 * @property {boolean} [onlyWarns] the step runs anyway, with less checked
 */

const LIBSECRET_HEADER = '/usr/include/libsecret-1/libsecret/secret.h';
const CHROMIUM_PATHS = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];

/**
 * What `npm install` needs on Linux: keytar (the OS keychain) builds from source
 * there against libsecret, found by pkg-config, with node-gyp's compiler, make and Python.
 * Windows and macOS need nothing.
 * @param {Probe} probe
 * @returns {Missing[]}
 */
export function missingForInstall(probe) {
  if (probe.platform !== 'linux') return [];
  /** @type {Missing[]} */
  const missing = [];
  const hasPkgConfig = probe.hasCommand('pkg-config');
  if (!hasPkgConfig) {
    missing.push({ debianPackage: 'pkg-config', reason: 'keytar finds libsecret with it' });
  }
  const hasLibsecret = hasPkgConfig
    ? probe.succeeds('pkg-config', ['--exists', 'libsecret-1'])
    : probe.exists(LIBSECRET_HEADER);
  if (!hasLibsecret) {
    missing.push({
      debianPackage: 'libsecret-1-dev',
      reason: 'keytar (the OS keychain) builds against it',
    });
  }
  const hasCompiler = ['c++', 'g++', 'clang++'].some((compiler) => probe.hasCommand(compiler));
  if (!hasCompiler || !probe.hasCommand('make')) {
    missing.push({ debianPackage: 'build-essential', reason: 'keytar is compiled with it' });
  }
  const hasPython = !!probe.env.PYTHON || probe.hasCommand('python3');
  if (!hasPython) missing.push({ debianPackage: 'python3', reason: 'node-gyp runs on it' });
  return missing;
}

/**
 * What `npm test` needs beyond `npm install`: Chromium for the end-to-end tests (Debian's
 * on Linux, else Playwright's: `playwrightChromium` is where that would be), a private
 * D-Bus session with gnome-keyring for the keychain tests, and xmllint for the policy
 * templates (skipped without it on a developer's machine, required in CI).
 * @param {Probe} probe
 * @param {string | undefined} playwrightChromium
 * @returns {Missing[]}
 */
export function missingForTests(probe, playwrightChromium) {
  /** @type {Missing[]} */
  const missing = [];
  const chromium = [probe.env.CHROMIUM_PATH, ...CHROMIUM_PATHS, playwrightChromium].some(
    (path) => !!path && probe.exists(path),
  );
  if (!chromium) {
    missing.push({
      debianPackage: 'chromium',
      reason:
        probe.platform === 'linux'
          ? 'the end-to-end tests drive it'
          : 'the end-to-end tests drive it: npx playwright install chromium',
    });
  }
  if (probe.platform === 'linux' && !probe.env.SPRECHSTUNDE_KEYRING_READY) {
    if (!probe.hasCommand('dbus-run-session')) {
      missing.push({
        debianPackage: 'dbus-daemon',
        reason: 'dbus-run-session gives the tests a private session bus',
      });
    }
    if (!probe.hasCommand('gnome-keyring-daemon')) {
      missing.push({
        debianPackage: 'gnome-keyring',
        reason: 'the keychain tests use a real Secret Service',
      });
    }
  }
  if (!probe.hasCommand('xmllint')) {
    missing.push({
      debianPackage: 'libxml2-utils',
      reason: 'xmllint checks the policy templates',
      onlyWarns: !probe.env.CI,
    });
  }
  return missing;
}

/**
 * The one line `npm install` stops with.
 * @param {Missing[]} missing
 * @returns {string}
 */
export function installMessage(missing) {
  const packages = missing.map((item) => item.debianPackage).join(' ');
  const reasons = missing.map((item) => `${item.debianPackage}: ${item.reason}`).join('; ');
  return (
    `Sprechstunde cannot be installed yet, system packages are missing (${reasons}). ` +
    `On Debian/Ubuntu: sudo apt-get install ${packages} — elsewhere install their equivalents, ` +
    `or set ${SKIP_VARIABLE}=1 if your system has them where this check does not look.`
  );
}

/**
 * One line per missing thing, before `npm test` runs.
 * @param {Missing} item
 * @param {NodeJS.Platform} platform
 * @returns {string}
 */
export function testLine(item, platform) {
  const install =
    platform === 'linux'
      ? `sudo apt-get install ${item.debianPackage}`
      : `install ${item.debianPackage}`;
  const what = item.onlyWarns ? 'npm test skips a check without it' : 'npm test needs it';
  return `${item.debianPackage} is missing (${item.reason}); ${what}: ${install}`;
}

/** @type {Probe} */
export const systemProbe = {
  platform: process.platform,
  env: process.env,
  hasCommand: (command) =>
    (process.env.PATH ?? '').split(delimiter).some((folder) => {
      if (!folder) return false;
      try {
        accessSync(join(folder, command), constants.X_OK);
        return true;
      } catch {
        return false;
      }
    }),
  succeeds: (command, args) => spawnSync(command, args, { stdio: 'ignore' }).status === 0,
  exists: existsSync,
};

/** Where Playwright keeps its own Chromium, if playwright-core is installed (it is, for tests). */
async function playwrightChromium() {
  try {
    const { chromium } = await import('playwright-core');
    return chromium.executablePath();
  } catch {
    return undefined;
  }
}

/**
 * @param {string | undefined} step
 * @param {Probe} probe
 * @param {() => Promise<string | undefined>} findPlaywrightChromium
 * @param {(line: string) => void} say where the lines go (stderr)
 * @returns {Promise<number>} the exit code
 */
export async function main(
  step,
  probe,
  findPlaywrightChromium = playwrightChromium,
  say = (line) => console.error(line),
) {
  if (probe.env[SKIP_VARIABLE] === '1') return 0;
  if (step === 'install') {
    const missing = missingForInstall(probe);
    if (missing.length > 0) say(installMessage(missing));
    return missing.length > 0 ? 1 : 0;
  }
  if (step === 'test') {
    const missing = missingForTests(probe, await findPlaywrightChromium());
    for (const item of missing) say(testLine(item, probe.platform));
    const blocking = missing.filter((item) => !item.onlyWarns);
    if (blocking.length > 0) {
      say(`(${SKIP_VARIABLE}=1 runs the tests anyway.)`);
    }
    return blocking.length > 0 ? 1 : 0;
  }
  say('usage: node scripts/check-system-packages.mjs install|test');
  return 2;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = await main(process.argv[2], systemProbe);
}
