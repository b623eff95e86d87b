import { afterAll, describe, expect, it } from 'vitest';
import { createTestChain } from '../fixtures/certificates';
import { startLeakyServer, thirdPartyReferences, type LeakyServer } from '../fixtures/leaky-page';
import {
  hostResolverRules,
  startThirdPartyStandIn,
  type StandIn,
} from '../fixtures/third-party-stand-in';
import type { RunningApp } from './harness';
import { appSuite } from './app-suite';
import { setUpServer } from './steps';

let server: LeakyServer;
let standIn: StandIn;

/**
 * Chromium itself, not the page and not the app, asks Google's services for
 * updates, time and autofill data; in the test browser these land at the
 * stand-in too. Electron has none of these services.
 */
const chromiumOwnServices = new Set([
  'update.googleapis.com',
  'clients2.google.com',
  'accounts.google.com',
  'content-autofill.googleapis.com',
  'optimizationguide-pa.googleapis.com',
]);
const referencedHosts = new Set(
  Object.values(thirdPartyReferences).map((url) => new URL(url).hostname),
);

/** Requests that reached a third party and did not come from Chromium's own services. */
function leaked(): string[] {
  return standIn.requests().filter((request) => {
    const host = request.split(' ')[0]!.replace(/:\d+$/, '');
    return referencedHosts.has(host) || !chromiumOwnServices.has(host);
  });
}

// The configured server: HTTPS on localhost with a certificate made for this
// run, trusted by its SPKI pin. Every other host resolves to the stand-in, so
// whatever the browser sends past the routing on its own (a socket, a worker,
// a preconnect turned request) arrives there. What the harness forwards goes
// out from Node; the decisions on it are what the blocked list checks.
const suite = appSuite({
  launchArgs: async () => {
    const [chain, thirdParty] = await Promise.all([
      createTestChain(['localhost']),
      createTestChain(['third-party.test']),
    ]);
    server = await startLeakyServer(chain.leaf);
    // Trusted too, so a request that got through would arrive as a request.
    standIn = await startThirdPartyStandIn(thirdParty.leaf);
    return [
      hostResolverRules(standIn),
      `--ignore-certificate-errors-spki-list=${chain.leaf.pin},${thirdParty.leaf.pin}`,
    ];
  },
});
afterAll(async () => {
  await server?.close();
  await standIn?.close();
});

const hostOf = (url: string) => new URL(url).hostname;

/** The appointment as main keeps it, read through the app's own API. */
async function storedAppointment(app: RunningApp) {
  const result = await app.page.evaluate(async () => {
    const page = await window.sprechstunde.appointments.query({
      view: 'today',
      filter: '',
      day: { start: 0, end: 4_102_444_800_000 },
      offset: 0,
      limit: 10,
    });
    if (!page.ok || !page.value.rows[0]) return null;
    return window.sprechstunde.appointments.get({ id: page.value.rows[0].id });
  });
  if (!result?.ok) throw new Error('no appointment stored');
  return result.value;
}

async function createAppointment(app: RunningApp) {
  await app.page.getByRole('button', { name: 'New appointment' }).click();
  await app.page.getByLabel('Title').fill('Debt counselling');
  await app.page.getByLabel('Time').fill('10:30');
  await app.page.getByRole('button', { name: 'Save', exact: true }).click();
  await app.page.getByRole('heading', { name: 'Debt counselling' }).waitFor();
}

