// What npm run screenshots' two scripts share: the folder README shows the
// images from, and how one image is taken and named there.
import { mkdir, readdir, rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';

const OUT = resolve('docs/screenshots');

/** Removes this script's earlier images (`<prefix>-*.png`) only: the folder holds the other's too. */
export async function clearScreenshots(prefix: string): Promise<void> {
  await mkdir(OUT, { recursive: true });
  for (const name of await readdir(OUT)) {
    if (name.startsWith(`${prefix}-`) && name.endsWith('.png')) await rm(join(OUT, name));
  }
}

/** The page as it is, once its fonts are there, into docs/screenshots/<name>.png. */
export async function shoot(page: Page, name: string): Promise<void> {
  await page.evaluate(() => document.fonts.ready);
  await page.screenshot({ path: join(OUT, `${name}.png`), animations: 'disabled' });
  console.log(`docs/screenshots/${name}.png`);
}
