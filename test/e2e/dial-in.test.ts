import { describe, expect, it } from 'vitest';
import { mergePolicy } from '../../src/shared/effective-settings';
import { appSuite } from './app-suite';

const suite = appSuite();
// A name that never resolves (RFC 2606): the dial-in services cannot answer.
const server = 'https://meet.beratung.invalid';

describe('dial-in in the invitation', () => {
  it('says quietly that the phone numbers could not be fetched, and gives the invitation without them', async () => {
    const policy = mergePolicy([
      {
        source: '/etc/sprechstunde/policy.json',
        values: {
          ServerUrl: server,
          DialInNumbersUrl: `${server}/dialin/phoneNumberList`,
          DialInConfCodeUrl: `${server}/dialin/conferenceMapper`,
        },
      },
    ]);
    const app = await suite.start({ policy });
    const { page } = app;
    await page.getByRole('button', { name: 'New appointment' }).click();
    await page.getByLabel('Title').fill('Debt advice');
    await page.getByLabel('Time').fill('10:30');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByRole('heading', { name: 'Debt advice' }).waitFor();

    await page.getByRole('button', { name: 'Show invitation and password' }).click();
    await page.getByText('could not be fetched just now').waitFor();
    const invitation = await page.getByLabel('Invitation with link').inputValue();
    expect(invitation).toContain(`${server}/`);
    expect(invitation).not.toContain('by phone');
    expect(app.logLines.filter((line) => line.includes('dial-in'))).toEqual([
      expect.stringMatching(/dial-in left out: (unreachable|no answer in time)$/),
    ]);
  });
});