describe('network pinned to the configured server', () => {
  it('lets the server through, stops every third party, and reports them by host', async () => {
    const app = await suite.start({ trustTestCertificates: true });
    await setUpServer(app.page, server.origin);
    await createAppointment(app);

    // No token: the counsellor agrees to join as guest; the meeting window opens.
    await app.page.getByRole('button', { name: 'Start consultation' }).click();
    await app.page.getByRole('button', { name: 'Join as guest' }).click();
    const meeting = await app.nextMeeting();
    await meeting.page.getByRole('button', { name: 'Join the consultation' }).click();

    // First the meeting page itself, from the server (slow on a loaded machine: the
    // equipment check and the IFrame API come first), then the slowest kinds of
    // third-party request (fonts, the module import, media). Two waits, so that a
    // failure says which half did not happen.
    // On failure, the diff shows what had happened by then.
    await expect
      .poll(
        async () =>
          server.requests.includes('/leaky.html') || {
            serverWasAskedFor: [...server.requests],
            blocked: [...app.blocked],
            meetingSays: await meeting.page.locator('main').innerText(),
          },
        { timeout: 30_000 },
      )
      .toBe(true);
    const expectedHosts = Object.values(thirdPartyReferences).map(hostOf);
    const stopped = () => new Set(app.blocked.map((url) => hostOf(url)));
    await expect
      .poll(() => expectedHosts.filter((host) => !stopped().has(host)), { timeout: 15_000 })
      .toEqual([]);

    // The server itself was reached, the redirects' first hops included.
    expect(server.requests).toEqual(
      expect.arrayContaining([
        '/external_api.js',
        '/leaky.html',
        '/leaky.css',
        '/leaky.js',
        '/frame-links.html',
        '/redirect',
      ]),
    );
    expect(server.requests.filter((path) => path === '/redirect')).toHaveLength(3);
    // Nothing reached a third party: not one request at the stand-in.
    expect(leaked()).toEqual([]);

    // Shown live beside the meeting, and on the appointment in the main window.
    const live = meeting.page.getByRole('region', { name: 'Blocked during this consultation' });
    await expect.poll(() => live.textContent(), { timeout: 5000 }).toContain('www.gravatar.com');
    const liveInMain = app.page.getByRole('region', { name: 'Blocked during this consultation' });
    await expect
      .poll(() => liveInMain.textContent(), { timeout: 5000 })
      .toContain('www.gravatar.com');

    // Leaving: the window closes, the main window asks about the appointment and reports.
    await meeting.page.getByRole('button', { name: 'Leave consultation' }).click();
    const ended = app.page.getByRole('dialog', { name: 'The consultation has ended' });
    await ended.waitFor();
    expect(meeting.wiped).toBe(true);
    const { privacyReport } = await storedAppointment(app);
    expect(privacyReport!.total).toBe(app.blocked.length);
    expect(await ended.textContent()).toContain(
      `${privacyReport!.total} requests to ${privacyReport!.hosts.length} third-party servers blocked.`,
    );
    expect(privacyReport!.hosts.map((row) => row.host)).toEqual(
      expect.arrayContaining([...new Set(expectedHosts)]),
    );
    expect(new Set(expectedHosts).size).toBeGreaterThanOrEqual(40);
    // Hosts only: no path, no query.
    expect(JSON.stringify(privacyReport)).not.toMatch(/\/|\?/);
    await ended.getByRole('button', { name: 'Not now' }).click();

    // Afterwards, on the appointment.
    const kept = app.page.getByRole('region', { name: 'Privacy report' });
    await expect
      .poll(() => kept.textContent())
      .toContain(
        `${privacyReport!.total} requests to ${privacyReport!.hosts.length} third-party servers blocked.`,
      );
    expect(await kept.getByRole('row').count()).toBe(privacyReport!.hosts.length + 1);
    expect(leaked()).toEqual([]);
  });
});

describe('network settings', () => {
  it('can wait, and refuse a bad entry inline in German, keeping the rest', async () => {
    const { page } = await suite.start({ locale: 'de-DE' });
    await page.getByRole('heading', { name: 'Willkommen bei Sprechstunde' }).waitFor();
    await page.getByRole('button', { name: 'Später einrichten' }).click();
    await page.getByRole('button', { name: 'Einstellungen' }).click();

    await page.getByLabel('Adresse des Jitsi-Servers').fill('https://meet.beratung.example');
    // IT's network fields are in the Organisation section, collapsed without policy.
    await page.getByText('Organisation', { exact: true }).click();
    await page.getByLabel('Weitere erlaubte Adressen').fill('wss://xmpp.beratung.example\n');
    await page.getByLabel('STUN-/TURN-Server').fill('stun.beratung.example');
    await page.getByRole('button', { name: 'Speichern', exact: true }).click();
    const issue = page.locator('.field-issue');
    await expect
      .poll(() => issue.textContent())
      .toBe(
        'Jede Zeile muss ein STUN- oder TURN-Server sein, zum Beispiel turns:turn.beratung.example:443?transport=tcp.',
      );
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('TEXTAREA');

    await page
      .getByLabel('STUN-/TURN-Server')
      .fill('turns:turn.beratung.example:443?transport=tcp');
    await page.getByLabel('Nur über Relay verbinden').check();
    await page.getByRole('button', { name: 'Speichern', exact: true }).click();
    await page.getByText('Gespeichert.', { exact: true }).first().waitFor();

    await page.reload();
    await page.getByRole('button', { name: 'Einstellungen' }).click();
    await page.getByText('Organisation', { exact: true }).click();
    expect(await page.getByLabel('Weitere erlaubte Adressen').inputValue()).toBe(
      'wss://xmpp.beratung.example',
    );
    expect(await page.getByLabel('STUN-/TURN-Server').inputValue()).toBe(
      'turns:turn.beratung.example:443?transport=tcp',
    );
    expect(await page.getByLabel('Nur über Relay verbinden').isChecked()).toBe(true);
  });
});
