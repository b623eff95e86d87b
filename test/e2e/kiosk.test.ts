import { join } from 'node:path';
import keytar from 'keytar';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { IdleClock } from '../../src/main/kiosk/idle-timer';
import { noPolicy, type Policy } from '../../src/shared/effective-settings';
import { jitsi } from './consultation-steps';
import {
  allFiles,
  testKeychainService,
  type KioskStartOptions,
  type MeetingWindowHandle,
} from './harness';
import { manualClock } from '../fixtures/manual-clock';
import { KIOSK_EXIT_PIN, kioskSuite } from './kiosk-suite';

type Kiosk = Awaited<ReturnType<typeof startKiosk>>;

const suite = kioskSuite();

function kioskPolicy(serverUrl: string | null = suite.standIn.origin): Policy {
  return suite.policy({ KioskIdleMinutes: 3, Language: 'en' }, serverUrl);
}

async function startKiosk(
  options: {
    policy?: Policy | (() => Policy);
    clock?: IdleClock;
    query?: string;
    profileOnDisk?: boolean;
  } = {},
) {
  const kiosk: KioskStartOptions = {
    query: options.query ?? '?thankYouMs=2000',
    ...(options.clock ? { clock: options.clock } : {}),
  };
  return suite.start({
    trustTestCertificates: true,
    policy: options.policy ?? kioskPolicy(),
    chromiumProfileInUserDataDir: options.profileOnDisk ?? false,
    kiosk,
  });
}

/** A room code as invitations carry it: 26 letters of base32. */
function newRoomCode(): string {
  const alphabet = 'abcdefghijklmnopqrstuvwxyz234567';
  return Array.from(crypto.getRandomValues(new Uint8Array(26)), (byte) => alphabet[byte % 32]).join(
    '',
  );
}

const codeField = (page: Page) => page.getByLabel('Code or link from your invitation');
const nameField = (page: Page) => page.getByLabel('Your name');

async function fillStart(page: Page, input: string, name: string) {
  await codeField(page).fill(input);
  await nameField(page).fill(name);
  await page.getByRole('button', { name: 'Join', exact: true }).click();
}

/** Through the equipment check into the stand-in's meeting, as a client would. */
async function joinMeeting(app: Kiosk, roomName: string, name: string) {
  const meeting = await app.nextMeeting();
  await meeting.page.getByRole('button', { name: 'Join the consultation' }).click();
  await jitsi(meeting.page).getByRole('button', { name: 'Join meeting' }).click();
  await suite.standIn.waitForRoom(
    roomName,
    (room) => room.participants.some((participant) => participant.displayName === name),
    `${name} in the meeting`,
  );
  return meeting;
}

/** Leaves from the kiosk's own panel; the thank-you page follows, then a blank start page. */
async function leaveAndReset(app: Kiosk, meeting: MeetingWindowHandle) {
  const startPage = app.kiosk.nextStartPage();
  // Watched from before leaving: the page is there for a moment only (thankYouMs).
  const thanks = app.page
    .getByRole('heading', { name: 'Thank you. Everything has been deleted.' })
    .waitFor();
  await meeting.page.getByRole('button', { name: 'Leave the session' }).click();
  await thanks;
  await startPage;
  await app.page.getByRole('heading', { name: 'Welcome to video counselling' }).waitFor();
  expect(meeting.wiped).toBe(true);
}

/**
 * The idle time counting beside an open meeting window runs out: the window is
 * closed and wiped, and the start page is blank again.
 */
async function idleResetFrom(
  app: Kiosk,
  meeting: MeetingWindowHandle,
  timers: ReturnType<typeof manualClock>,
) {
  await expect.poll(() => timers.delays()).toEqual([3 * 60_000]);
  const startPage = app.kiosk.nextStartPage();
  timers.fire();
  await startPage;
  await expect.poll(() => meeting.wiped).toBe(true);
  expect(meeting.page.isClosed()).toBe(true);
  await app.page.getByRole('heading', { name: 'Welcome to video counselling' }).waitFor();
  expect(await codeField(app.page).inputValue()).toBe('');
  expect(await nameField(app.page).inputValue()).toBe('');
}

/** The texts a field's aria-describedby points to, in order, as assistive technology reads them. */
function descriptionOf(field: Locator): Promise<string> {
  return field.evaluate((element) =>
    (element.getAttribute('aria-describedby') ?? '')
      .split(/\s+/)
      .filter(Boolean)
      .map((id) => document.getElementById(id)?.textContent ?? `(no element ${id})`)
      .join(' '),
  );
}

