import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  installMessage,
  main,
  missingForInstall,
  missingForTests,
  SKIP_VARIABLE,
  testLine,
  type Probe,
} from '../../../scripts/check-system-packages.mjs';

const root = join(import.meta.dirname, '../../..');

/** A Debian machine with everything, less what `without` names (commands, paths, pkg-config modules). */
function debian(without: string[] = [], env: Record<string, string> = {}): Probe {
  const has = (thing: string) => !without.includes(thing);
  return {
    platform: 'linux',
    env,
    hasCommand: has,
    succeeds: (command, args) => command === 'pkg-config' && has(args[1]!),
    exists: has,
  };
}

const packagesOf = (missing: { debianPackage: string }[]) =>
  missing.map((item) => item.debianPackage);

describe('the check before npm install', () => {
  it('passes a Debian machine with the build tools and libsecret', () => {
    expect(missingForInstall(debian())).toEqual([]);
  });

  it('names libsecret-1-dev when pkg-config does not find libsecret-1', () => {
    expect(packagesOf(missingForInstall(debian(['libsecret-1'])))).toEqual(['libsecret-1-dev']);
  });

  it('names pkg-config, and looks for libsecret’s header instead, where pkg-config is missing', () => {
    expect(packagesOf(missingForInstall(debian(['pkg-config'])))).toEqual(['pkg-config']);
    expect(
      packagesOf(
        missingForInstall(debian(['pkg-config', '/usr/include/libsecret-1/libsecret/secret.h'])),
      ),
    ).toEqual(['pkg-config', 'libsecret-1-dev']);
  });

  it('names build-essential without a C++ compiler or make, and python3 without Python', () => {
    expect(packagesOf(missingForInstall(debian(['c++', 'g++', 'clang++'])))).toEqual([
      'build-essential',
    ]);
    expect(packagesOf(missingForInstall(debian(['make'])))).toEqual(['build-essential']);
    expect(packagesOf(missingForInstall(debian(['c++', 'g++'])))).toEqual([]);
    expect(packagesOf(missingForInstall(debian(['python3'])))).toEqual(['python3']);
    expect(missingForInstall(debian(['python3'], { PYTHON: '/opt/python/bin/python' }))).toEqual(
      [],
    );
  });

  it('asks nothing of Windows and macOS', () => {
    for (const platform of ['win32', 'darwin'] as const) {
      expect(
        missingForInstall({ ...debian(['libsecret-1', 'pkg-config', 'make']), platform }),
      ).toEqual([]);
    }
  });

  it('says it in one line, with the apt-get command and the way past the check', () => {
    const message = installMessage(missingForInstall(debian(['libsecret-1', 'make'])));
    expect(message).not.toContain('\n');
    expect(message).toContain('sudo apt-get install libsecret-1-dev build-essential');
    expect(message).toContain(`${SKIP_VARIABLE}=1`);
  });

  it('stops the install with that line, or lets it go on when told to', async () => {
    const errors: string[] = [];
    const say = (line: string) => void errors.push(line);
    const noPlaywright = () => Promise.resolve(undefined);
    expect(await main('install', debian(['libsecret-1']), noPlaywright, say)).toBe(1);
    expect(
      await main('install', debian(['libsecret-1'], { [SKIP_VARIABLE]: '1' }), noPlaywright, say),
    ).toBe(0);
    expect(await main('install', debian(), noPlaywright, say)).toBe(0);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain('libsecret-1-dev');
  });
});

describe('the check before npm test', () => {
  it('passes a Debian machine with Chromium, the keyring tools and xmllint', () => {
    expect(missingForTests(debian(), undefined)).toEqual([]);
  });

  it('names each missing one in a line of its own', () => {
    const missing = missingForTests(
      debian([
        '/usr/bin/chromium',
        '/usr/bin/chromium-browser',
        'dbus-run-session',
        'gnome-keyring-daemon',
        'xmllint',
      ]),
      undefined,
    );
    expect(packagesOf(missing)).toEqual([
      'chromium',
      'dbus-daemon',
      'gnome-keyring',
      'libxml2-utils',
    ]);
    const lines = missing.map((item) => testLine(item, 'linux'));
    expect(lines.every((line) => !line.includes('\n'))).toBe(true);
    expect(lines[0]).toBe(
      'chromium is missing (the end-to-end tests drive it); npm test needs it: sudo apt-get install chromium',
    );
  });

  it('takes CHROMIUM_PATH or Playwright’s own Chromium instead of Debian’s', () => {
    const noDebianChromium = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];
    expect(
      missingForTests(
        debian(noDebianChromium, { CHROMIUM_PATH: '/opt/chromium/chrome' }),
        undefined,
      ),
    ).toEqual([]);
    expect(missingForTests(debian(noDebianChromium), '/root/.cache/ms-playwright/chrome')).toEqual(
      [],
    );
  });

  it('only warns without xmllint on a developer’s machine, and stops in CI', async () => {
    const errors: string[] = [];
    const say = (line: string) => void errors.push(line);
    const noPlaywright = () => Promise.resolve(undefined);
    expect(await main('test', debian(['xmllint']), noPlaywright, say)).toBe(0);
    expect(await main('test', debian(['xmllint'], { CI: 'true' }), noPlaywright, say)).toBe(1);
    expect(errors[0]).toContain('npm test skips a check without it');
  });

  it('asks no keyring tools where the keyring is already there, nor on macOS and Windows', () => {
    const noKeyring = ['dbus-run-session', 'gnome-keyring-daemon'];
    expect(
      missingForTests(debian(noKeyring, { SPRECHSTUNDE_KEYRING_READY: '1' }), undefined),
    ).toEqual([]);
    expect(missingForTests({ ...debian(noKeyring), platform: 'darwin' }, undefined)).toEqual([]);
  });
});

describe('the check as npm runs it', () => {
  const folders: string[] = [];
  afterAll(() => Promise.all(folders.map((folder) => rm(folder, { recursive: true }))));

  // On a Linux machine with libsecret hidden from pkg-config: what `npm install` prints.
  it.runIf(process.platform === 'linux')(
    'prints the one line and exits 1 when pkg-config does not find libsecret-1',
    async () => {
      const empty = await mkdtemp(join(tmpdir(), 'pkg-config-'));
      folders.push(empty);
      await writeFile(join(empty, 'README'), 'no .pc files here');
      const run = spawnSync(process.execPath, ['scripts/check-system-packages.mjs', 'install'], {
        cwd: root,
        encoding: 'utf8',
        env: { ...process.env, PKG_CONFIG_LIBDIR: empty, PKG_CONFIG_PATH: '' },
      });
      if (spawnSync('pkg-config', ['--version']).error) return; // nothing to hide it from
      expect(run.status).toBe(1);
      expect(run.stderr.trim().split('\n')).toEqual([
        expect.stringContaining('sudo apt-get install libsecret-1-dev'),
      ]);
    },
  );

  it('is run by a dependency’s preinstall, installed as a copy, so it runs before keytar builds', async () => {
    const manifest = JSON.parse(await readFile(join(root, 'package.json'), 'utf8')) as {
      devDependencies: Record<string, string>;
    };
    const checker = JSON.parse(
      await readFile(join(root, 'scripts/system-packages/package.json'), 'utf8'),
    ) as { scripts: Record<string, string> };
    expect(manifest.devDependencies['sprechstunde-system-packages']).toBe(
      'file:scripts/system-packages',
    );
    expect(checker.scripts.preinstall).toBe('node ../../scripts/check-system-packages.mjs install');
    expect(await readFile(join(root, '.npmrc'), 'utf8')).toMatch(/^install-links=true$/m);
  });
});
