import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  mergePolicy,
  noPolicy,
  type Policy,
  type PolicySourceRead,
} from '../../src/shared/effective-settings';
import { consultationSuite, createAppointment } from './consultation-steps';
import { setUpServer } from './steps';

const env = consultationSuite();
const { start } = env;

const POLICY_FILE = '/etc/sprechstunde/policy.json';

const policyFrom = (values: Record<string, unknown>, more: PolicySourceRead[] = []): Policy =>
  mergePolicy([{ source: POLICY_FILE, values }, ...more]);

/** The texts a field's aria-describedby points at, in order. */
const description = (field: Locator) =>
  field.evaluate((element) =>
    (element.getAttribute('aria-describedby') ?? '')
      .split(' ')
      .filter(Boolean)
      .map((id) => document.getElementById(id)?.textContent ?? `(missing #${id})`),
  );

/** The window gets the focus: the app asks main for its settings again. */
const focusWindow = (page: Page) => page.evaluate(() => window.dispatchEvent(new Event('focus')));

const organisation = (page: Page) => page.locator('details.organisation');

async function openSettings(page: Page) {
  await page.getByRole('button', { name: /^(Settings|Einstellungen)$/ }).click();
  await page.getByRole('heading', { name: /^(Settings|Einstellungen)$/ }).waitFor();
}

describe('the settings under an organisation’s policy', () => {
  it('keeps the Organisation section collapsed without policy, with the counsellor’s own settings first', async () => {
    const { page } = await start();
    await page.getByRole('button', { name: 'Set up later' }).click();
    await openSettings(page);

    expect(await organisation(page).evaluate((details: HTMLDetailsElement) => details.open)).toBe(
      false,
    );
    const stun = page.getByLabel('STUN/TURN servers');
    expect(await stun.isVisible()).toBe(false);
    // Name, token, language, retention: in this order, before anything of IT's.
    const labels = await page
      .locator('.settings label, .settings h3, .settings summary')
      .allTextContents();
    const at = (text: string) => labels.findIndex((label) => label.startsWith(text));
    expect(at('Your name')).toBeLessThan(at('Moderator access'));
    expect(at('Moderator access')).toBeLessThan(at('Language'));
    expect(at('Language')).toBeLessThan(at('Delete past appointments'));
    expect(at('Delete past appointments')).toBeLessThan(at('Organisation'));

    await page.locator('details.organisation > summary').click();
    await stun.fill('turns:turn.beratung.example:443?transport=tcp');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByText('Saved.', { exact: true }).waitFor();
    expect(await page.getByText('Set by your organisation').count()).toBe(0);
  });

  it('shows what policy sets read-only, “Set by your organisation”, and saves the rest', async () => {
    const policy = policyFrom({
      ServerUrl: 'https://meet.beratung.example',
      IceServers: ['turns:turn.beratung.example:443?transport=tcp'],
      RetentionDays: 14,
    });
    const { page } = await start({ policy });
    // Policy sets the server: no first-start question for it.
    await page.getByRole('button', { name: 'New appointment' }).waitFor();
    await openSettings(page);

    expect(await organisation(page).evaluate((details: HTMLDetailsElement) => details.open)).toBe(
      true,
    );
    const server = organisation(page).getByLabel('Jitsi server address');
    expect(await server.inputValue()).toBe('https://meet.beratung.example');
    expect(await server.getAttribute('readonly')).not.toBeNull();
    expect(await description(server)).toEqual(['Set by your organisation']);
    const stun = page.getByLabel('STUN/TURN servers');
    expect(await stun.inputValue()).toBe('turns:turn.beratung.example:443?transport=tcp');
    expect(await stun.getAttribute('readonly')).not.toBeNull();
    const retention = page.getByLabel('Delete past appointments after (days)');
    expect(await retention.inputValue()).toBe('14');
    expect(await retention.getAttribute('readonly')).not.toBeNull();
    expect((await description(retention))[0]).toBe('Set by your organisation');
    // What policy leaves alone stays the counsellor's.
    const origins = page.getByLabel('Other allowed addresses');
    expect(await origins.getAttribute('readonly')).toBeNull();
    expect(await page.getByLabel('Language').isDisabled()).toBe(false);

    await page.getByLabel('Your name in video consultations').fill('Frau Berger');
    await origins.fill('wss://xmpp.beratung.example');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByText('Saved.', { exact: true }).waitFor();
    const stored = await page.evaluate(() => window.sprechstunde.settings.view());
    expect(stored.ok && stored.value.settings).toMatchObject({
      displayName: 'Frau Berger',
      extraOrigins: ['wss://xmpp.beratung.example'],
      serverUrl: 'https://meet.beratung.example',
    });
  });

  it('names each problem of an invalid policy with its key and source, and that the network stays closed, until IT fixes it', async () => {
    let policy = policyFrom(
      {
        ServerUrl: 'http://meet.beratung.example',
        ExtraOrigins: 'wss://xmpp.beratung.example',
        Colour: 'blue',
      },
      [
        {
          source: 'HKLM\\SOFTWARE\\Policies\\Sprechstunde',
          values: {},
          unreadable: 'policy.problem.unreadable',
        },
      ],
    );
    const { page } = await start({ policy: () => policy });
    const notice = page.locator('.policy-notice');
    await notice.waitFor();
    expect(await notice.getAttribute('role')).toBe('alert');
    expect(await notice.locator('li').allTextContents()).toEqual([
      `ServerUrl in ${POLICY_FILE}: Please enter the server’s address with https://, without a path after it – for example https://meet.counselling.example.`,
      // zod's own message is no translation: said plainly.
      `ExtraOrigins in ${POLICY_FILE}: the value is not valid`,
      `Colour in ${POLICY_FILE}: this setting does not exist (a typo?)`,
      `HKLM\\SOFTWARE\\Policies\\Sprechstunde: the file or registry key cannot be read`,
    ]);
    expect(await notice.textContent()).toContain(
      'Until IT fixes this, Sprechstunde makes no connections. Your appointments stay readable.',
    );
    // It cannot be dismissed while the problem persists.
    expect(await notice.getByRole('button').count()).toBe(0);
    expect(await page.locator('.connection').textContent()).toBe(
      'No connections: your organisation’s settings contain an error',
    );

    policy = policyFrom({ ServerUrl: 'https://meet.beratung.example' });
    await focusWindow(page);
    await notice.waitFor({ state: 'detached' });
    await expect
      .poll(() => page.locator('.connection').textContent())
      .not.toContain('No connections');
  });

  it('applies a policy change while it runs once the window gets the focus, language too', async () => {
    let policy = noPolicy;
    const { page } = await start({ policy: () => policy });
    await page.getByRole('button', { name: 'Set up later' }).click();
    await openSettings(page);
    expect(await page.getByLabel('Language').isDisabled()).toBe(false);

    policy = policyFrom({ Language: 'de', RetentionMaxDays: 7 });
    await focusWindow(page);
    await page.getByRole('heading', { name: 'Einstellungen' }).waitFor();
    const language = page.getByLabel('Sprache');
    expect(await language.isDisabled()).toBe(true);
    expect(await language.inputValue()).toBe('de');
    expect(await description(language)).toEqual(['Von Ihrer Organisation festgelegt']);
    const retention = page.getByLabel('Vergangene Termine löschen nach (Tagen)');
    expect(await retention.getAttribute('max')).toBe('7');
    // The counsellor's 30 days are over the ceiling: 7 apply.
    expect(await retention.inputValue()).toBe('7');
    expect((await description(retention)).join(' ')).toContain(
      'Ihre Organisation erlaubt höchstens 7 Tage.',
    );
    await retention.fill('20');
    await page.getByRole('button', { name: 'Speichern', exact: true }).click();
    await expect
      .poll(() => page.locator('.field-issue').allTextContents())
      .toEqual(['Ihre Organisation erlaubt höchstens 7 Tage.']);
    await retention.fill('5');
    await page.getByRole('button', { name: 'Speichern', exact: true }).click();
    await page.getByText('Gespeichert.', { exact: true }).waitFor();

    policy = noPolicy;
    await focusWindow(page);
    await page.getByRole('heading', { name: 'Settings' }).waitFor();
    expect(await page.getByLabel('Language').isDisabled()).toBe(false);
    expect(await page.getByText('Set by your organisation').count()).toBe(0);
  });

  it('says at the field when policy locked it after the form was shown, and shows it locked', async () => {
    let policy = noPolicy;
    const { page } = await start({ policy: () => policy });
    await page.getByRole('button', { name: 'Set up later' }).click();
    await openSettings(page);
    const retention = page.getByLabel('Delete past appointments after (days)');
    await retention.fill('60');

    policy = policyFrom({ RetentionDays: 14 });
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await expect
      .poll(() => page.locator('.field-issue').allTextContents())
      .toEqual(['Set by your organisation; it cannot be changed here.']);
    await expect.poll(() => retention.getAttribute('readonly')).not.toBeNull();
    expect(await retention.inputValue()).toBe('14');
    expect(await description(retention)).toEqual([
      'Set by your organisation',
      expect.stringContaining('This many days after they ended'),
      'Set by your organisation; it cannot be changed here.',
    ]);
  });
});

