import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { build } from 'vite';

export const SHIM_PATH = resolve('out/test/harness-preload.js');

/** Bundles the harness preload once; the renderer itself is built by `npm test`. */
export default async function setup() {
  if (!existsSync(resolve('out/renderer/index.html'))) {
    throw new Error('out/renderer is missing: run `npm run build` first (npm test does).');
  }
  const output = await build({
    configFile: false,
    logLevel: 'warn',
    build: {
      write: false,
      minify: false,
      lib: { entry: resolve('test/e2e/harness-preload.ts'), formats: ['iife'], name: 'harness' },
    },
  });
  const [result] = Array.isArray(output) ? output : [output];
  const chunk = (result as { output: { type: string; code?: string }[] }).output.find(
    (item) => item.type === 'chunk',
  );
  await mkdir(resolve('out/test'), { recursive: true });
  await writeFile(SHIM_PATH, chunk!.code!);
}
