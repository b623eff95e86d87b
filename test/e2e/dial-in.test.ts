import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { mergePolicy } from '../../src/shared/effective-settings';
import { appSuite } from './app-suite';

const suite = appSuite();
// A name that never resolves (RFC 2606): the dial-in services cannot answer.
const server = 'https://meet.beratung.invalid';

/** IT sets the server and both dial-in services. */
const dialInByPolicy = mergePolicy([
  {
    source: '/etc/sprechstunde/policy.json',
    values: {
      ServerUrl: server,
      DialInNumbersUrl: `${server}/dialin/phoneNumberList`,
      DialInConfCodeUrl: `${server}/dialin/conferenceMapper`,
    },
  },
]);
const numbersLabel = 'Dial-in numbers service (dialInNumbersUrl)';
const codeLabel = 'Conference code service (dialInConfCodeUrl)';

/** A new appointment's invitation: its text once the dial-in question is answered. */
async function invitationOf(page: Page, title: string): Promise<string> {
  await page.getByRole('button', { name: 'New appointment' }).click();
  await page.getByLabel('Title').fill(title);
  await page.getByLabel('Time').fill('10:30');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await page.getByRole('heading', { name: title }).waitFor();
  await page.getByRole('button', { name: 'Show invitation and password' }).click();
  await page.getByText('could not be fetched just now').waitFor();
  return page.getByLabel('Invitation with link').inputValue();
}

async function openOrganisationSettings(page: Page) {
  await page.getByRole('button', { name: 'Settings', exact: true }).click();
  const details = page.locator('details.organisation');
  if (!(await details.evaluate((element: HTMLDetailsElement) => element.open))) {
    await details.locator('summary').click();
  }
}

describe('dial-in in the invitation', () => {
  it('says quietly that the phone numbers could not be fetched, and gives the invitation without them', async () => {
    const app = await suite.start({ policy: dialInByPolicy });
    const { page } = app;
    const invitation = await invitationOf(page, 'Debt advice');
    expect(invitation).toContain(`${server}/`);
    expect(invitation).not.toContain('by phone');
    expect(app.logLines.filter((line) => line.includes('dial-in'))).toEqual([
      expect.stringMatching(/dial-in left out: (unreachable|no answer in time)$/),
    ]);
  });

  it('shows the services policy sets read-only in the settings', async () => {
    const { page } = await suite.start({ policy: dialInByPolicy });
    await page.getByRole('button', { name: 'New appointment' }).waitFor();
    await openOrganisationSettings(page);
    const numbers = page.getByLabel(numbersLabel);
    expect(await numbers.inputValue()).toBe(`${server}/dialin/phoneNumberList`);
    expect(await numbers.getAttribute('readonly')).not.toBeNull();
    expect(await page.getByLabel(codeLabel).getAttribute('readonly')).not.toBeNull();
  });

  it('takes the services from the settings where policy sets none, and refuses an address that is not https', async () => {
    const policy = mergePolicy([
      { source: '/etc/sprechstunde/policy.json', values: { ServerUrl: server } },
    ]);
    const app = await suite.start({ policy });
    const { page } = app;
    await page.getByRole('button', { name: 'New appointment' }).waitFor();
    await openOrganisationSettings(page);
    const numbers = page.getByLabel(numbersLabel);
    expect(await numbers.getAttribute('readonly')).toBeNull();
    await numbers.fill('http://meet.beratung.invalid/dialin/phoneNumberList');
    await page.getByLabel(codeLabel).fill(`${server}/dialin/conferenceMapper`);
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByText('Please enter a full address starting with https://').waitFor();
    expect(await numbers.getAttribute('aria-invalid')).toBe('true');

    await numbers.fill(`${server}/dialin/phoneNumberList`);
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByText('Saved.', { exact: true }).waitFor();
    await page.getByRole('button', { name: 'Close' }).click();

    // Asked, as with policy: the name never resolves, so the invitation says so quietly.
    const invitation = await invitationOf(page, 'Debt advice');
    expect(invitation).not.toContain('by phone');
    expect(app.logLines.filter((line) => line.includes('dial-in'))).toEqual([
      expect.stringMatching(/dial-in left out: (unreachable|no answer in time)$/),
    ]);
  });
});
