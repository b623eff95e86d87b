import ICAL from 'ical.js';
import keytar from 'keytar';
import { describe, expect, it } from 'vitest';
import { appSuite } from './app-suite';
import { testKeychainService } from './harness';

const suite = appSuite();

describe('invitation', () => {
  it('gives the link and the password as separate texts, copies them, and saves an .ics', async () => {
    const app = await suite.start({ locale: 'de-DE' });
    const { page } = app;
    await page.getByLabel('Adresse des Jitsi-Servers').fill('https://meet.beratung.example');
    await page.getByRole('button', { name: 'Speichern', exact: true }).click();
    await page.getByRole('button', { name: 'Neuer Termin' }).click();
    await page.getByLabel('Titel').fill('Erstgespräch');
    await page.getByLabel('Kürzel der ratsuchenden Person').fill('K-17');
    await page.getByLabel('Uhrzeit').fill('10:30');
    await page.getByRole('button', { name: 'Speichern', exact: true }).click();
    await page.getByRole('heading', { name: 'Erstgespräch' }).waitFor();

    await page.getByRole('button', { name: 'Einladung und Passwort anzeigen' }).click();
    const invitation = page.getByLabel('Einladung mit Link');
    await expect.poll(() => invitation.inputValue()).toContain('https://meet.beratung.example/');
    const text = await invitation.inputValue();
    expect(text).toContain('um 10:30 Uhr (50 Minuten)');
    expect(text).toContain('F-Droid');
    expect(text).not.toContain('K-17');
    const passwordText = await page.getByLabel('Passwort für den Raum').inputValue();
    const password = /: (\S+)$/.exec(passwordText)![1]!;
    expect(text).not.toContain(password);

    // The password lives in the keychain, and only there.
    const stored = await keytar.findCredentials(testKeychainService(suite.userDataDir));
    expect(stored.filter(({ account }) => account.startsWith('room-password/'))).toEqual([
      { account: expect.stringMatching(/^room-password\//) as unknown, password },
    ]);

    await page.getByRole('button', { name: 'Einladung kopieren' }).click();
    await page.getByText('Die Einladung ist in der Zwischenablage.').waitFor();
    await page.getByRole('button', { name: 'Passwort kopieren' }).click();
    await page.getByText('Das Passwort ist in der Zwischenablage.').waitFor();
    expect(app.clipboard).toEqual([text, passwordText]);

    await page.getByLabel('Sprache der Einladung').selectOption('en');
    await expect.poll(() => invitation.inputValue()).toContain('at 10:30 (50 minutes)');
    // The same room password in either language.
    expect(await page.getByLabel('Passwort für den Raum').inputValue()).toContain(password);

    await page.getByRole('button', { name: 'Kalenderdatei (.ics) speichern' }).click();
    await page.getByText('Die Kalenderdatei ist gespeichert.').waitFor();
    expect(app.saved).toHaveLength(1);
    const event = new ICAL.Event(
      new ICAL.Component(ICAL.parse(app.saved[0]!.content) as unknown[]).getFirstSubcomponent(
        'vevent',
      )!,
    );
    expect(event.summary).toBe('Video consultation');
    expect(event.location).toMatch(/^https:\/\/meet\.beratung\.example\/[a-z2-7]{26}$/);
    expect(event.endDate.toJSDate().getTime() - event.startDate.toJSDate().getTime()).toBe(
      50 * 60_000,
    );
    expect(app.saved[0]!.content).not.toContain(password);
  });

  it('explains that a server is needed first', async () => {
    const { page } = await suite.start();
    await page.getByRole('button', { name: 'Set up later' }).click();
    await page.getByRole('button', { name: 'New appointment' }).click();
    await page.getByLabel('Title').fill('Without a server');
    await page.getByLabel('Time').fill('10:30');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByRole('button', { name: 'Show invitation and password' }).click();
    await expect
      .poll(() => page.getByRole('alert').last().textContent())
      .toContain('needs your Jitsi server’s address');
  });
});
