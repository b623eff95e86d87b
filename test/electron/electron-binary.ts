import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';

/**
 * The path of the installed Electron binary, or null with the reason. The
 * `electron` package throws on import when its binary was never downloaded.
 */
export function electronBinary(): { path: string } | { path: null; reason: string } {
  try {
    const path = createRequire(import.meta.url)('electron') as unknown;
    if (typeof path === 'string' && existsSync(path)) return { path };
    return { path: null, reason: `no Electron binary at ${String(path)}` };
  } catch (error) {
    return {
      path: null,
      reason: (error as Error).message.split('\n')[0] ?? 'electron not installed',
    };
  }
}
