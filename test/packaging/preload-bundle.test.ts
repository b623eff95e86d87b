import { readdir, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

// A sandboxed preload can require only 'electron' and a few built-ins, and
// Electron does not support a preload split into several files
// (docs/tutorial/sandbox.md; lib/sandboxed_renderer/init.ts). The app's
// preloads use nothing but 'electron': any other require is a bundling fault.
const preloadDir = resolve('out/preload');

/** Every `require(…)` and `import(…)` in a built script, as written. */
export function loadsIn(source: string): string[] {
  return [...source.matchAll(/\b(require|import)\s*\(\s*([^)]*?)\s*\)/g)].map(
    ([, how, what]) => `${how}(${what})`,
  );
}

describe('built preloads', () => {
  it('are single files that load nothing but electron', async () => {
    const entries = await readdir(preloadDir, { withFileTypes: true });
    expect(entries.filter((entry) => !entry.isFile()).map((entry) => entry.name)).toEqual([]);
    const preloads = entries.map((entry) => entry.name).filter((name) => name.endsWith('.cjs'));
    expect(preloads).toEqual(expect.arrayContaining(['index.cjs', 'meeting.cjs']));
    for (const name of preloads) {
      const loads = loadsIn(await readFile(join(preloadDir, name), 'utf8'));
      expect(loads.length, name).toBeGreaterThan(0);
      expect(
        loads.filter((load) => load !== 'require("electron")' && load !== "require('electron')"),
        name,
      ).toEqual([]);
    }
  });

  it('notices a split bundle, a built-in and a dynamic import', () => {
    expect(loadsIn('const a = require("./chunks/ipc-channels-CEb6DLai.cjs");')).toEqual([
      'require("./chunks/ipc-channels-CEb6DLai.cjs")',
    ]);
    expect(loadsIn("require('fs'); import('./x.js'); require( name )")).toEqual([
      "require('fs')",
      "import('./x.js')",
      'require(name)',
    ]);
  });
});
