/**
 * Whether this copy of the app updates itself, decided from what the
 * composition root reads: the policy's UpdateUrl, how the app was installed,
 * and whether it is packaged. Pure, so every way to say no is tested.
 */

/** How this copy of the app came onto the machine, as far as updates care. */
export type Installation = 'nsis' | 'msi-or-copy' | 'not-windows';

/**
 * electron-builder's NSIS installer writes its uninstaller, `Uninstall
 * <productFilename>.exe`, beside the app's executable (app-builder-lib
 * templates/nsis/include/installer.nsh, UNINSTALL_FILENAME), and its registry
 * entry points there. The MSI installs exactly the packed app folder, which
 * holds no uninstaller: Windows Installer removes it. So the uninstaller marks
 * an NSIS installation; an MSI (or a copied folder) lacks it and never updates
 * itself: IT rolls out the next MSI.
 */
export function installationOf(app: {
  platform: string;
  productFilename: string;
  /** Names in the executable's folder. */
  filesBesideExecutable: readonly string[];
}): Installation {
  if (app.platform !== 'win32') return 'not-windows';
  // Windows file names compare without case.
  const uninstaller = `uninstall ${app.productFilename}.exe`.toLowerCase();
  return app.filesBesideExecutable.some((name) => name.toLowerCase() === uninstaller)
    ? 'nsis'
    : 'msi-or-copy';
}

export type UpdatesOff =
  /** No UpdateUrl in policy: the default. */
  | 'no-update-url'
  /** Not an https: URL without credentials (the policy schema refuses these already). */
  | 'not-https'
  /** Installed by MSI (or copied): IT updates it. */
  | 'msi-or-copy'
  /** Only the Windows NSIS installation updates itself so far. */
  | 'not-windows'
  /** A development build: electron-updater itself refuses. */
  | 'unpackaged';

export type UpdateDecision =
  | { readonly updates: 'on'; readonly url: string }
  | { readonly updates: 'off'; readonly reason: UpdatesOff };

export function decideUpdates(app: {
  updateUrl: string | null;
  installation: Installation;
  isPackaged: boolean;
}): UpdateDecision {
  const off = (reason: UpdatesOff): UpdateDecision => ({ updates: 'off', reason });
  if (app.updateUrl === null) return off('no-update-url');
  const url = URL.parse(app.updateUrl);
  if (!url || url.protocol !== 'https:' || url.username || url.password) return off('not-https');
  if (app.installation !== 'nsis') return off(app.installation);
  if (!app.isPackaged) return off('unpackaged');
  return { updates: 'on', url: url.href };
}
