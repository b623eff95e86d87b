import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import keytar from 'keytar';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Keychain } from '../../src/main/credentials/credentials';
import { jitsiToken } from '../fixtures/tokens';
import { appSuite } from './app-suite';
import { allFiles, testKeychainService, type RunningApp } from './harness';

const suite = appSuite();

const start = (
  options: { locale?: string; keychain?: Keychain; chromiumProfileInUserDataDir?: boolean } = {},
) => suite.start(options);

async function createAppointment(
  page: Page,
  fields: { title: string; client: string; notes: string },
) {
  await page.getByRole('button', { name: 'New appointment' }).click();
  await page.getByLabel('Title').fill(fields.title);
  await page.getByLabel('Client label').fill(fields.client);
  await page.getByLabel('Private notes').fill(fields.notes);
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect.poll(() => page.getByRole('heading', { name: fields.title }).count()).toBe(1);
}

/** The ids of today's and upcoming appointments, through the app's own API. */
async function appointmentIds(app: RunningApp): Promise<string[]> {
  return app.page.evaluate(async () => {
    const ids: string[] = [];
    for (const view of ['today', 'upcoming'] as const) {
      const start = new Date();
      start.setHours(0, 0, 0, 0);
      const day = { start: start.getTime(), end: start.getTime() + 86_400_000 };
      const page = await window.sprechstunde.appointments.query({
        view,
        filter: '',
        day,
        offset: 0,
        limit: 500,
      });
      if (page.ok) ids.push(...page.value.rows.map((row) => row.id));
    }
    return ids;
  });
}

/**
 * The byte sequences a secret can take in a file: UTF-8, UTF-16LE (Blink's
 * strings, as in session state or IndexedDB) and base64 at each of the three
 * alignments a stream can give it.
 */
function encodings(secret: string): Buffer[] {
  const utf8 = Buffer.from(secret, 'utf8');
  const base64 = [0, 1, 2].map((skip) => {
    const aligned = utf8.subarray(skip, skip + Math.floor((utf8.length - skip) / 3) * 3);
    return Buffer.from(aligned.toString('base64').replace(/=+$/, ''));
  });
  return [utf8, Buffer.from(secret, 'utf16le'), ...base64];
}

/** Where in `files` any encoding of `secret` occurs, as `file (encoding)`. */
function occurrences(files: Map<string, Buffer>, secret: string): string[] {
  const names = ['utf-8', 'utf-16le', 'base64', 'base64+1', 'base64+2'];
  const found: string[] = [];
  for (const [file, bytes] of files) {
    encodings(secret).forEach((needle, index) => {
      if (bytes.includes(needle)) found.push(`${file} (${names[index]})`);
    });
  }
  return found;
}