describe('joining without a token under policy', () => {
  it('offers no guest join where policy does not allow it, and says so if main refuses one', async () => {
    let policy = policyFrom({ AllowGuestJoin: false });
    const app = await start({ policy: () => policy });
    const { page } = app;
    await setUpServer(page, env.standIn.origin);
    await openSettings(page);
    await page.getByText(/your organisation does not allow joining as a guest/).waitFor();
    await createAppointment(app, 'Paarberatung');

    const startButton = page.getByRole('button', { name: 'Start consultation' });
    await startButton.click();
    await page
      .getByText('Your organisation does not allow joining without your personal access token.', {
        exact: false,
      })
      .waitFor();
    expect(await page.getByRole('dialog').count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Join as guest' }).count()).toBe(0);

    // Allowed when asked, refused by the time the counsellor confirms.
    policy = noPolicy;
    await focusWindow(page);
    await expect.poll(() => startButton.isEnabled()).toBe(true);
    await startButton.click();
    const guest = page.getByRole('button', { name: 'Join as guest' });
    await guest.waitFor();
    policy = policyFrom({ AllowGuestJoin: false });
    await guest.click();
    await page
      .getByText('Your organisation does not allow joining without your personal access token.', {
        exact: false,
      })
      .waitFor();
    expect(app.meetings).toEqual([]);
  });
});
