import { readFile } from 'node:fs/promises';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';

// Electron's fuses (@electron/fuses). A fuse left unset keeps Electron's default,
// so each one is pinned here: a new fuse must be decided on, not inherited.
const releaseFuses = {
  runAsNode: false,
  enableCookieEncryption: true,
  enableNodeOptionsEnvironmentVariable: false,
  enableNodeCliInspectArguments: false,
  enableEmbeddedAsarIntegrityValidation: true,
  onlyLoadAppFromAsar: true,
  loadBrowserProcessSpecificV8Snapshot: false,
  grantFileProtocolExtraPrivileges: false,
};

describe('packaging', () => {
  it('sets every Electron fuse explicitly for the release', async () => {
    const config = parse(await readFile('electron-builder.yml', 'utf8')) as Record<string, unknown>;
    expect(config.electronFuses).toEqual(releaseFuses);
    expect(config.asar).toBe(true);
  });

  it('installs per machine on Windows and macOS', async () => {
    const config = parse(await readFile('electron-builder.yml', 'utf8')) as Record<
      string,
      Record<string, unknown>
    >;
    expect(config.nsis).toMatchObject({ perMachine: true, oneClick: false });
    expect(config.msi).toMatchObject({ perMachine: true });
    expect(config.pkg).toMatchObject({ installLocation: '/Applications' });
  });

  it('flips only the inspect fuse for the test build', async () => {
    const scripts = (
      JSON.parse(await readFile('package.json', 'utf8')) as { scripts: Record<string, string> }
    ).scripts;
    expect(scripts['dist:test']).toMatch(/-c\.electronFuses\.enableNodeCliInspectArguments=true$/);
    expect(scripts['dist:test']?.match(/electronFuses/g)).toHaveLength(1);
  });
});
