import { execFile } from 'node:child_process';
import { chmod, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { listPackage } from '@electron/asar';
import { FuseV1Options, getCurrentFuseWire } from '@electron/fuses';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { DEEP_LINK_SCHEME } from '../../src/shared/deep-link';

// Electron's binary cannot be downloaded here, so electron-builder packages a
// stand-in: a file that carries Electron's fuse sentinel and its default wire
// (RunAsNode on, cookie encryption off, NODE_OPTIONS on, --inspect on, asar
// integrity off, only-asar off, V8 snapshot off, file:// privileges on).
// The real electron-builder and @electron/fuses then do to it what they do
// to Electron, and the test reads back what a release would ship.
const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
const ELECTRON_DEFAULT_WIRE = '10110001';

let work: string;
let app: string;
// What a test run may leave in out/ before `npm run dist` (the e2e harness once
// bundled its preload stand-in there): planted, so the check cannot pass by luck.
const planted = 'out/test/planted-by-packaging-test.js';

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'sprechstunde-packaging-'));
  const standIn = join(work, 'electron-dist');
  await mkdir(standIn);
  const binary = join(standIn, 'electron');
  await writeFile(
    binary,
    Buffer.concat([
      Buffer.from('#!/bin/sh\nexit 0\n'),
      Buffer.from(SENTINEL),
      Buffer.from([1, ELECTRON_DEFAULT_WIRE.length]),
      Buffer.from(ELECTRON_DEFAULT_WIRE),
    ]),
  );
  await chmod(binary, 0o755);
  if (!existsSync('out/main/index.js'))
    throw new Error('out/ is missing: npm test builds it first');
  await mkdir('out/test', { recursive: true });
  await writeFile(planted, '// a test leftover\n');
  const output = join(work, 'dist');
  await promisify(execFile)(
    process.execPath,
    [
      'node_modules/electron-builder/cli.js',
      '--linux',
      'dir',
      `-c.electronDist=${standIn}`,
      `-c.directories.output=${output}`,
      '-c.npmRebuild=false',
      '--publish',
      'never',
    ],
    { env: { ...process.env, CSC_IDENTITY_AUTO_DISCOVERY: 'false' } },
  );
  app = join(output, 'linux-unpacked');
});
afterAll(async () => {
  await rm(planted, { force: true });
  await rm(work, { recursive: true, force: true });
});

describe('electron-builder packaging', () => {
  it('flips every fuse to the release setting', async () => {
    const wire = await getCurrentFuseWire(join(app, 'sprechstunde'));
    // The wire holds ASCII '1' (on) and '0' (off) per fuse.
    const [on, off] = ['1'.charCodeAt(0), '0'.charCodeAt(0)];
    // Keyed by every fuse @electron/fuses knows: one added in an update does not
    // compile until it is decided on here and in electron-builder.yml.
    const release = {
      [FuseV1Options.RunAsNode]: off,
      [FuseV1Options.EnableCookieEncryption]: on,
      [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: off,
      [FuseV1Options.EnableNodeCliInspectArguments]: off,
      [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: on,
      [FuseV1Options.OnlyLoadAppFromAsar]: on,
      [FuseV1Options.LoadBrowserProcessSpecificV8Snapshot]: off,
      [FuseV1Options.GrantFileProtocolExtraPrivileges]: off,
    } satisfies Record<FuseV1Options, number>;
    const fuses = Object.keys(release).map(Number) as (keyof typeof release)[];
    const named = (value: (fuse: keyof typeof release) => number | undefined) =>
      Object.fromEntries(fuses.map((fuse) => [FuseV1Options[fuse], value(fuse)]));
    expect(named((fuse) => wire[fuse])).toEqual(named((fuse) => release[fuse]));
  });

  it('ships the built app in the asar, without sources, tests or renderer-only packages', async () => {
    const files = listPackage(join(app, 'resources', 'app.asar'), { isPack: false }).map((file) =>
      file.replaceAll('\\', '/'),
    );
    for (const expected of [
      '/package.json',
      '/out/main/index.js',
      '/out/preload/index.cjs',
      '/out/renderer/index.html',
      '/node_modules/electron-store/package.json',
      '/node_modules/zod/package.json',
    ]) {
      expect(files, expected).toContain(expected);
    }
    expect(files.filter((file) => /^\/(src|test|bench|\.ci)\//.test(file))).toEqual([]);
    // Of out/, only the three built targets; no test leftover.
    expect(
      files.filter(
        (file) => file.startsWith('/out/') && !/^\/out\/(main|preload|renderer)(\/|$)/.test(file),
      ),
    ).toEqual([]);
    expect(
      files.filter((file) => /test|spec|harness/i.test(file.replace(/^\/node_modules\/.*/, ''))),
    ).toEqual([]);
    expect(files.filter((file) => file.endsWith('.map'))).toEqual([]);
    expect(files.filter((file) => file.startsWith('/node_modules/react/'))).toEqual([]);
    expect((await readdir(join(app, 'resources'))).sort()).toEqual([
      'app-update.yml',
      'app.asar',
      'app.asar.unpacked',
    ]);
    // Native modules cannot load from inside the asar: keytar is unpacked beside it.
    const unpacked = await readdir(join(app, 'resources', 'app.asar.unpacked'), {
      recursive: true,
    });
    expect(unpacked.some((file) => file.endsWith('keytar.node'))).toBe(true);
  });

  it('ships the app-update.yml electron-updater reads before a download, with no real update server in it', async () => {
    const config: unknown = parse(await readFile(join(app, 'resources', 'app-update.yml'), 'utf8'));
    // The cache folder the NSIS installer also keeps its copy in, for differential updates.
    // The URL is a placeholder in `.invalid`: the server comes from policy (UpdateUrl) at run time.
    expect(config).toEqual({
      provider: 'generic',
      url: 'https://updates.invalid/',
      updaterCacheDirName: 'sprechstunde-updater',
    });
  });

  it('registers the sprechstunde: scheme the deep links parse, for the installers and macOS', async () => {
    const config = parse(await readFile('electron-builder.yml', 'utf8')) as {
      protocols?: { name: string; schemes: string[] }[];
    };
    expect(config.protocols).toEqual([{ name: 'Sprechstunde', schemes: [DEEP_LINK_SCHEME] }]);
  });
});