describe('secrets and the encrypted store, end to end', () => {
  it("leaves no planted client label, note, room name, room password or token in any file of the user-data folder, Chromium's profile included, or in any log line", async () => {
    // No two secrets share a run of characters: LevelDB compresses its blocks
    // with Snappy, which would store a repeated run as a back-reference.
    const planted = {
      title: 'Beratung',
      client: 'Kxq7Mandant-Ruwe',
      notes: 'Vfz3Notiz-Lopa',
    };
    // In the app, Chromium's profile is the user-data folder: the main window's is here too.
    const app = await start({ chromiumProfileInUserDataDir: true });
    await createAppointment(app.page, planted);
    await app.page.getByRole('button', { name: 'Edit' }).click();
    await app.page.getByLabel('Private notes').fill(`${planted.notes} and more`);
    await app.page.getByRole('button', { name: 'Save', exact: true }).click();
    await expect.poll(() => app.page.getByRole('article').textContent()).toContain('and more');
    // Room passwords are made when a consultation starts; plant one for this appointment.
    const roomPassword = 'Jyt5Kennwort-Dobe';
    const [created] = await appointmentIds(app);
    // The details no longer show the room's name (a counsellor copies the link): asked of main.
    const room = await app.page.evaluate(async (id) => {
      const outcome = await window.sprechstunde.appointments.get({ id });
      if (!outcome.ok) throw new Error('the appointment is not there');
      return outcome.value.roomName;
    }, created!);
    const service = testKeychainService(suite.userDataDir);
    await keytar.setPassword(service, `room-password/${created}`, roomPassword);
    const token = await jitsiToken(30);
    await app.page.getByRole('button', { name: 'Settings' }).click();
    await app.page.getByLabel('Token', { exact: true }).fill(token);
    await app.page.getByRole('button', { name: 'Save', exact: true }).click();
    await expect
      .poll(() => app.page.locator('.token-status').textContent())
      .toContain('valid until');
    // A control: a field without autoComplete="off", sent the way the app's forms are.
    const control = 'Hwu8Kontrolle-Safi';
    await app.page.evaluate(() => {
      const form = document.createElement('form');
      form.innerHTML = '<input name="control" aria-label="Control"><button>Send</button>';
      form.addEventListener('submit', (event) => {
        event.preventDefault();
        form.remove();
      });
      document.body.append(form);
    });
    await app.page.getByLabel('Control').fill(control);
    await app.page.getByRole('button', { name: 'Send' }).click();
    // Chromium writes its profile (form history in `Default/Web Data`) as it ends.
    await app.close();

    const files = await allFiles(suite.userDataDir);
    const names = [...files.keys()];
    expect(names).toEqual(expect.arrayContaining(['appointments.sealed', 'logs/sprechstunde.log']));
    // The scan did reach Chromium's profile, form history and page storage included.
    expect(names).toEqual(
      expect.arrayContaining([
        'Local State',
        join('Default', 'Web Data'),
        join('Default', 'Preferences'),
      ]),
    );
    expect(occurrences(files, control)).toContain(`${join('Default', 'Web Data')} (utf-8)`);
    expect(files.get('logs/sprechstunde.log')!.toString()).toContain('services ready');
    const secrets = [planted.client, planted.notes, room, roomPassword, ...token.split('.')];
    for (const secret of secrets) {
      expect(occurrences(files, secret), secret).toEqual([]);
    }
    const log = app.logLines.join('\n');
    for (const secret of secrets) expect(log).not.toContain(secret);
  });

  it('removes the room password of a deleted appointment from the keychain', async () => {
    const app = await start();
    await createAppointment(app.page, { title: 'Short-lived', client: 'B', notes: '' });
    const [id] = await appointmentIds(app);
    const service = testKeychainService(suite.userDataDir);
    await keytar.setPassword(service, `room-password/${id}`, 'to-be-forgotten');
    await app.page.getByRole('button', { name: 'Delete' }).click();
    await app.page.getByRole('button', { name: 'Delete for good' }).click();
    await expect.poll(() => keytar.getPassword(service, `room-password/${id}`)).toBeNull();
  });

  it('explains a missing key and starts empty on request, keeping the old file', async () => {
    const first = await start();
    await createAppointment(first.page, { title: 'Before the reset', client: 'A', notes: '' });
    await suite.stop();
    const oldBytes = await readFile(join(suite.userDataDir, 'appointments.sealed'));
    await keytar.deletePassword(testKeychainService(suite.userDataDir), 'store-key');

    const { page } = await start({ locale: 'de-DE' });
    const locked = page.getByRole('alert').filter({ hasText: 'Schlüssel für Ihre Termine fehlt' });
    await expect.poll(() => locked.count()).toBe(1);
    expect(await page.getByRole('listbox').count()).toBe(0);

    await page.getByRole('button', { name: 'Mit leerer Terminliste beginnen' }).click();
    const notice = page.getByRole('alert').filter({ hasText: 'Schlüssel fehlte' });
    await expect.poll(() => notice.count()).toBe(1);
    const keptName = (await readdir(suite.userDataDir)).find((name) =>
      name.includes('.key-missing-'),
    )!;
    expect(await notice.textContent()).toContain(join(suite.userDataDir, keptName));
    expect(await readFile(join(suite.userDataDir, keptName))).toEqual(oldBytes);
    await expect.poll(() => page.getByText('Keine Termine.').count()).toBe(1);
  });

  it('says so when the keychain cannot be reached, and stores nothing', async () => {
    const refusing: Keychain = {
      getPassword: () => Promise.reject(new Error('Cannot autolaunch D-Bus without X11 $DISPLAY')),
      setPassword: () => Promise.reject(new Error('Cannot autolaunch D-Bus without X11 $DISPLAY')),
      deletePassword: () =>
        Promise.reject(new Error('Cannot autolaunch D-Bus without X11 $DISPLAY')),
    };
    const { page } = await start({ keychain: refusing });
    const locked = page.getByRole('alert').filter({ hasText: 'Keychain not reachable' });
    await expect.poll(() => locked.count()).toBe(1);
    expect(await locked.textContent()).toContain('nothing is stored unencrypted');
    await page.getByRole('button', { name: 'Try again' }).click();
    await expect
      .poll(() => page.getByText('That didn’t work. Please try again in a moment.').count())
      .toBe(1);
    expect(
      (await readdir(suite.userDataDir)).filter((name) => name.startsWith('appointments')),
    ).toEqual([]);
    // The token section does not claim there is no token: it cannot know.
    await page.getByRole('button', { name: 'Settings' }).first().click();
    await expect
      .poll(() => page.locator('.token-status').textContent())
      .toContain('The system keychain cannot be reached');
  });

  it('takes the moderator token once, shows only its expiry, and never writes it to disk', async () => {
    const token = await jitsiToken(30);
    const app = await start({ locale: 'de-DE', chromiumProfileInUserDataDir: true });
    const { page } = app;
    await page.getByRole('button', { name: 'Einstellungen' }).click();
    await expect
      .poll(() => page.getByText('Kein Token gespeichert.', { exact: false }).count())
      .toBe(1);

    const field = page.getByLabel('Token', { exact: true });
    await field.fill('das-ist-kein-token');
    await page.getByRole('button', { name: 'Speichern', exact: true }).click();
    await expect
      .poll(() => page.locator('.token .field-issue').textContent())
      .toContain('Das ist kein gültiger Token');

    await field.fill(token);
    await page.getByRole('button', { name: 'Speichern', exact: true }).click();
    const status = page.locator('.token-status');
    await expect
      .poll(() => status.textContent())
      .toContain('Ein Token ist gespeichert, gültig bis');
    expect(await page.getByLabel('Token', { exact: true }).count()).toBe(0);
    expect(await page.content()).not.toContain(token.slice(-20));
    expect(
      await keytar.getPassword(testKeychainService(suite.userDataDir), 'moderator-token'),
    ).toBe(token);

    await app.page.getByRole('button', { name: 'Token ersetzen' }).click();
    expect(await page.getByLabel('Token', { exact: true }).inputValue()).toBe('');
    await app.close();
    const files = await allFiles(suite.userDataDir);
    expect([...files.keys()]).toContain(join('Default', 'Web Data'));
    expect(occurrences(files, token.split('.')[2]!)).toEqual([]);
    expect(occurrences(files, token.split('.')[1]!)).toEqual([]);
    expect(app.logLines.join('\n')).not.toContain(token.split('.')[1]!);
  });

  it('warns on the main screen a few days before the token runs out, and deletes it on request', async () => {
    await keytar.setPassword(
      testKeychainService(suite.userDataDir),
      'moderator-token',
      await jitsiToken(3),
    );
    const { page } = await start({ locale: 'de-DE' });
    const banner = page
      .getByRole('alert')
      .filter({ hasText: 'Moderations-Token läuft in 3 Tagen ab' });
    await expect.poll(() => banner.count()).toBe(1);
    await banner.getByRole('button', { name: 'Zu den Einstellungen' }).click();
    await expect.poll(() => page.locator('.token-status').textContent()).toContain('in 3 Tagen');

    await page.getByRole('button', { name: 'Token löschen' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Token löschen' }).click();
    await expect.poll(() => page.locator('.token-status').textContent()).toContain('Kein Token');
    expect(
      await keytar.getPassword(testKeychainService(suite.userDataDir), 'moderator-token'),
    ).toBeNull();
    await expect.poll(() => banner.count()).toBe(0);
  });
});
