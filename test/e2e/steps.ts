import type { Page } from 'playwright-core';

/** First start without a server: the app asks for it, and the counsellor enters it. */
export async function setUpServer(page: Page, origin: string) {
  await page.getByRole('heading', { name: 'Welcome to Sprechstunde' }).waitFor();
  await page.getByLabel('Jitsi server address').fill(origin);
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await page
    .getByRole('heading', { name: 'Welcome to Sprechstunde' })
    .waitFor({ state: 'detached' });
}
