import { describe, expect, it } from 'vitest';
import { decideUpdates, installationOf } from '../../../../src/main/update/update-decision';

// What electron-builder's targets leave in the installation folder of Sprechstunde.exe.
const packedApp = [
  'Sprechstunde.exe',
  'resources',
  'locales',
  'chrome_100_percent.pak',
  'ffmpeg.dll',
  'LICENSE.electron.txt',
];
const nsisFolder = [...packedApp, 'Uninstall Sprechstunde.exe'];

describe('how the app was installed', () => {
  it('by NSIS: its uninstaller lies beside the executable', () => {
    expect(
      installationOf({
        platform: 'win32',
        productFilename: 'Sprechstunde',
        filesBesideExecutable: nsisFolder,
      }),
    ).toBe('nsis');
  });

  it('by NSIS, whatever case the file system reports', () => {
    expect(
      installationOf({
        platform: 'win32',
        productFilename: 'Sprechstunde',
        filesBesideExecutable: [...packedApp, 'UNINSTALL SPRECHSTUNDE.EXE'],
      }),
    ).toBe('nsis');
  });

  it('by MSI, or copied: the packed folder alone, without an uninstaller', () => {
    expect(
      installationOf({
        platform: 'win32',
        productFilename: 'Sprechstunde',
        filesBesideExecutable: packedApp,
      }),
    ).toBe('msi-or-copy');
  });

  it("not by this app's NSIS when the uninstaller is another product's", () => {
    expect(
      installationOf({
        platform: 'win32',
        productFilename: 'Sprechstunde',
        filesBesideExecutable: [...packedApp, 'Uninstall Other.exe', 'Uninstall.exe'],
      }),
    ).toBe('msi-or-copy');
  });

  it('elsewhere than Windows, whatever the folder holds', () => {
    for (const platform of ['darwin', 'linux']) {
      expect(
        installationOf({
          platform,
          productFilename: 'Sprechstunde',
          filesBesideExecutable: nsisFolder,
        }),
      ).toBe('not-windows');
    }
  });
});

describe('whether the app updates itself', () => {
  const url = 'https://updates.beratung.example.org/sprechstunde/';
  const nsis = { installation: 'nsis' as const, isPackaged: true };

  it('does, from the policy URL, when an NSIS-installed packaged app has one', () => {
    expect(decideUpdates({ updateUrl: url, ...nsis })).toEqual({ updates: 'on', url });
  });

  it('does not without UpdateUrl (the default)', () => {
    expect(decideUpdates({ updateUrl: null, ...nsis })).toEqual({
      updates: 'off',
      reason: 'no-update-url',
    });
  });

  it('does not from anything but an https: URL without credentials', () => {
    for (const updateUrl of [
      'http://updates.beratung.example.org/',
      'file:///C:/updates/',
      'ftp://updates.beratung.example.org/',
      'https://it:secret@updates.beratung.example.org/',
      'updates.beratung.example.org',
      '',
    ]) {
      expect(decideUpdates({ updateUrl, ...nsis }), updateUrl).toEqual({
        updates: 'off',
        reason: 'not-https',
      });
    }
  });

  it('never when installed by MSI: IT rolls out the next one', () => {
    expect(
      decideUpdates({ updateUrl: url, installation: 'msi-or-copy', isPackaged: true }),
    ).toEqual({ updates: 'off', reason: 'msi-or-copy' });
  });

  it('not on macOS or Linux yet', () => {
    expect(
      decideUpdates({ updateUrl: url, installation: 'not-windows', isPackaged: true }),
    ).toEqual({ updates: 'off', reason: 'not-windows' });
  });

  it('not in a development build', () => {
    expect(decideUpdates({ updateUrl: url, installation: 'nsis', isPackaged: false })).toEqual({
      updates: 'off',
      reason: 'unpackaged',
    });
  });
});
