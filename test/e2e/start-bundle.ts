import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';

/** Where the harness serves the built renderer from (out/renderer, as the app:// handler does). */
export const RENDERER_ROOT = 'out/renderer';

/**
 * The bundle's JS and CSS files the page has loaded so far, by the browser's own
 * resource timing: the files the HTML names and every chunk imported since,
 * dynamic imports (a language's texts, a lazy pane) included.
 */
export async function loadedBundleFiles(page: Page): Promise<string[]> {
  const urls = await page.evaluate(() =>
    performance.getEntriesByType('resource').map((entry) => entry.name),
  );
  const files = urls
    .map((url) => new URL(url).pathname.slice(1))
    .filter((path) => /^assets\/[^/]+\.(?:js|css)$/.test(path));
  return [...new Set(files)].sort();
}

/** Their size in KB after gzip -9, summed. */
export async function gzippedKB(files: readonly string[]): Promise<number> {
  const sizes = await Promise.all(
    files.map(
      async (file) => gzipSync(await readFile(join(RENDERER_ROOT, file)), { level: 9 }).length,
    ),
  );
  return sizes.reduce((a, b) => a + b, 0) / 1024;
}

/** The files' text, to look for texts in (the minifier keeps string literals as they are). */
export async function bundleText(files: readonly string[]): Promise<string> {
  return (await Promise.all(files.map((file) => readFile(join(RENDERER_ROOT, file), 'utf8')))).join(
    '\n',
  );
}
