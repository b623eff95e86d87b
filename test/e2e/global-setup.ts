import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { bundleScript } from '../fixtures/bundle-script';

export const SHIM_PATH = resolve('out/test/harness-preload.js');

/** Bundles the harness preload once; the renderer itself is built by `npm test`. */
export default async function setup() {
  if (!existsSync(resolve('out/renderer/index.html'))) {
    throw new Error('out/renderer is missing: run `npm run build` first (npm test does).');
  }
  const code = await bundleScript(resolve('test/e2e/harness-preload.ts'), 'harness');
  await mkdir(resolve('out/test'), { recursive: true });
  await writeFile(SHIM_PATH, code);
}
