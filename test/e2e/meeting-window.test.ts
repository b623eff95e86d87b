import { describe, expect, it } from 'vitest';
import type { MeetingApi } from '../../src/shared/api';
import { formatPlannedEnd, formatPlannedStart } from '../../src/shared/meeting-window-title';
import { jitsiToken } from '../fixtures/tokens';
import {
  consultationSuite,
  createAppointment,
  jitsi,
  knocks,
  panelOf,
  saveToken,
} from './consultation-steps';
import type { RunningApp } from './harness';
import { setUpServer } from './steps';

// The meeting window itself: what it shows, what it is allowed, and what
// happens when its page does not load. The Jitsi server is the local stand-in.
const env = consultationSuite();
const { start } = env;

const jitsiFrameCount = (page: RunningApp['page']) => page.locator('iframe').count();

async function startAsGuest(app: RunningApp) {
  await app.page.getByRole('button', { name: 'Start consultation' }).click();
  await app.page.getByRole('button', { name: 'Join as guest' }).click();
}

describe('the meeting window', () => {
  it('is closed and wiped when its page does not load, and the main window says why', async () => {
    // The page is not there to load: Electron's loadURL rejects, as page.goto does here.
    const app = await start({ meetingUrl: 'https://elsewhere.invalid/meeting.html' });
    await setUpServer(app.page, env.standIn.origin);
    await createAppointment(app, 'Erstgespräch');
    await startAsGuest(app);

    const meeting = await app.nextMeeting();
    await app.page
      .getByRole('alert')
      .getByText(/The consultation window could not be loaded and was closed again/)
      .waitFor();
    await expect.poll(() => meeting.wiped).toBe(true);
    expect(meeting.page.isClosed()).toBe(true);
    expect(app.logLines.join('\n')).toContain('the meeting page did not load');
    // Nothing is left running: the button is there to try again.
    expect(await app.page.evaluate(() => window.sprechstunde.consultation.report())).toEqual({
      ok: true,
      value: null,
    });
  });

  it('says so when the server does not deliver its conference script', async () => {
    env.standIn.withoutConferenceScript(true);
    try {
      const app = await start();
      await setUpServer(app.page, env.standIn.origin);
      await createAppointment(app, 'Erstgespräch');
      await startAsGuest(app);
      const meeting = await app.nextMeeting();
      await meeting.page.getByRole('button', { name: 'Join the consultation' }).click();
      await expect
        .poll(() => meeting.page.getByRole('alert').textContent())
        .toContain('The video conference could not be loaded');
      expect(await jitsiFrameCount(meeting.page)).toBe(0);
      // Nothing runs to answer, mute or help with: the panel offers only the way out.
      const panel = meeting.page.getByRole('complementary');
      expect(await panel.getByRole('button').allTextContents()).toEqual(['Leave consultation']);
    } finally {
      env.standIn.withoutConferenceScript(false);
    }
  });

  it('refuses the main window’s channels to every other page of the app', async () => {
    const app = await start();
    const other = await app.openOtherWindow('index.html');
    const query = () =>
      window.sprechstunde.appointments.query({
        view: 'today',
        filter: '',
        day: { start: 0, end: 1 },
        offset: 0,
        limit: 1,
      });
    // The same page, the same preload, the same origin: only not the main window.
    expect(await other.evaluate(query)).toEqual({
      ok: false,
      error: { code: 'untrusted-sender' },
    });
    expect(app.logLines.join('\n')).toContain(
      'refused appointments:query from an untrusted sender',
    );
    expect((await app.page.evaluate(query)).ok).toBe(true);
  });

  it('names the appointment in its title bar only, shows start and planned end, and has one main landmark and heading', async () => {
    const app = await start();
    await setUpServer(app.page, env.standIn.origin);
    const appointment = await createAppointment(app, 'Schuldnerberatung Frau M.');
    await startAsGuest(app);
    const meeting = await app.nextMeeting();
    const end = formatPlannedEnd(appointment, 'en', new Date());
    const begin = formatPlannedStart(appointment, 'en', new Date());
    expect(meeting.title).toBe(`Schuldnerberatung Frau M. – until ${end} – Sprechstunde`);

    const { page } = meeting;
    const before = page.getByRole('main');
    await before.getByRole('heading', { level: 1, name: 'Almost ready' }).waitFor();
    await before.getByText(`Planned from ${begin} until ${end}.`, { exact: false }).waitFor();
    await before
      .getByText('The appointment’s title is in this window’s title bar.', { exact: false })
      .waitFor();
    // The page got its spec; nobody gets it a second time (a reload, another script).
    const readSpec = () => (window.sprechstunde as unknown as MeetingApi).meeting.spec();
    expect(await page.evaluate(readSpec)).toEqual({
      ok: false,
      error: { code: 'meeting-spec-already-read' },
    });

    await page.getByRole('button', { name: 'Join the consultation' }).click();
    const heading = `Consultation from ${begin} until ${end}`;
    const main = page.getByRole('main', { name: heading });
    await main.getByRole('heading', { level: 1, name: heading }).waitFor();
    expect(await page.getByRole('main').count()).toBe(1);
    expect(await page.getByRole('heading', { level: 1 }).count()).toBe(1);
    const frame = main.getByRole('region', { name: 'Video conference' }).locator('iframe');
    await expect.poll(() => frame.getAttribute('title')).toBe('Video conference (Jitsi Meet)');
    await jitsi(page).getByRole('button', { name: 'Join meeting' }).click();
    const panel = panelOf(page);
    await panel.getByText('You are taking part without moderator rights.').waitFor();

    // The title never reaches the page, where the server's script runs.
    expect(await page.evaluate(() => document.documentElement.outerHTML)).not.toContain(
      'Schuldnerberatung',
    );
    expect(await page.title()).toBe('Consultation – Sprechstunde');

    await panel.getByRole('button', { name: 'Leave consultation' }).click();
    await app.page.getByRole('dialog', { name: 'The consultation has ended' }).waitFor();
  });

  it('after a reload has nothing to join, says so, and ends the consultation when closed', async () => {
    const app = await start();
    await setUpServer(app.page, env.standIn.origin);
    await createAppointment(app, 'Suchtberatung');
    await startAsGuest(app);
    const { page } = await app.nextMeeting();
    await page.getByRole('button', { name: 'Join the consultation' }).waitFor();

    await page.reload();
    await page
      .getByRole('alert')
      .getByText(
        'This window no longer has a running consultation (after a reload, for example).',
        {
          exact: false,
        },
      )
      .waitFor();
    expect(await page.getByRole('button', { name: 'Join the consultation' }).count()).toBe(0);
    await page.getByRole('button', { name: 'Close window' }).click();
    await app.page.getByRole('dialog', { name: 'The consultation has ended' }).waitFor();
  });

  it('announces who knocks and who is let in through one polite live region', async () => {
    const app = await start();
    await setUpServer(app.page, env.standIn.origin);
    await saveToken(app.page, await jitsiToken(30));
    const appointment = await createAppointment(app, 'Rechtsberatung');
    await app.page.getByRole('button', { name: 'Start consultation' }).click();
    const { page } = await app.nextMeeting();
    await page.getByRole('button', { name: 'Join the consultation' }).click();
    await jitsi(page).getByRole('button', { name: 'Join meeting' }).click();
    const panel = panelOf(page);
    await panel.getByText('You are moderating this consultation.').waitFor();
    // The lobby is on once the app secured the room: a knock can reach it.
    await env.standIn.waitForRoom(appointment.roomName, (room) => room.lobby, 'lobby on');

    const live = page.locator('[aria-live="polite"]');
    expect(await live.count()).toBe(1);
    expect(await live.getAttribute('role')).toBe('status');
    // Counts the tones the page makes (the knock is synthesised: nothing to fetch).
    await page.evaluate(() => {
      const create = Object.getOwnPropertyDescriptor(
        BaseAudioContext.prototype,
        'createOscillator',
      )!.value as (this: BaseAudioContext) => OscillatorNode;
      const page = window as unknown as { tones: number };
      page.tones = 0;
      BaseAudioContext.prototype.createOscillator = function (this: BaseAudioContext) {
        page.tones++;
        return create.call(this);
      };
    });
    const tones = () => page.evaluate(() => (window as unknown as { tones: number }).tones);
    const soundSwitch = panel.getByRole('button', { name: 'Sound when someone knocks' });
    expect(await soundSwitch.getAttribute('aria-pressed')).toBe('true');
    const client = await knocks(
      app.context.browser()!,
      env.standIn,
      appointment.roomName,
      'Klientin',
    );
    await live.getByText('Klientin is knocking and waiting in the lobby.').waitFor();
    // A counsellor looking elsewhere hears it: two tones.
    await expect.poll(tones).toBe(2);
    await panel.getByRole('button', { name: 'Admit Klientin' }).click();
    await live.getByText('Klientin is being let in.').waitFor();
    await client.context.close();

    // Switched off (by keyboard), the next knock is announced without a sound.
    await soundSwitch.focus();
    await page.keyboard.press('Enter');
    expect(await soundSwitch.getAttribute('aria-pressed')).toBe('false');
    const second = await knocks(
      app.context.browser()!,
      env.standIn,
      appointment.roomName,
      'Klient',
    );
    await live.getByText('Klient is knocking and waiting in the lobby.').waitFor();
    expect(await tones()).toBe(2);
    await second.context.close();
  });
});
