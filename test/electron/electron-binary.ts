import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

export type ElectronBinary = { path: string } | { path: null; reason: string };

/**
 * The installed Electron binary, or null with the reason. Found the way the
 * `electron` package's index.js finds it, but without requiring that file:
 * this version of the package downloads a missing binary when it is required,
 * so a test run here would try a 100 MB download every time.
 */
export function electronBinary(): ElectronBinary {
  let packageDir: string;
  try {
    packageDir = dirname(createRequire(import.meta.url).resolve('electron/package.json'));
  } catch {
    return { path: null, reason: 'the electron package is not installed' };
  }
  const pathFile = join(packageDir, 'path.txt');
  const executable = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : null;
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  if (override) return found(join(override, executable ?? 'electron'));
  if (executable === null) {
    return {
      path: null,
      reason: `the binary was never downloaded (${pathFile} is missing)`,
    };
  }
  return found(join(packageDir, 'dist', executable));
}

function found(path: string): ElectronBinary {
  return existsSync(path) ? { path } : { path: null, reason: `no Electron binary at ${path}` };
}