/** Where in `files` the text occurs as UTF-8 or UTF-16LE (Blink's strings). */
function occurrences(files: Map<string, Buffer>, text: string): string[] {
  const needles = [Buffer.from(text, 'utf8'), Buffer.from(text, 'utf16le')];
  return [...files]
    .filter(([, bytes]) => needles.some((needle) => bytes.includes(needle)))
    .map(([file]) => file);
}

/** Everything the kiosk page's origin holds in the browser, as text. */
async function storedInPage(app: Kiosk): Promise<string> {
  const inPage = await app.page.evaluate(async () => {
    const databases = await indexedDB.databases();
    return JSON.stringify({
      local: { ...localStorage },
      session: { ...sessionStorage },
      databases,
      cookie: document.cookie,
    });
  });
  const cookies = await app.context.cookies();
  const state = await app.context.storageState();
  return `${inPage}\n${JSON.stringify(cookies)}\n${JSON.stringify(state)}`;
}

describe('the kiosk, end to end', () => {
  it('takes a client with a meeting code into the meeting as a guest, with only the client’s controls, and afterwards keeps nothing they typed: not in the page, its storage, the profile’s files or the logs', async () => {
    const code = newRoomCode();
    const name = 'Qvx9Klientin-Maro';
    const app = await startKiosk({ profileOnDisk: true });
    const { page } = app;
    await page.getByRole('heading', { name: 'Welcome to video counselling' }).waitFor();
    expect(await page.evaluate(() => Object.keys(window.sprechstunde))).toEqual(['kiosk']);

    await fillStart(page, code.toUpperCase(), name);
    await page.getByText('Connecting …').waitFor();
    const meeting = await joinMeeting(app, code, name);

    // Always a guest: no token in the meeting, and the kiosk has no keychain at all.
    const room = suite.standIn.room(code);
    expect(room.joins.map((joined) => joined.jwtPresent)).toEqual([false]);
    expect(await keytar.findCredentials(testKeychainService(suite.userDataDir))).toEqual([]);
    // The client's controls only: none of the counsellor's panels.
    const panel = meeting.page.getByRole('complementary', { name: 'Controls' });
    await panel.getByRole('button', { name: 'Microphone off' }).click();
    await panel.getByRole('button', { name: 'Microphone on' }).waitFor();
    await panel.getByRole('button', { name: 'Camera off' }).click();
    await panel.getByRole('button', { name: 'Camera on' }).waitFor();
    await panel.getByRole('heading', { name: 'Problems with picture or sound?' }).waitFor();
    await panel.getByRole('button', { name: 'Picture stutters: lower the quality' }).click();
    await panel.getByText('The picture quality is lowered.').waitFor();
    expect(suite.standIn.room(code).commands.map((command) => command.name)).toEqual(
      expect.arrayContaining(['toggle-audio', 'toggle-video', 'set-video-quality']),
    );
    const panelText = (await panel.textContent()) ?? '';
    for (const counsellorsOnly of ['In the lobby', 'Your role', 'encrypt', 'blocked', 'Admit']) {
      expect(panelText).not.toContain(counsellorsOnly);
    }
    expect(
      await meeting.page.getByRole('complementary', { name: 'Consultation controls' }).count(),
    ).toBe(0);

    await leaveAndReset(app, meeting);
    expect(app.kiosk.resets).toBeGreaterThanOrEqual(1);
    expect(await codeField(page).inputValue()).toBe('');
    expect(await nameField(page).inputValue()).toBe('');

    // The page, its storage and cookies.
    const html = await page.content();
    const stored = await storedInPage(app);
    for (const typed of [name, code]) {
      expect(html).not.toContain(typed);
      expect(stored).not.toContain(typed);
      expect(stored.toLowerCase()).not.toContain(typed.toLowerCase());
    }
    // Chromium writes its profile out as it ends; then the files, and the logs.
    await suite.close(app);
    const files = await allFiles(suite.userDataDir);
    expect([...files.keys()]).toEqual(
      expect.arrayContaining(['Local State', join('Default', 'Preferences')]),
    );
    for (const typed of [name, code, code.toUpperCase()]) {
      expect(occurrences(files, typed), typed).toEqual([]);
    }
    const log = app.logLines.join('\n');
    expect(log).toContain('terminal reset');
    for (const typed of [name, code]) expect(log.toLowerCase()).not.toContain(typed.toLowerCase());
  });

  it('takes a link, and the whole pasted invitation text, to the same kind of meeting', async () => {
    const app = await startKiosk();
    const { page } = app;
    const byLink = newRoomCode();
    await fillStart(page, `${suite.standIn.origin}/${byLink}`, 'Anna');
    await leaveAndReset(app, await joinMeeting(app, byLink, 'Anna'));

    const byInvitation = newRoomCode();
    const invitation = [
      'Guten Tag,',
      '',
      'hier ist der Link zu Ihrer Videoberatung am Dienstag um 10 Uhr:',
      `${suite.standIn.origin}/${byInvitation}.`,
      '',
      'Bitte öffnen Sie ihn kurz vorher. Mit freundlichen Grüßen',
      'Ihre Beratungsstelle',
    ].join('\n');
    await codeField(page).fill(invitation);
    await nameField(page).fill('Ben');
    await page.getByRole('button', { name: 'Join', exact: true }).click();
    await leaveAndReset(app, await joinMeeting(app, byInvitation, 'Ben'));
    expect(app.meetings).toHaveLength(2);
  });

  it('tells the client in plain words when the conference cannot start', async () => {
    suite.standIn.withoutConferenceScript(true);
    try {
      const app = await startKiosk();
      await fillStart(app.page, newRoomCode(), 'Anna');
      const meeting = await app.nextMeeting();
      await meeting.page.getByRole('button', { name: 'Join the consultation' }).click();
      const alert = meeting.page.getByRole('alert');
      await expect
        .poll(() => alert.textContent())
        .toBe(
          'The consultation could not start. Please leave and try again, or ask the staff for help.',
        );
      // The way out it names is all there is: nothing is running to mute or to help with.
      expect(await meeting.page.getByRole('button').allTextContents()).toEqual([
        'Leave the session',
      ]);
      // And it leaves: thank-you page, wipe, a blank start page.
      await leaveAndReset(app, meeting);
    } finally {
      suite.standIn.withoutConferenceScript(false);
    }
  });

  it('resets by itself when a client walks away at the equipment check, camera and all', async () => {
    const timers = manualClock();
    const app = await startKiosk({ clock: timers.clock });
    await fillStart(app.page, newRoomCode(), 'Anna');
    const meeting = await app.nextMeeting();
    await meeting.page.getByRole('button', { name: 'Join the consultation' }).waitFor();
    // The page says it is at the check: the terminal's idle time counts there.
    await idleResetFrom(app, meeting, timers);
  });

  it('resets by itself when a client walks away from a conference that could not start', async () => {
    suite.standIn.withoutConferenceScript(true);
    try {
      const timers = manualClock();
      const app = await startKiosk({ clock: timers.clock });
      await fillStart(app.page, newRoomCode(), 'Anna');
      const meeting = await app.nextMeeting();
      await meeting.page.getByRole('button', { name: 'Join the consultation' }).click();
      await meeting.page.getByRole('alert').waitFor();
      await idleResetFrom(app, meeting, timers);
    } finally {
      suite.standIn.withoutConferenceScript(false);
    }
  });

  it('refuses another host’s link, a malformed code and an empty name at the fields, and loads nothing', async () => {
    const app = await startKiosk();
    const { page } = app;
    const otherHost = 'https://meet.other-centre.example/abcdefghijklmnopqrstuvwxyz';

    await fillStart(page, otherHost, '   ');
    const code = codeField(page);
    const name = nameField(page);
    await page
      .getByText('This link does not lead to our counselling server.', { exact: false })
      .waitFor();
    await page.getByText('Please enter your name.').waitFor();
    expect(await code.getAttribute('aria-invalid')).toBe('true');
    expect(await name.getAttribute('aria-invalid')).toBe('true');
    // Each field names its own problem (and hint) as its description.
    expect(await descriptionOf(code)).toContain(
      'This link does not lead to our counselling server.',
    );
    expect(await descriptionOf(code)).not.toContain('Please enter your name.');
    expect(await descriptionOf(name)).toContain('Please enter your name.');
    // The first field with a problem has the focus.
    expect(await code.evaluate((field) => field === document.activeElement)).toBe(true);

    await fillStart(page, 'not-a-code', 'Carla');
    await page.getByText('We do not recognise this code.', { exact: false }).waitFor();
    expect(await name.getAttribute('aria-invalid')).toBeNull();

    await fillStart(page, '', 'Carla');
    await page.getByText('Please enter the code or link from your invitation.').waitFor();

    await fillStart(page, newRoomCode(), '');
    await page.getByText('Please enter your name.').waitFor();
    expect(await code.getAttribute('aria-invalid')).toBeNull();
    expect(await name.evaluate((field) => field === document.activeElement)).toBe(true);

    // Nothing loaded: no meeting window, and nothing even asked of the other host.
    expect(app.meetings).toEqual([]);
    expect(app.blocked.filter((url) => url.includes('other-centre'))).toEqual([]);
  });

  it('resets the start page after the idle time, on an injected clock', async () => {
    const timers = manualClock();
    const app = await startKiosk({ clock: timers.clock });
    const { page } = app;
    await codeField(page).fill('Half typed and walked away');
    await nameField(page).fill('Dora');
    expect(timers.delays()).toContain(3 * 60_000);
    const startPage = app.kiosk.nextStartPage();
    timers.fire();
    await startPage;
    expect(app.kiosk.resets).toBe(1);
    await page.getByRole('heading', { name: 'Welcome to video counselling' }).waitFor();
    expect(await codeField(page).inputValue()).toBe('');
    expect(await nameField(page).inputValue()).toBe('');
  });

  it('slows wrong exit PINs down and quits with the right one', async () => {
    const app = await startKiosk();
    const { page } = app;
    await page.getByRole('heading', { name: 'Welcome to video counselling' }).waitFor();
    await page.keyboard.press('Control+Alt+Shift+KeyK');
    const dialog = page.getByRole('dialog', { name: 'Leave kiosk mode' });
    await dialog.waitFor();
    const pin = dialog.getByLabel('PIN');
    expect(await pin.getAttribute('inputmode')).toBe('numeric');
    expect(await pin.getAttribute('autocomplete')).toBe('off');

    for (let attempt = 0; attempt < 2; attempt++) {
      await pin.fill('0000');
      await dialog.getByRole('button', { name: 'Leave' }).click();
      await dialog.getByText('Wrong PIN. Please try again.').waitFor();
    }
    await pin.fill('1111');
    await dialog.getByRole('button', { name: 'Leave' }).click();
    await dialog.getByText(/^Wrong PIN\. Next try in [1-5] s\.$/).waitFor();
    expect(await pin.isDisabled()).toBe(true);
    expect(app.kiosk.quitCalled).toBe(false);
    const log = app.logLines.join('\n');
    for (const tried of ['0000', '1111']) expect(log).not.toContain(tried);

    await expect.poll(() => pin.isDisabled(), { timeout: 10_000 }).toBe(false);
    await pin.fill(KIOSK_EXIT_PIN);
    await dialog.getByRole('button', { name: 'Leave' }).click();
    await app.kiosk.quit;
    expect(app.kiosk.quitCalled).toBe(true);
    expect(app.logLines.join('\n')).not.toContain(KIOSK_EXIT_PIN);
  });

  it('refuses the counsellor’s channels even when the kiosk page itself asks', async () => {
    const app = await startKiosk();
    const answers = await app.page.evaluate(async () => {
      // The harness's IPC transport, past the preload's API: what a compromised page could call.
      const invoke = (
        window as unknown as Record<string, (c: string, p: string) => Promise<string>>
      ).__electronIpcInvoke!;
      const asked: Record<string, unknown> = {};
      for (const channel of [
        'settings:view',
        'token:status',
        'appointments:query',
        'app:firstScreen',
      ]) {
        asked[channel] = JSON.parse(await invoke(channel, '')) as unknown;
      }
      return asked;
    });
    for (const answer of Object.values(answers)) {
      expect(answer).toEqual({
        handled: true,
        result: { ok: false, error: { code: 'not-in-this-mode' } },
      });
    }
    expect(app.logLines.join('\n')).toContain('refused settings:view: not answered in this mode');
  });

  it('shows an out-of-order page for staff without a valid ServerUrl, and never the counsellor’s app', async () => {
    const app = await startKiosk({ policy: noPolicy });
    const { page } = app;
    await page
      .getByRole('heading', { name: 'Dieses Terminal ist gerade außer Betrieb.' })
      .waitFor();
    await page.getByText('Bitte wenden Sie sich an das Personal.').waitFor();
    await page.getByText(/ServerUrl/).waitFor();
    expect(await page.getByRole('textbox').count()).toBe(0);
    expect(await page.getByRole('button', { name: /Beitreten|Join/ }).count()).toBe(0);
  });

  it('says when the server cannot be reached, and is ready by itself once it can', async () => {
    let policy = kioskPolicy('https://localhost:1');
    const app = await startKiosk({ policy: () => policy, query: '?stateRetryMs=500' });
    const { page } = app;
    await page
      .getByText('The counselling server cannot be reached right now.', { exact: false })
      .waitFor();
    policy = kioskPolicy();
    await page
      .getByText('The counselling server cannot be reached right now.', { exact: false })
      .waitFor({ state: 'detached', timeout: 15_000 });
    await codeField(page).waitFor();
  });
});
