import { afterAll } from 'vitest';
import type { Browser, FrameLocator, Page } from 'playwright-core';
import type { Appointment } from '../../src/shared/appointment';
import { createTestChain, type TestCertificate } from '../fixtures/certificates';
import { startJitsiStandIn, type JitsiStandIn } from '../fixtures/jitsi-stand-in/server';
import { appSuite } from './app-suite';
import type { RunningApp, StartOptions } from './harness';

/**
 * A test file of consultations: the organisation's Jitsi server is the
 * stand-in on localhost over HTTPS, with a certificate made for this run and
 * trusted by its SPKI pin; camera and microphone are Chromium's fake devices.
 */
export function consultationSuite() {
  let certificate: TestCertificate;
  let standIn: JitsiStandIn | undefined;
  const suite = appSuite({
    launchArgs: async () => {
      certificate = (await createTestChain(['localhost'])).leaf;
      standIn = await startJitsiStandIn({ certificate });
      return [
        `--ignore-certificate-errors-spki-list=${certificate.pin}`,
        '--use-fake-ui-for-media-stream',
        '--use-fake-device-for-media-stream',
      ];
    },
  });
  afterAll(() => standIn?.close());
  return {
    suite,
    /** The test server's certificate, for further servers the browser should trust. */
    get certificate(): TestCertificate {
      return certificate;
    },
    get standIn(): JitsiStandIn {
      if (!standIn) throw new Error('the Jitsi stand-in starts with the suite');
      return standIn;
    },
    start: (options: Omit<StartOptions, 'userDataDir'> = {}) =>
      suite.start({ trustTestCertificates: true, ...options }),
  };
}

export async function saveToken(page: Page, token: string) {
  await page.getByRole('button', { name: 'Settings' }).click();
  await page.getByLabel('Token', { exact: true }).fill(token);
  await page.getByRole('button', { name: 'Save', exact: true }).click(); // the settings' one Save
  await page.getByText(/A token is stored, valid until/).waitFor();
}

/** Today's appointment called `title`, as main stored it, through the app's own API. */
export async function storedAppointment(app: RunningApp, title: string): Promise<Appointment> {
  const stored = await app.page.evaluate(async (wanted) => {
    const page = await window.sprechstunde.appointments.query({
      view: 'today',
      filter: wanted,
      day: { start: 0, end: 4_102_444_800_000 },
      offset: 0,
      limit: 1,
    });
    const row = page.ok ? page.value.rows[0] : undefined;
    return row ? window.sprechstunde.appointments.get({ id: row.id }) : undefined;
  }, title);
  if (!stored?.ok) throw new Error('the appointment was not stored');
  return stored.value;
}

/** Creates an appointment through the form (default access) and returns it as stored. */
export async function createAppointment(app: RunningApp, title: string): Promise<Appointment> {
  await app.page.getByRole('button', { name: 'New appointment' }).click();
  await app.page.getByLabel('Title').fill(title);
  await app.page.getByLabel('Client label').fill('K-17');
  await app.page.getByRole('button', { name: 'Save', exact: true }).click();
  await app.page.getByRole('heading', { name: title }).waitFor();
  return storedAppointment(app, title);
}

/**
 * Opens a stored appointment from the list after a reload, from its tab: a new
 * appointment's default start can be after midnight (Upcoming), late in the day.
 */
export async function openFromList(app: RunningApp, title: string): Promise<void> {
  const { start } = await storedAppointment(app, title);
  const today = await app.page.evaluate(
    (start) => new Date(start).toDateString() === new Date().toDateString(),
    start,
  );
  await app.page.getByRole('button', { name: today ? /^Today/ : /^Upcoming/ }).click();
  await app.page.getByRole('option', { name: new RegExp(title) }).click();
}

/** The Jitsi meeting inside the meeting window. */
export const jitsi = (page: Page): FrameLocator => page.frameLocator('iframe');

/** The meeting window's side panel. */
export const panelOf = (page: Page) =>
  page.getByRole('complementary', { name: 'Consultation controls' });

/** A participant's own browser (the client's, or a stranger's), opened at the room's link. */
export async function openLink(
  browser: Browser,
  standIn: JitsiStandIn,
  roomName: string,
  name: string,
  hash = '',
) {
  const context = await browser.newContext({ ignoreHTTPSErrors: true });
  const page = await context.newPage();
  await page.goto(`${standIn.origin}/${roomName}${hash}`);
  await page.getByLabel('Your name').fill(name);
  // With Jitsi's prejoin screen on, joining a lobby room knocks at once.
  await page.getByRole('button', { name: 'Join meeting' }).click();
  return { context, page };
}

/** Only the link: the lobby holds them, knocking. */
export async function knocks(
  browser: Browser,
  standIn: JitsiStandIn,
  roomName: string,
  name: string,
) {
  const visitor = await openLink(browser, standIn, roomName, name);
  await visitor.page.getByText('Waiting for the host to let you in').waitFor();
  return visitor;
}
